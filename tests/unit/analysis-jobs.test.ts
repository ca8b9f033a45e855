import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAnalysisJob, interruptedAnalysisJobs, runAnalysisJob } from '../../src/main/analysis/analysis-job'
import { createInlinePool, createWorkerPool, defaultWorkerCount, type AnalysisPool } from '../../src/main/analysis/worker/worker-pool'
import { deleteArticles, restoreArticles } from '../../src/main/corpus/article-actions'
import { articleFacets } from '../../src/main/corpus/article-facets'
import { listArticles } from '../../src/main/corpus/article-queries'
import { openDatabase } from '../../src/main/db/open-database'
import { JobControl } from '../../src/main/jobs/job-control'
import { markInterruptedJobs } from '../../src/main/jobs/job-store'
import { corpus, count, fakeResult } from '../helpers/analysis-fixtures'
import { FIXTURES, useTempDirectory } from '../helpers/temp-directory'

const ECHO_WORKER = join(FIXTURES, 'workers', 'echo-analysis-worker.mjs')


describe('analysis jobs', () => {
  const tempDirectory = useTempDirectory()
  const pools: AnalysisPool[] = []
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.close()
  })

  it('analyses the whole corpus into a new run and stores every result once', async () => {
    const db = await corpus(tempDirectory(), 60)
    const { jobId, runId } = createAnalysisJob(db, { all: true }, 'test-lexicon')
    const job = await runAnalysisJob(db, jobId, createInlinePool(fakeResult))
    expect(job).toMatchObject({ state: 'done', progress: 1, counts: { total: 60, analysed: 60, failed: 0 } })
    expect(count(db, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', runId)).toBe(60)
    expect(count(db, "SELECT count(*) AS n FROM article_scores WHERE run_id = ? AND dimension = 'language' AND score = 3", runId)).toBe(60)
    expect(count(db, 'SELECT count(*) AS n FROM article_evidence WHERE run_id = ?', runId)).toBe(60)
    expect(count(db, "SELECT documents AS n FROM term_document_frequency WHERE term = 'charge'")).toBe(60)
    expect(count(db, "SELECT value AS n FROM term_statistics WHERE name = 'documents'")).toBe(60)
    // The table filters, sorts and counts by the framing score as by the language score.
    const base = { sort: 'framing_bias' as const, direction: 'desc' as const, offset: 0, limit: 5 }
    expect(listArticles(db, { ...base, filters: { framingBias: [2] } })).toMatchObject({ total: 60, rows: [{ framingBias: 2, languageBias: 3, framingBiasSource: 'machine', languageBiasSource: 'machine' }, {}, {}, {}, {}] })
    expect(listArticles(db, { ...base, filters: { framingBias: [5] } }).total).toBe(0)
    expect(articleFacets(db, {}).framingBias).toEqual([{ value: 2, count: 60, label: '2' }])
    // Re-analysis makes a new run and leaves the first untouched; document frequencies are not counted twice.
    const second = createAnalysisJob(db, { ids: [1, 2] }, 'test-lexicon')
    expect(second.runId).not.toBe(runId)
    await runAnalysisJob(db, second.jobId, createInlinePool(fakeResult))
    expect(count(db, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', second.runId)).toBe(2)
    expect(count(db, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', runId)).toBe(60)
    expect(count(db, "SELECT documents AS n FROM term_document_frequency WHERE term = 'charge'")).toBe(60)
    expect(count(db, "SELECT value AS n FROM term_statistics WHERE name = 'documents'")).toBe(60)
    db.close()
  })

  it('brings every analysis row of a deleted article back on undo', async () => {
    const db = await corpus(tempDirectory(), 3)
    const { jobId, runId } = createAnalysisJob(db, { all: true }, 'v')
    await runAnalysisJob(db, jobId, createInlinePool(fakeResult))
    const rowsOf = (articleId: number) =>
      ['article_analyses', 'article_scores', 'article_evidence', 'article_sentences', 'article_keyphrases', 'article_entities', 'article_topics'].map(
        (table) => count(db, `SELECT count(*) AS n FROM ${table} WHERE run_id = ? AND article_id = ?`, runId, articleId)
      )
    const before = rowsOf(2)
    expect(before.every((rows) => rows > 0)).toBe(true)
    const { batchId } = deleteArticles(db, [2])
    expect(rowsOf(2).every((rows) => rows === 0)).toBe(true)
    restoreArticles(db, batchId)
    expect(rowsOf(2)).toEqual(before)
    db.close()
  })

  it('records a failure on one article with its reason and goes on', async () => {
    const db = await corpus(tempDirectory(), 10)
    const { jobId, runId } = createAnalysisJob(db, { all: true }, 'v')
    const job = await runAnalysisJob(
      db,
      jobId,
      createInlinePool((article) => {
        if (article.id === 4) throw new Error('tokenizer choked on article 4')
        return fakeResult(article)
      })
    )
    expect(job).toMatchObject({ state: 'done', counts: { analysed: 9, failed: 1 } })
    expect(job.error).toMatch(/1 article could not be analysed/)
    expect(db.prepare('SELECT article_id, error FROM job_errors WHERE job_id = ?').all(jobId)).toEqual([{ article_id: 4, error: 'tokenizer choked on article 4' }])
    expect(count(db, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', runId)).toBe(9)
    db.close()
  })

  it('cancels, then resumes after a restart without redoing or doubling anything', async () => {
    const directory = tempDirectory()
    const db = await corpus(directory, 200)
    const { jobId, runId } = createAnalysisJob(db, { all: true }, 'v')
    const control = new JobControl()
    const seen: number[] = []
    let cancelled = false
    const job = await runAnalysisJob(
      db,
      jobId,
      createInlinePool((article) => {
        seen.push(article.id)
        if (seen.length === 60 && !cancelled) {
          cancelled = true
          control.cancel(jobId)
        }
        return fakeResult(article)
      }),
      { jobControl: control }
    )
    expect(job.state).toBe('cancelled')
    const done = count(db, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', runId)
    expect(done).toBeGreaterThanOrEqual(60)
    expect(done).toBeLessThan(200)
    // As if the process had died mid-job: the row says running; reopening keeps analysis jobs resumable.
    db.prepare("UPDATE jobs SET state = 'running' WHERE id = ?").run(jobId)
    db.close()
    const reopened = openDatabase(join(directory, 'c.sqlite')).db
    markInterruptedJobs(reopened)
    expect(interruptedAnalysisJobs(reopened)).toEqual([jobId])
    const resumedIds: number[] = []
    const resumed = await runAnalysisJob(
      reopened,
      jobId,
      createInlinePool((article) => {
        resumedIds.push(article.id)
        return fakeResult(article)
      })
    )
    expect(resumed).toMatchObject({ state: 'done', counts: { total: 200, analysed: 200, failed: 0 } })
    expect(resumedIds).toHaveLength(200 - done)
    expect(new Set([...seen.filter((id) => id <= done), ...resumedIds]).size).toBe(200)
    expect(count(reopened, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', runId)).toBe(200)
    expect(count(reopened, 'SELECT count(*) AS n FROM (SELECT article_id FROM article_sentences WHERE run_id = ? GROUP BY article_id, sentence_index HAVING count(*) > 1)', runId)).toBe(0)
    reopened.close()
  })

  it('runs batches in worker threads, replaces a killed worker and retries its batch', async () => {
    const directory = tempDirectory()
    const db = await corpus(directory, 150)
    const pool = createWorkerPool({ script: ECHO_WORKER, size: 2, databasePath: join(directory, 'c.sqlite') })
    pools.push(pool)
    const { jobId, runId } = createAnalysisJob(db, { all: true }, 'v')
    // Both workers are killed as soon as the first batch has come back, with more batches in flight.
    let killed = false
    const killing: AnalysisPool = {
      get size() {
        return pool.size
      },
      analyze: async (articles) => {
        const outcome = await pool.analyze(articles)
        if (!killed) {
          killed = true
          void pool.terminateWorkers()
        }
        return outcome
      },
      terminateWorkers: () => pool.terminateWorkers(),
      close: () => pool.close()
    }
    const job = await runAnalysisJob(db, jobId, killing)
    expect(killed).toBe(true)
    expect(job).toMatchObject({ state: 'done', counts: { total: 150, analysed: 150, failed: 0 } })
    expect(count(db, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', runId)).toBe(150)
    // The echo worker writes its thread id as the summary: the two first workers and their replacements.
    const threads = db.prepare('SELECT DISTINCT summary FROM article_analyses WHERE run_id = ?').all(runId)
    expect(threads.length).toBeGreaterThanOrEqual(3)
    db.close()
  })

  // With one worker, the batch after the poisonous one waits in that worker's queue when it dies: it
  // must be sent again as it was, not split and failed with it.
  it.each([1, 2])('isolates an article that crashes its worker (%i workers): it fails alone, the rest is analysed', async (workers) => {
    const directory = tempDirectory()
    const db = await corpus(directory, 40)
    process.env.ECHO_CRASH_ON = '7'
    try {
      const pool = createWorkerPool({ script: ECHO_WORKER, size: workers, databasePath: join(directory, 'c.sqlite') })
      pools.push(pool)
      const { jobId } = createAnalysisJob(db, { all: true }, 'v')
      const job = await runAnalysisJob(db, jobId, pool)
      expect(job).toMatchObject({ state: 'done', counts: { analysed: 39, failed: 1 } })
      expect(db.prepare('SELECT article_id, error FROM job_errors WHERE job_id = ?').all(jobId)).toEqual([
        { article_id: 7, error: 'the analysis worker stopped on this article (worker exited with code 3)' }
      ])
    } finally {
      delete process.env.ECHO_CRASH_ON
    }
    db.close()
  })

  it('uses every core of a two-core machine and leaves one to the main thread from three up', () => {
    expect([1, 2, 3, 4, 8].map((cores) => defaultWorkerCount(cores))).toEqual([1, 2, 2, 3, 7])
  })
})
