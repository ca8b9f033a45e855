-- Blind coding queues. A queue is a sample of articles the whole team codes in the same order; it is
-- drawn once and stored, so every coder sees the same units and a queue can be reported with the
-- parameters (kind, size, seed, saved search or story) that reproduce it. Progress is not stored: it
-- is counted from each coder's judgments, so an undo or a merged coder file is reflected at once.
CREATE TABLE coding_queues (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  -- 'random', 'stratified' (by outlet), 'search' (a saved search) or 'story'.
  sample_kind TEXT NOT NULL CHECK (sample_kind IN ('random', 'stratified', 'search', 'story')),
  -- JSON: requested size, allocation, and the saved search (query and filters as they were) or story drawn from.
  parameters TEXT NOT NULL DEFAULT '{}',
  seed INTEGER NOT NULL,
  -- JSON array of the bias dimensions a coder scores for each unit.
  dimensions TEXT NOT NULL DEFAULT '["framing","language","omission"]',
  created_by INTEGER REFERENCES coders(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The sample in coding order. A deleted article takes its item with it (and brings it back on undo).
CREATE TABLE coding_queue_items (
  queue_id INTEGER NOT NULL REFERENCES coding_queues(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (queue_id, position),
  UNIQUE (queue_id, article_id)
);
CREATE INDEX coding_queue_items_by_article ON coding_queue_items(article_id);
