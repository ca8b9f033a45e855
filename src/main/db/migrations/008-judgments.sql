-- Coding by hand. Coders have a stable uid so a coder file merged into another corpus keeps them
-- apart and a second merge of the same file adds nothing; judgments are append-only (an edit, its
-- undo and its redo are each a row), so the history of every value is kept.
CREATE TABLE coders (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  initials TEXT NOT NULL,
  colour TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE judgments (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  dimension TEXT NOT NULL CHECK (dimension IN ('framing', 'language', 'omission')),
  -- 'score': a coder's own value; 'adjudication': the final value an adjudicator settled on.
  kind TEXT NOT NULL DEFAULT 'score' CHECK (kind IN ('score', 'adjudication')),
  -- 'edit', or an undo or redo of an earlier row (replaces_id names it).
  action TEXT NOT NULL DEFAULT 'edit' CHECK (action IN ('edit', 'undo', 'redo')),
  -- NULL: the coder withdrew their value (an undo of their first edit).
  value INTEGER CHECK (value BETWEEN 1 AND 5),
  rationale TEXT,
  confidence REAL CHECK (confidence BETWEEN 0 AND 1),
  replaces_id INTEGER REFERENCES judgments(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX judgments_by_article ON judgments(article_id, dimension, kind);
CREATE INDEX judgments_by_coder ON judgments(coder_id, id);
