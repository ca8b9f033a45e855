import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnalysisJob, runAnalysisJob } from '../../src/main/analysis/analysis-job'
import { createArticleAnalyzer } from '../../src/main/analysis/analyze-article'
import { createInlinePool } from '../../src/main/analysis/worker/worker-pool'
import { importContent } from '../../src/main/corpus/import-articles'
import { openDatabase, type Db } from '../../src/main/db/open-database'
import { mergeStories, moveArticles, renameStory, splitStory } from '../../src/main/stories/story-edits'
import { listStories, storyDetail } from '../../src/main/stories/story-list'
import { lazyOmissionRun, rebuildStories, StoryUpdater } from '../../src/main/stories/update-stories'
import { FIXTURES, useTempDirectory } from '../helpers/temp-directory'

const fixture = (name: string) => readFileSync(join(FIXTURES, 'stories', name), 'utf8')
const idOf = (db: Db, externalId: string) => (db.prepare('SELECT id FROM articles WHERE external_id = ?').get(externalId) as { id: number }).id
const storyOf = (db: Db, articleId: number) => (db.prepare('SELECT story_id AS id FROM story_articles WHERE article_id = ?').get(articleId) as { id: number } | undefined)?.id ?? null
/** The articles of a gold story (external ids start with its prefix), as ids. */
const goldArticles = (db: Db, prefix: string) =>
  (db.prepare("SELECT id FROM articles WHERE external_id LIKE ? || '%' ORDER BY id").all(prefix) as { id: number }[]).map((row) => row.id)

function rebuild(db: Db) {
  const run = lazyOmissionRun(db, 0.35)
  const result = rebuildStories(db, { threshold: 0.35, omissionRun: run.get })
  run.finish()
  return result
}

/** Every stored article count matches the memberships (the triggers kept it through moves and deletes). */
function expectCountsRight(db: Db): void {
  const wrong = db.prepare('SELECT s.id FROM stories s WHERE s.articles != (SELECT count(*) FROM story_articles m WHERE m.story_id = s.id) OR s.articles = 0').all()
  expect(wrong).toEqual([])
}

async function analysedCorpus(directory: string, file: string): Promise<{ db: Db; path: string }> {
  const path = join(directory, 'c.sqlite')
  const { db } = openDatabase(path)
  await importContent({ db }, file, fixture(file))
  const { jobId } = createAnalysisJob(db, { all: true }, 'test')
  await runAnalysisJob(db, jobId, createInlinePool(createArticleAnalyzer({ databasePath: path })))
  return { db, path }
}

describe('stories edited by hand', () => {
  const tempDirectory = useTempDirectory()

  it('keeps merges, splits, moves and names through clustering again, and re-clusters everything else', async () => {
    const { db } = await analysedCorpus(tempDirectory(), 'same-story-articles.jsonl')
    const options = () => ({ omissionRun: lazyOmissionRun(db, 0.35).get })
    const [portStrike, transitStrike, floods, surge, rateRise, ransomware] = ['s01', 's02', 's05', 's06', 's09', 's13'].map((prefix) => goldArticles(db, prefix)) as number[][]
    const single = (ids: number[] | undefined) => {
      const stories = new Set((ids ?? []).map((id) => storyOf(db, id)))
      expect(stories.size).toBe(1)
      return [...stories][0] as number
    }

    // Merge the two strikes (the researcher's call: one industrial-action story).
    const portStory = single(portStrike)
    const transitStory = single(transitStrike)
    const merged = mergeStories(db, portStory, [transitStory], options())
    expect(merged.storyIds).toEqual([portStory])
    expect(merged.omissionsScored).toBe((portStrike?.length ?? 0) + (transitStrike?.length ?? 0))
    expect(storyDetail(db, portStory).articles).toHaveLength(merged.omissionsScored)
    expect(db.prepare('SELECT 1 FROM stories WHERE id = ?').get(transitStory)).toBeUndefined()

    // Split the floods story: two of its articles on their own, named.
    const floodStory = single(floods)
    const taken = (floods ?? []).slice(0, 2)
    const split = splitStory(db, floodStory, taken, 'Orrin valley: the insurers', options())
    expect(taken.map((id) => storyOf(db, id))).toEqual([split.newStoryId, split.newStoryId])
    // Move one storm-surge article into the rate rise (a wrong move, but the researcher's).
    const surgeStory = single(surge)
    const moved = surge?.[0] as number
    moveArticles(db, [moved], single(rateRise), options())
    expect(storyOf(db, moved)).toBe(single([...(rateRise ?? []), moved]))
    // Rename the ransomware story.
    const ransomStory = single(ransomware)
    renameStory(db, ransomStory, 'Brightwell pharmacies attack')
    expectCountsRight(db)
    // A story the clusterer got exactly right and nobody touched.
    const cleanPrefix = ['s03', 's04', 's07', 's08', 's12', 's15', 's16'].find((prefix) => {
      const ids = goldArticles(db, prefix)
      const stories = new Set(ids.map((id) => storyOf(db, id)))
      return stories.size === 1 && storyDetail(db, [...stories][0] as number).articles.length === ids.length
    }) as string
    const untouched = single(goldArticles(db, cleanPrefix))

    const result = rebuild(db)
    expectCountsRight(db)
    // Merged: both strikes still in the one story, under its id.
    expect(single([...(portStrike ?? []), ...(transitStrike ?? [])])).toBe(portStory)
    // Split: apart, both sides, under their ids and names.
    expect(single(taken)).toBe(split.newStoryId)
    expect(single((floods ?? []).slice(2))).toBe(floodStory)
    expect(storyDetail(db, split.newStoryId).story).toMatchObject({ label: 'Orrin valley: the insurers', labelSetByHand: true })
    // Moved: stays where it was put, with the story's own articles; the rest of its old story is
    // clustered again, together (the moved article's features now pull them toward it too).
    expect(storyOf(db, moved)).toBe(single(rateRise))
    single((surge ?? []).slice(1))
    expect(db.prepare('SELECT 1 FROM stories WHERE id = ?').get(surgeStory)).toBeUndefined()
    // Named: same id, name and articles.
    expect(single(ransomware)).toBe(ransomStory)
    expect(storyDetail(db, ransomStory).story.label).toBe('Brightwell pharmacies attack')
    // A story nobody touched was clustered afresh (a new id), with the same articles.
    expect(single(goldArticles(db, cleanPrefix))).not.toBe(untouched)
    expect(result.clustered).toBeGreaterThan(0)

    // The log says what was done, newest first, for each story it touched.
    expect(storyDetail(db, portStory).edits.map((edit) => [edit.kind, edit.otherStoryIds])).toEqual([['merge', [transitStory]]])
    expect(storyDetail(db, floodStory).edits.map((edit) => edit.kind)).toEqual(['split'])
    expect(storyDetail(db, single(rateRise)).edits.map((edit) => [edit.kind, edit.articleIds])).toEqual([['move', [moved]]])

    // Clear errors for edits that cannot be made.
    expect(() => splitStory(db, floodStory, (floods ?? []).slice(2), undefined, options())).toThrow(/leaves at least one article/)
    expect(() => splitStory(db, floodStory, [moved], undefined, options())).toThrow(/not in story/)
    expect(() => mergeStories(db, portStory, [transitStory], options())).toThrow(/no story/)
    expect(() => mergeStories(db, portStory, [portStory], options())).toThrow(/at least one other story/)
    db.close()
  })

  it('tells a clustering pass in progress that its stories changed, so a new article joins the merged story', async () => {
    const directory = tempDirectory()
    const { db } = await analysedCorpus(directory, 'port-strike-siblings.jsonl')
    await importContent({ db }, 'port-strike-late.jsonl', fixture('port-strike-late.jsonl'))
    const late = idOf(db, 'ps-4')
    const strike = storyOf(db, idOf(db, 'ps-1')) as number
    const library = storyOf(db, idOf(db, 'other-1')) as number
    const updater = new StoryUpdater(db, { threshold: 0.35, omissionRun: lazyOmissionRun(db, 0.35).get })
    // The pass loads the stories into memory (nothing to place yet)...
    const { jobId } = createAnalysisJob(db, { ids: [late] }, 'test')
    await runAnalysisJob(db, jobId, createInlinePool(createArticleAnalyzer({ databasePath: join(directory, 'c.sqlite') })))
    db.prepare('DELETE FROM story_articles WHERE article_id = ?').run(late)
    updater.update([late])
    db.prepare('DELETE FROM story_articles WHERE article_id = ?').run(late)
    // ...then the strike is merged into another story by hand, deleting the story the pass holds.
    mergeStories(db, library, [strike], { omissionRun: lazyOmissionRun(db, 0.35).get })
    const placed = updater.update([late])
    expect(placed.clustered).toBe(1)
    expect(storyOf(db, late)).toBe(library)
    expectCountsRight(db)
    db.close()
  })

  it('lists stories as aggregates: outlets, dates, counts and score spreads, sorted, filtered and paged', async () => {
    const { db } = await analysedCorpus(tempDirectory(), 'same-story-articles.jsonl')
    const base = { filters: {}, sort: 'articles' as const, direction: 'desc' as const, offset: 0, limit: 5 }
    const page = listStories(db, base)
    const stories = (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n
    expect(page.total).toBe(stories)
    expect(page.rows).toHaveLength(5)
    expect(page.rows.map((row) => row.articles)).toEqual([...page.rows.map((row) => row.articles)].sort((a, b) => b - a))
    const first = page.rows[0]
    expect(first?.outletCount).toBe(
      (db.prepare('SELECT count(DISTINCT a.outlet_id) AS n FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?').get(first?.id) as { n: number }).n
    )
    expect(first?.outlets.length).toBe(first?.outletCount)
    for (const dimension of ['language', 'framing', 'omission'] as const) {
      const spread = first?.scores[dimension]
      expect(spread?.scored).toBe(first?.articles)
      expect(spread?.min).toBeLessThanOrEqual(spread?.max as number)
      expect(spread?.mean).toBeGreaterThanOrEqual(spread?.min as number)
    }
    // Paging continues where the page ended, without overlap.
    const next = listStories(db, { ...base, offset: 5 })
    expect(next.rows.some((row) => page.rows.some((other) => other.id === row.id))).toBe(false)
    // Name words, the corpus filters (a story with any article from the outlet) and the minimum outlets.
    const harbourton = listStories(db, { ...base, search: 'harbourton strike', limit: 50 })
    expect(harbourton.rows.length).toBeGreaterThan(0)
    expect(harbourton.rows.every((row) => /harbourton/i.test(row.label) && /strike/i.test(row.label))).toBe(true)
    const outlet = (db.prepare("SELECT id FROM outlets WHERE name = 'Liberty Standard'").get() as { id: number }).id
    const covered = listStories(db, { ...base, filters: { outletIds: [outlet] }, limit: 100 })
    expect(covered.total).toBe((db.prepare('SELECT count(DISTINCT m.story_id) AS n FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE a.outlet_id = ?').get(outlet) as { n: number }).n)
    expect(covered.rows.every((row) => row.outlets.includes('Liberty Standard'))).toBe(true)
    const wide = listStories(db, { ...base, minOutlets: 5, limit: 100 })
    expect(wide.rows.every((row) => row.outletCount >= 5)).toBe(true)
    expect(wide.total).toBeLessThan(stories)
    // Sorted by how far apart the outlets' language scores are, widest first.
    const spread = listStories(db, { ...base, sort: 'language_spread', limit: 100 })
    const widths = spread.rows.map((row) => (row.scores.language.max ?? 0) - (row.scores.language.min ?? 0))
    expect(widths).toEqual([...widths].sort((a, b) => b - a))
    expect(listStories(db, { ...base, query: '"no such words anywhere"' }).total).toBe(0)
    db.close()
  })
})
