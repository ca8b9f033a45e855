export const HELP = `Slant: a workbench for media-bias research.

Usage: slant <command> [options]

Commands:
  import FILE...            Add articles from JSONL (.jsonl, one JSON article per line) or JSON (.json, an array)
                            files. Prints what was added, what was a duplicate and what was rejected, and why.
  search QUERY [--limit N]  Full-text search over titles and texts ("exact phrase", prefix*, OR, -exclude).
  serve [--port N] [--host 127.0.0.1]
                            Serve the app to a browser on this machine (default port 4310).

Options for every command:
  --db PATH                 The corpus file (default: $SLANT_DB, else the app's data directory).
  --help                    Show this help.
  --version                 Print the version.

Exit status is 0 on success, 1 when the command could do nothing (for import: no article could be read),
and 2 for a usage error.`
