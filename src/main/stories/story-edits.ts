import { ContractFailure } from '../../shared/errors'
import type { StoryEditResult } from '../../shared/story-rows'
import type { Db } from '../db/open-database'
import { recomputeStory } from './story-pins'
import { scoreOmissions } from './update-stories'

/**
 * A researcher's corrections to the clustering: rename, merge, split, move. Every article an edit
 * places is pinned (kept where it is when the corpus is clustered again) and every edit is logged in
 * story_edits, whose newest id tells a clustering pass that the stories it holds in memory changed.
 */

interface EditOptions {
  /** The omission run the affected stories' articles are scored in again (made when first needed). */
  omissionRun: () => number
}

function storyExists(db: Db, storyId: number): void {
  if (!db.prepare('SELECT 1 FROM stories WHERE id = ?').get(storyId)) throw new ContractFailure('not_found', `There is no story ${storyId}; it may have been merged or re-clustered. Refresh the list.`)
}

function membersOf(db: Db, storyId: number): number[] {
  return (db.prepare('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id').all(storyId) as { article_id: number }[]).map((row) => row.article_id)
}

function logEdit(db: Db, kind: 'rename' | 'merge' | 'split' | 'move', storyId: number | null, others: number[], articleIds: number[], label: string | null): void {
  db.prepare('INSERT INTO story_edits (kind, story_id, other_story_ids, article_ids, label) VALUES (?, ?, ?, ?, ?)').run(kind, storyId, JSON.stringify(others), JSON.stringify(articleIds), label)
}

/** Scores omission again for every article of the stories an edit changed (siblings changed for all of them). */
function rescore(db: Db, storyIds: number[], options: EditOptions): StoryEditResult {
  const remaining = storyIds.filter((id) => db.prepare('SELECT 1 FROM stories WHERE id = ?').get(id))
  const articles = remaining.flatMap((id) => membersOf(db, id))
  const scored = articles.length === 0 ? 0 : scoreOmissions(db, options.omissionRun(), articles)
  return { storyIds: remaining, omissionsScored: scored }
}

/** Names a story by hand; naming it also confirms its articles, so it is kept whole when clustered again. */
export function renameStory(db: Db, storyId: number, label: string): StoryEditResult {
  return db.transaction(() => {
    storyExists(db, storyId)
    db.prepare("UPDATE stories SET label = ?, label_set_by_hand = 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(label, storyId)
    db.prepare('UPDATE story_articles SET pinned = 1 WHERE story_id = ?').run(storyId)
    logEdit(db, 'rename', storyId, [], [], label)
    return { storyIds: [storyId], omissionsScored: 0 }
  })()
}

/** Moves every article of the other stories into the first and deletes them; all its articles are pinned. */
export function mergeStories(db: Db, targetId: number, sourceIds: number[], options: EditOptions): StoryEditResult {
  const sources = [...new Set(sourceIds)].filter((id) => id !== targetId)
  if (sources.length === 0) throw new ContractFailure('invalid_input', 'Pick at least one other story to merge into this one.')
  return db.transaction(() => {
    for (const id of [targetId, ...sources]) storyExists(db, id)
    const moved = sources.flatMap((id) => membersOf(db, id))
    db.prepare("UPDATE story_articles SET story_id = ?, pinned = 1, similarity = NULL, added_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE story_id IN (SELECT value FROM json_each(?))").run(
      targetId,
      JSON.stringify(sources)
    )
    db.prepare('UPDATE story_articles SET pinned = 1 WHERE story_id = ?').run(targetId)
    db.prepare('DELETE FROM stories WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(sources))
    recomputeStory(db, targetId)
    logEdit(db, 'merge', targetId, sources, moved, null)
    return rescore(db, [targetId], options)
  })()
}

function earliestTitle(db: Db, articleIds: number[]): string {
  const row = db
    .prepare("SELECT coalesce(nullif(title, ''), 'Untitled story') AS title FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY coalesce(published_at, created_at), id LIMIT 1")
    .get(JSON.stringify(articleIds)) as { title: string } | undefined
  return row?.title ?? 'Untitled story'
}

function newStory(db: Db, label: string, labelByHand: boolean): number {
  const now = new Date().toISOString()
  return Number(db.prepare('INSERT INTO stories (label, first_date, last_date, label_set_by_hand) VALUES (?, ?, ?, ?)').run(label, now, now, labelByHand ? 1 : 0).lastInsertRowid)
}

/**
 * Takes some articles out of a story into a new one. Both sides are pinned: the clusterer put them
 * together once and would again, which is what the researcher said was wrong.
 */
export function splitStory(db: Db, storyId: number, articleIds: number[], label: string | undefined, options: EditOptions): StoryEditResult & { newStoryId: number } {
  return db.transaction(() => {
    storyExists(db, storyId)
    const members = new Set(membersOf(db, storyId))
    const chosen = [...new Set(articleIds)]
    const outside = chosen.filter((id) => !members.has(id))
    if (outside.length > 0) throw new ContractFailure('invalid_input', `Article${outside.length === 1 ? '' : 's'} ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in story ${storyId}.`)
    if (chosen.length >= members.size) throw new ContractFailure('invalid_input', 'A split leaves at least one article in the story: pick fewer articles, or rename the story instead.')
    const newStoryId = newStory(db, label ?? earliestTitle(db, chosen), label !== undefined)
    db.prepare('UPDATE story_articles SET story_id = ?, pinned = 1, similarity = NULL WHERE article_id IN (SELECT value FROM json_each(?))').run(newStoryId, JSON.stringify(chosen))
    db.prepare('UPDATE story_articles SET pinned = 1 WHERE story_id = ?').run(storyId)
    recomputeStory(db, storyId)
    recomputeStory(db, newStoryId)
    logEdit(db, 'split', storyId, [newStoryId], chosen, label ?? null)
    return { ...rescore(db, [storyId, newStoryId], options), newStoryId }
  })()
}

/**
 * Moves articles into a story (or, with no story given, into a new one of their own) and pins them
 * and the story's articles there. The stories they left are not pinned; one left empty is deleted.
 */
export function moveArticles(db: Db, articleIds: number[], storyId: number | null, options: EditOptions): StoryEditResult & { storyId: number } {
  return db.transaction(() => {
    const chosen = [...new Set(articleIds)]
    const known = db
      .prepare('SELECT a.id, m.story_id AS storyId, EXISTS (SELECT 1 FROM article_story_features f WHERE f.article_id = a.id) AS analysed FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id WHERE a.id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(chosen)) as { id: number; storyId: number | null; analysed: number }[]
    const missing = chosen.filter((id) => !known.some((row) => row.id === id))
    if (missing.length > 0) throw new ContractFailure('not_found', `No article ${missing.join(', ')} in this corpus.`)
    const unanalysed = known.filter((row) => row.storyId === null && row.analysed === 0).map((row) => row.id)
    if (unanalysed.length > 0) throw new ContractFailure('invalid_input', `Article${unanalysed.length === 1 ? '' : 's'} ${unanalysed.join(', ')} ${unanalysed.length === 1 ? 'has' : 'have'} not been analysed yet; analyse before placing in a story.`)
    if (storyId !== null) storyExists(db, storyId)
    const target = storyId ?? newStory(db, earliestTitle(db, chosen), false)
    const former = [...new Set(known.map((row) => row.storyId).filter((id): id is number => id !== null && id !== target))]
    const move = db.prepare("UPDATE story_articles SET story_id = ?, pinned = 1, similarity = NULL, added_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE article_id = ?")
    const insert = db.prepare('INSERT INTO story_articles (article_id, story_id, similarity, pinned) VALUES (?, ?, NULL, 1)')
    for (const row of known) {
      if (row.storyId === null) insert.run(row.id, target)
      else move.run(target, row.id)
    }
    // "These belong with those": the story moved into is confirmed too, or clustering again would keep
    // only the moved articles under its id and send its own articles to a new story.
    db.prepare('UPDATE story_articles SET pinned = 1 WHERE story_id = ?').run(target)
    for (const id of former) recomputeStory(db, id)
    recomputeStory(db, target)
    logEdit(db, 'move', target, former, chosen, null)
    return { ...rescore(db, [target, ...former], options), storyId: target }
  })()
}
