-- Coding SDGs and Policy Frames by hand. Like score judgments, label judgments are append-only: each
-- row sets one coder's state for one label (a goal number or a frame name) on one article, and an
-- undo or redo is a row too. A coder's current set of goals or frames is replayed from the newest row
-- per label, so nothing earlier is ever changed.
CREATE TABLE label_judgments (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  scheme TEXT NOT NULL CHECK (scheme IN ('sdg', 'frame')),
  -- A goal number ('1' to '17') or a Policy Frames dimension name.
  label TEXT NOT NULL,
  -- 'label': a coder's own; 'adjudication': part of the final set an adjudicator settled on.
  kind TEXT NOT NULL DEFAULT 'label' CHECK (kind IN ('label', 'adjudication')),
  action TEXT NOT NULL DEFAULT 'edit' CHECK (action IN ('edit', 'undo', 'redo')),
  -- 1: the article has it; 0: the coder removed it; NULL: withdrawn (an undo of the coder's first edit).
  present INTEGER CHECK (present IN (0, 1)),
  -- Goals only.
  direction TEXT CHECK (direction IN ('positive', 'negative')),
  relevance TEXT CHECK (relevance IN ('direct', 'indirect')),
  -- Frames only: the coder marked it the article's primary frame.
  is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  rationale TEXT,
  replaces_id INTEGER REFERENCES label_judgments(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX label_judgments_by_article ON label_judgments(article_id, scheme, kind);
CREATE INDEX label_judgments_by_coder ON label_judgments(coder_id, id);
