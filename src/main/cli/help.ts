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
                            against the other articles of their story. --rebuild clusters everything again but
                            keeps what was edited by hand in the Stories view (merges, splits, moves, names).
  coders [list | export --coder NAME --out FILE | merge FILE...]
                            List coders; write one coder's judgments to a file for another corpus; merge coder
                            files (matched by external id, URL or text; merging a file twice adds nothing).
  agreement [--dimension framing|language|omission|frames|sdgs]
                            Inter-coder agreement on the hand-coded scores: Krippendorff's alpha (ordinal and
                            interval), percent agreement, weighted kappa per pair of coders, the machine as one
                            more coder, and the machine's error against the human values; for frames (primary
                            frame) and SDGs (each goal present or absent) nominal alpha and kappa. Each with
                            the machine's confusion matrix and every figure again by outlet.
  export TABLE[,TABLE...]|all --format csv|jsonl --out PATH [--query Q | --story ID | --tag NAME | --ids ID,...]
         [--scores final|machine|coder:NAME] [--columns a,b,...] [--excel] [--bom] [--delimiter ";"]
                            Write a dataset: articles (wide), judgments (long), spans, sentences, entities, sdgs,
                            frames, stories, outlets. One table goes to the file named, several or all into the
                            folder named, always with codebook.csv (every column and score level) and
                            manifest.json (version, database id, scope, runs, coders, row counts, sha256).
                            --excel escapes formulas and adds a BOM; ";" writes decimal commas. Ctrl+C cancels.
  judgments import FILE... --coder NAME
                            Import a judgments CSV (e.g. an exported judgments table edited in Excel or R) as the
                            named coder's judgments, matched by article_id or external_id; each bad row is
                            reported and skipped, and importing the same file again adds nothing.
  search QUERY [--limit N]  Full-text search over titles and texts ("exact phrase", prefix*, OR, -exclude).
  serve [--port N] [--host 127.0.0.1]
                            Serve the app to a browser on this machine (default port 4310).

Options for every command:
  --db PATH                 The corpus file (default: $SLANT_DB, else the app's data directory).
  --help                    Show this help.
  --version                 Print the version.

Exit status is 0 on success, 1 when the command could do nothing (for import: no article could be read),
and 2 for a usage error.`
