-- Corpus building: outlet attributes, near-duplicate detection and review, saved searches, undoable
-- deletion, settings, and analysis runs (first filled by imported analysis reports).

CREATE TABLE outlet_attributes (
  outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
  name TEXT NOT NULL COLLATE NOCASE,
  value TEXT NOT NULL,
  source TEXT,
  PRIMARY KEY (outlet_id, name)
) WITHOUT ROWID;

-- MinHash signature of each article's text, and its LSH band keys for finding candidates quickly.
CREATE TABLE article_minhash (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
);
CREATE TABLE minhash_bands (
  band INTEGER NOT NULL,
  key INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_by_article ON minhash_bands(article_id);

-- An article flagged as a near-duplicate of an earlier one. Dismissing keeps the row, so a
-- re-run of the detection does not flag the same pair again.
CREATE TABLE near_duplicates (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  duplicate_of INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  similarity REAL NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('flagged', 'dismissed')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  reviewed_at TEXT
);
CREATE INDEX near_duplicates_by_original ON near_duplicates(duplicate_of);
CREATE INDEX near_duplicates_by_status ON near_duplicates(status);

CREATE TABLE saved_searches (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  query TEXT NOT NULL DEFAULT '',
  filters TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Deleted articles are kept here whole until the deletion is old enough that nobody will undo it.
CREATE TABLE deleted_batches (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Machine results are versioned by run: which analyzer, which version, which parameters, and where
-- they came from ('slant' for Slant's own analyzers, 'imported' for reports made elsewhere).
CREATE TABLE analysis_runs (
  id INTEGER PRIMARY KEY,
  analyzer TEXT NOT NULL,
  version TEXT NOT NULL,
  parameters TEXT NOT NULL DEFAULT '{}',
  origin TEXT NOT NULL CHECK (origin IN ('slant', 'imported')),
  label TEXT NOT NULL,
  started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  finished_at TEXT
);
CREATE UNIQUE INDEX analysis_runs_by_identity ON analysis_runs(analyzer, version, parameters);

CREATE TABLE article_analyses (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  summary TEXT,
  language TEXT,
  country TEXT,
  details TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (run_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_analyses_by_article ON article_analyses(article_id);

CREATE TABLE article_scores (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  dimension TEXT NOT NULL CHECK (dimension IN ('framing', 'language', 'omission')),
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  rationale TEXT,
  confidence REAL,
  PRIMARY KEY (run_id, article_id, dimension)
) WITHOUT ROWID;
CREATE INDEX article_scores_by_article ON article_scores(article_id);

CREATE TABLE article_sdgs (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  goal INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),
  direction TEXT NOT NULL CHECK (direction IN ('positive', 'negative')),
  relevance TEXT NOT NULL CHECK (relevance IN ('direct', 'indirect')),
  rationale TEXT,
  PRIMARY KEY (run_id, article_id, goal)
) WITHOUT ROWID;
CREATE INDEX article_sdgs_by_article ON article_sdgs(article_id);

CREATE TABLE article_entities (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'place')),
  name TEXT NOT NULL,
  mentions INTEGER,
  first_offset INTEGER,
  PRIMARY KEY (run_id, article_id, kind, name)
) WITHOUT ROWID;
CREATE INDEX article_entities_by_article ON article_entities(article_id);

CREATE TABLE article_topics (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  weight REAL,
  PRIMARY KEY (run_id, article_id, topic)
) WITHOUT ROWID;
CREATE INDEX article_topics_by_article ON article_topics(article_id);
