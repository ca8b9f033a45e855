-- The corpus: outlets, articles with their full-text index, tags, and the jobs that fill them.
-- Timestamps are ISO 8601 in UTC.

CREATE TABLE outlets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  country TEXT,
  language TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE outlet_domains (
  domain TEXT PRIMARY KEY,
  outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX outlet_domains_by_outlet ON outlet_domains(outlet_id);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  outlet_id INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
  external_id TEXT,
  url TEXT,
  canonical_url TEXT,
  title TEXT NOT NULL DEFAULT '',
  author TEXT,
  published_at TEXT,
  language TEXT,
  country TEXT,
  word_count INTEGER NOT NULL DEFAULT 0,
  content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Last on purpose: a long text spills into overflow pages, and columns stored after it would
  -- have to be read through them whenever the table is sorted or filtered.
  text TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_by_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX articles_by_content_hash ON articles(content_hash);
CREATE INDEX articles_by_external_id ON articles(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX articles_by_published_at ON articles(published_at);
CREATE INDEX articles_by_outlet ON articles(outlet_id);
CREATE INDEX articles_by_title ON articles(title COLLATE NOCASE);
CREATE INDEX articles_by_word_count ON articles(word_count);
CREATE INDEX articles_by_language ON articles(language);

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag_id);

-- External-content FTS5 index: the text is stored once, in articles; triggers keep the index in step.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title,
  text,
  content = 'articles',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
  progress REAL,
  processed INTEGER NOT NULL DEFAULT 0,
  counts TEXT NOT NULL DEFAULT '{}',
  result TEXT,
  error TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  started_at TEXT,
  finished_at TEXT
);
CREATE INDEX jobs_by_state ON jobs(state);
