-- Stories edited by hand: what a researcher fixed survives clustering again.

-- An article whose story was set by hand (moved, merged, split, or its story named): re-clustering
-- keeps it where it is, and the story it is in is kept with its id.
ALTER TABLE story_articles ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
CREATE INDEX story_articles_pinned ON story_articles(story_id) WHERE pinned = 1;

-- The story's name was written by hand; clustering never renames a story, this only says so.
ALTER TABLE stories ADD COLUMN label_set_by_hand INTEGER NOT NULL DEFAULT 0;

-- Moving an article from one story to another keeps both counts right.
CREATE TRIGGER story_articles_moved AFTER UPDATE OF story_id ON story_articles WHEN old.story_id != new.story_id BEGIN
  UPDATE stories SET articles = articles - 1 WHERE id = old.story_id;
  UPDATE stories SET articles = articles + 1 WHERE id = new.story_id;
END;

-- Every edit by hand, oldest first: what was done, to which stories and articles. The newest id also
-- tells a clustering pass in progress that the stories it holds in memory changed under it.
CREATE TABLE story_edits (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('rename', 'merge', 'split', 'move')),
  story_id INTEGER,
  other_story_ids TEXT NOT NULL DEFAULT '[]',
  article_ids TEXT NOT NULL DEFAULT '[]',
  label TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
