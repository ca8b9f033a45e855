import type { Db } from '../db/open-database'
import { addToStory, type StoryState } from './story-similarity'
import { featuresOf, StoryStore } from './story-store'

/**
 * Rebuilds a story's centroid and dates from its articles (or, with `pinnedOnly`, from the articles
 * placed by hand), or deletes the story when no article is left in it. Returns whether it remains.
 */
export function recomputeStory(db: Db, storyId: number, pinnedOnly = false): boolean {
  const ids = (
    db.prepare(`SELECT article_id FROM story_articles WHERE story_id = ? ${pinnedOnly ? 'AND pinned = 1' : ''}`).all(storyId) as { article_id: number }[]
  ).map((row) => row.article_id)
  const features = featuresOf(db, ids)
  if (ids.length === 0) {
    db.prepare('DELETE FROM stories WHERE id = ?').run(storyId)
    return false
  }
  // Articles without stored features (analysed by an older version) still count, but add nothing to compare by.
  const first = features[0]
  if (!first) return true
  const story: StoryState = { id: storyId, firstTime: first.time, lastTime: first.time, terms: new Map(), names: new Map(), figures: new Map() }
  for (const article of features) addToStory(story, article)
  new StoryStore(db).saveStory(story)
  return true
}

/**
 * Before the corpus is clustered again: stories holding an article placed by hand are kept (with
 * their ids, names and pinned articles), every other story and membership goes, and the kept
 * stories' centroids are rebuilt from their pinned articles so new placements compare with those.
 * Returns the kept stories.
 */
export function keepPinnedStories(db: Db): number[] {
  db.prepare('DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = stories.id AND m.pinned = 1)').run()
  db.prepare('DELETE FROM story_articles WHERE pinned = 0').run()
  const kept = (db.prepare('SELECT id FROM stories ORDER BY id').all() as { id: number }[]).map((row) => row.id)
  for (const id of kept) recomputeStory(db, id, true)
  return kept
}

/** The newest edit's id (0 for none): a clustering pass compares it to know its stories in memory are stale. */
export function latestStoryEdit(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM story_edits').get() as { id: number }).id
}
