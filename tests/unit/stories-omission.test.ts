import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnalysisJob, runAnalysisJob } from '../../src/main/analysis/analysis-job'
import { createArticleAnalyzer } from '../../src/main/analysis/analyze-article'
import { createInlinePool } from '../../src/main/analysis/worker/worker-pool'
import { listArticles } from '../../src/main/corpus/article-queries'
import { importContent } from '../../src/main/corpus/import-articles'
import { openDatabase, type Db } from '../../src/main/db/open-database'
import { articleStory } from '../../src/main/stories/article-story'
import { rebuildStories, lazyOmissionRun } from '../../src/main/stories/update-stories'
import { adjustedRandIndex } from '../../eval/metrics'
import { FIXTURES, useTempDirectory } from '../helpers/temp-directory'

const fixture = (name: string) => readFileSync(join(FIXTURES, 'stories', name), 'utf8')
const idOf = (db: Db, externalId: string) => (db.prepare('SELECT id FROM articles WHERE external_id = ?').get(externalId) as { id: number }).id

async function analyseAll(db: Db, path: string): Promise<void> {
  const { jobId } = createAnalysisJob(db, { all: true }, 'test')
  const analyze = createArticleAnalyzer({ databasePath: path })
  const job = await runAnalysisJob(db, jobId, createInlinePool(analyze))
  expect(job.state).toBe('done')
}

async function analyseNew(db: Db, path: string): Promise<void> {
  const ids = (db.prepare('SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_analyses)').all() as { id: number }[]).map((row) => row.id)
  const { jobId } = createAnalysisJob(db, { ids }, 'test')
  await runAnalysisJob(db, jobId, createInlinePool(createArticleAnalyzer({ databasePath: path })))
}

describe('stories and bias by omission', () => {
  const tempDirectory = useTempDirectory()

  it('puts three reports of one strike in one story, names what one of them leaves out, and falls back for a lone article', async () => {
    const path = join(tempDirectory(), 'c.sqlite')
    const { db } = openDatabase(path)
    await importContent({ db }, 'siblings.jsonl', fixture('port-strike-siblings.jsonl'))
    await analyseAll(db, path)

    const strike = ['ps-1', 'ps-2', 'ps-3'].map((id) => idOf(db, id))
    const stories = strike.map((id) => articleStory(db, id).story?.id)
    expect(new Set(stories).size).toBe(1)
    const library = articleStory(db, idOf(db, 'other-1'))
    expect(library.story?.id).not.toBe(stories[0])
    expect(library.siblings).toEqual([])

    // The business paper quotes only the company: no union, no union leader, no 4,200 or 17 per cent.
    const ledger = articleStory(db, idOf(db, 'ps-3'))
    expect(ledger.siblings.map((sibling) => sibling.outlet).sort()).toEqual(['Meridian Wire', 'Northshore Courier'])
    expect(ledger.omission?.fallback).toBe(false)
    expect(ledger.omission?.score).toBeGreaterThanOrEqual(3)
    const missing = ledger.omission?.items.map((item) => `${item.kind}:${item.item}`) ?? []
    expect(missing).toContain('voice:Maria Kovac')
    expect(missing).toContain('figure:4200')
    expect(missing).toContain('figure:17%')
    expect(ledger.omission?.rationale).toMatch(/Compared with 2 other articles of the same story: .*not quoted: Maria Kovac/)
    // Each item points at a sibling passage that says it.
    const kovac = ledger.omission?.items.find((item) => item.item === 'Maria Kovac')
    expect(strike).toContain(kovac?.source?.articleId)
    expect(kovac?.source?.excerpt).toContain('Kovac')
    const figure = ledger.omission?.items.find((item) => item.item === '4200')
    const sourceText = (db.prepare('SELECT text FROM articles WHERE id = ?').get(figure?.source?.articleId) as { text: string }).text
    expect(sourceText.slice(figure?.source?.start, figure?.source?.end)).toBe('4,200')

    // The wire copy carries what the others carry.
    expect(articleStory(db, idOf(db, 'ps-2')).omission?.score).toBeLessThanOrEqual(2)

    // Without siblings: a fallback that says so, at most 3 and with low confidence.
    expect(library.omission?.fallback).toBe(true)
    expect(library.omission?.rationale).toMatch(/^Fallback: no other article of this story/)
    expect(library.omission?.confidence).toBeLessThan(0.3)

    // The table filters by story and shows the omission score.
    const page = listArticles(db, { filters: { storyIds: [stories[0] as number] }, sort: 'omission_bias', direction: 'desc', offset: 0, limit: 10 })
    expect(page.total).toBe(3)
    expect(page.rows[0]?.id).toBe(idOf(db, 'ps-3'))
    expect(page.rows.every((row) => row.storyId === stories[0] && row.omissionBias !== null)).toBe(true)
    db.close()
  })

  it('rescores the siblings in a new run when the story gains an article, keeping the earlier run', async () => {
    const path = join(tempDirectory(), 'c.sqlite')
    const { db } = openDatabase(path)
    await importContent({ db }, 'siblings.jsonl', fixture('port-strike-siblings.jsonl'))
    await analyseAll(db, path)
    const ledgerId = idOf(db, 'ps-3')
    const before = articleStory(db, ledgerId)
    expect(before.siblings).toHaveLength(2)

    await importContent({ db }, 'late.jsonl', fixture('port-strike-late.jsonl'))
    await analyseNew(db, path)
    const after = articleStory(db, ledgerId)
    expect(after.story?.id).toBe(before.story?.id)
    expect(after.siblings).toHaveLength(3)
    expect(after.siblings.map((sibling) => sibling.outlet)).toContain('Harbour Post')
    expect(after.omission?.runId).toBeGreaterThan(before.omission?.runId as number)
    expect(after.omission?.items.find((item) => item.item === 'Maria Kovac')?.carriedBy).toBe(3)
    // The first run's score is still there, unchanged.
    const kept = db.prepare("SELECT score, rationale FROM article_scores WHERE run_id = ? AND article_id = ? AND dimension = 'omission'").get(before.omission?.runId, ledgerId) as {
      score: number
      rationale: string
    }
    expect(kept).toEqual({ score: before.omission?.score, rationale: before.omission?.rationale })
    // The lone article's story did not change, so it was not scored again.
    const libraryRuns = db.prepare("SELECT count(*) AS n FROM article_scores WHERE article_id = ? AND dimension = 'omission'").get(idOf(db, 'other-1')) as { n: number }
    expect(libraryRuns.n).toBe(1)

    // A rebuild forgets the stories and finds the same grouping.
    const run = lazyOmissionRun(db, 0.35)
    const rebuilt = rebuildStories(db, { threshold: 0.35, omissionRun: run.get })
    run.finish()
    expect(rebuilt).toMatchObject({ clustered: 5, storiesCreated: 2 })
    expect(articleStory(db, ledgerId).siblings).toHaveLength(3)
    db.close()
  })

  it('groups the labelled same-story set by story: two strikes, two floods, two rate decisions and two cyberattacks in the same weeks', async () => {
    const path = join(tempDirectory(), 'c.sqlite')
    const { db } = openDatabase(path)
    const text = fixture('same-story-articles.jsonl')
    await importContent({ db }, 'same-story-articles.jsonl', text)
    await analyseAll(db, path)
    const gold = new Map(text.trim().split('\n').map((line) => JSON.parse(line) as { external_id: string; story: string }).map((record) => [record.external_id, record.story]))
    const rows = db.prepare('SELECT a.external_id AS externalId, m.story_id AS storyId FROM articles a JOIN story_articles m ON m.article_id = a.id').all() as { externalId: string; storyId: number }[]
    expect(rows).toHaveLength(gold.size)
    const ari = adjustedRandIndex(rows.map((row) => gold.get(row.externalId) as string), rows.map((row) => String(row.storyId)))
    // Terms are weighed with the corpus statistics at clustering time, so one thread here and the worker
    // pool in npm run eval group the set alike.
    expect(ari).toBeGreaterThanOrEqual(0.9)
    // The two rate decisions (a rise in one country, a cut in its neighbour the same day) stay apart.
    const storyOf = (prefix: string) => new Set(rows.filter((row) => row.externalId.startsWith(prefix)).map((row) => row.storyId))
    expect([...storyOf('s09')].some((id) => storyOf('s10').has(id))).toBe(false)
    db.close()
  })
})
