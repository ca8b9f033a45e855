-- Span annotation. Offsets are JavaScript string indices (UTF-16 code units) into articles.text,
-- the same units as the machine's evidence and the browser's selection. Every row keeps the quoted
-- text, so a span can be checked against the stored text and found again when a coder file is merged
-- into a corpus whose copy of the article differs.

-- The labels a coder can give a span: four that ship, and any a project adds.
CREATE TABLE span_labels (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  colour TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO span_labels (name, colour, description, built_in) VALUES
  ('loaded term', '#d9480f', 'A word or phrase that carries a judgment; give a neutral alternative as the suggestion.', 1),
  ('hedge', '#1971c2', 'Wording that softens or distances a claim ("reportedly", "some say").', 1),
  ('omission note', '#7048e8', 'Where the article leaves out a fact, a voice or context; say what in the note.', 1),
  ('frame cue', '#2b8a3e', 'A word or phrase that signals a frame (economic, security, morality...).', 1);

-- Append-only, like judgments: marking, editing and removing a span, accepting or rejecting a machine
-- span, and the undo and redo of each are all rows; a row holds the span's whole state after it.
CREATE TABLE span_judgments (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  -- Which span the row is about. A coder's span: the uid given when it was marked. A machine span:
  -- 'machine:<start>:<end>:<kind>', so a verdict still applies after the article is analysed again.
  span_key TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('coder', 'machine')),
  action TEXT NOT NULL DEFAULT 'edit' CHECK (action IN ('edit', 'undo', 'redo')),
  -- A coder's span is 'marked' or 'removed'; a machine span 'accepted', 'rejected', or 'open' again
  -- (its verdict withdrawn by an undo).
  state TEXT NOT NULL CHECK (
    (origin = 'coder' AND state IN ('marked', 'removed')) OR (origin = 'machine' AND state IN ('accepted', 'rejected', 'open'))
  ),
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  quote TEXT NOT NULL,
  -- A coder's span: the label chosen (a span_labels name). A machine span: the evidence's label.
  label TEXT NOT NULL,
  note TEXT,
  -- A coder's span: a neutral alternative. A machine span: the machine's suggestion when judged.
  suggestion TEXT,
  -- Machine spans: the evidence kind (loaded_term, hedge...) and the run whose span was shown.
  machine_kind TEXT,
  machine_run_id INTEGER REFERENCES analysis_runs(id) ON DELETE SET NULL,
  replaces_id INTEGER REFERENCES span_judgments(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX span_judgments_by_article ON span_judgments(article_id, span_key, coder_id);
CREATE INDEX span_judgments_by_coder ON span_judgments(coder_id, id);
