export const HELP = `Slant: a workbench for media-bias research.

Usage: slant <command> [options]

Commands:
  import PATH|URL... [--format auto|jsonl|json|csv|html|txt|rss|report] [--outlet NAME] [--map field=column,...]
                            Add articles from files, folders (recursively) and URLs: JSONL, JSON, CSV, saved web
                            pages, text and Markdown, RSS and Atom feeds (files or URLs), web pages by URL, and
                            analysis reports. Prints what was added, what was a duplicate and what was rejected,
                            and why. Ctrl+C stops it, keeping what was stored.
  analyze [--all | --new | --ids ID,... | --resume JOB] [--workers N]
                            Analyse articles in worker threads (language bias with evidence, entities, topics,
                            summary, quotes, framing, SDGs; then stories and omission): all, those not analysed
                            yet, or chosen ones; or continue a paused or cancelled analysis. Resumes an analysis
                            that was interrupted. Each run is versioned.
  stories [--rebuild] [--limit N]
                            Place analysed articles in same-story clusters (terms, shared names and figures, a
                            date window; threshold in the app's settings) and score their bias by omission
                            against the other articles of their story. --rebuild clusters everything again.
  coders [list | export --coder NAME --out FILE | merge FILE...]
                            List coders; write one coder's judgments to a file for another corpus; merge coder
                            files (matched by external id, URL or text; merging a file twice adds nothing).
  agreement [--dimension framing|language|omission]
                            Inter-coder agreement on the hand-coded scores: Krippendorff's alpha (ordinal and
                            interval), percent agreement, weighted kappa per pair of coders, the machine as one
                            more coder, and the machine's error against the human values.
  export sentences|articles --format csv|jsonl --out PATH [--query Q]
                            Write the per-sentence loaded-language table, or articles with their scores.
  search QUERY [--limit N]  Full-text search over titles and texts ("exact phrase", prefix*, OR, -exclude).
  serve [--port N] [--host 127.0.0.1]
                            Serve the app to a browser on this machine (default port 4310).

Options for every command:
  --db PATH                 The corpus file (default: $SLANT_DB, else the app's data directory).
  --help                    Show this help.
  --version                 Print the version.

Exit status is 0 on success, 1 when the command could do nothing (for import: no article could be read),
and 2 for a usage error.`
