-- Same-story clustering and bias by omission.

-- What the clusterer compares, written by the analysis with each article's run: its TF-IDF terms
-- (L2-normalised, top few dozen), the names it mentions and the figures it states (with where the
-- first mention of each is, so an omission note can point at a sibling's words).
CREATE TABLE article_story_features (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  terms TEXT NOT NULL DEFAULT '[]',
  names TEXT NOT NULL DEFAULT '[]',
  figures TEXT NOT NULL DEFAULT '[]'
);

-- A story: articles from one or more outlets about the same event. `centroid` holds the summed term
-- weights and the counts of names and figures of its articles, so a new article is compared with the
-- story, not with each of its articles.
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  articles INTEGER NOT NULL DEFAULT 0,
  centroid TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX stories_by_last_date ON stories(last_date);

CREATE TABLE story_articles (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  similarity REAL,
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX story_articles_by_story ON story_articles(story_id);

-- The article count follows membership however it changes (clustering, a deleted article, its undo).
CREATE TRIGGER story_articles_counted AFTER INSERT ON story_articles BEGIN
  UPDATE stories SET articles = articles + 1 WHERE id = new.story_id;
END;
CREATE TRIGGER story_articles_uncounted AFTER DELETE ON story_articles BEGIN
  UPDATE stories SET articles = articles - 1 WHERE id = old.story_id;
END;

-- Bias by omission, item by item: what most sibling articles carry and this one lacks, with one
-- sibling passage that says it. The score and rationale are in article_scores (dimension 'omission').
CREATE TABLE article_omissions (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('name', 'figure', 'voice', 'voice_type', 'unquoted', 'unattributed')),
  item TEXT NOT NULL,
  central INTEGER NOT NULL DEFAULT 0,
  carried_by INTEGER NOT NULL DEFAULT 0,
  siblings INTEGER NOT NULL DEFAULT 0,
  source_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  source_start INTEGER,
  source_end INTEGER,
  PRIMARY KEY (run_id, article_id, kind, item)
) WITHOUT ROWID;
CREATE INDEX article_omissions_by_article ON article_omissions(article_id);
