import type { JobRow } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { PAUSE, type JobControl } from '../jobs/job-control'
import { finishJob, getJob, updateJobProgress } from '../jobs/job-store'
import { readSettings } from '../corpus/settings-store'
import { lazyOmissionRun, StoryUpdater } from '../stories/update-stories'
import { AnalysisWriter } from './analysis-store'
import { ANALYZER_NAME, ANALYZER_VERSION, type ArticleToAnalyze } from './article-analysis'
import type { AnalysisPool, BatchOutcome } from './worker/worker-pool'

export type AnalysisScope = { all: true; maxId: number } | { ids: number[] }

export interface AnalysisJobParams {
  runId: number
  scope: AnalysisScope
}

/** Articles sent to a worker at once: enough to amortise the message, small enough to spread over workers. */
const BATCH_SIZE = 25
/** Results written per transaction, or whatever has come back after this long. */
const WRITE_GROUP_SIZE = 200
const WRITE_INTERVAL_MS = 1000
/** Batches sent to each worker ahead of its results: enough to outlast one group commit. */
const IN_FLIGHT_PER_WORKER = 3

export interface AnalysisHooks {
  onJob?: (job: JobRow) => void
  onCorpusChanged?: (added: number) => void
  jobControl?: JobControl
}

/** Creates the run and the job row; the job is then run (or resumed) by runAnalysisJob. */
export function createAnalysisJob(db: Db, scope: { all: true } | { ids: number[] }, lexiconVersion: string): { jobId: number; runId: number } {
  return db.transaction(() => {
    const maxId = (db.prepare('SELECT coalesce(max(id), 0) AS id FROM articles').get() as { id: number }).id
    const stored: AnalysisScope = 'all' in scope ? { all: true, maxId } : { ids: [...new Set(scope.ids)].sort((a, b) => a - b) }
    const parameters = JSON.stringify({ lexicon: lexiconVersion })
    const runId = db
      .prepare("INSERT INTO analysis_runs (analyzer, version, parameters, origin, label) VALUES (?, ?, ?, 'slant', ?)")
      .run(ANALYZER_NAME, ANALYZER_VERSION, parameters, `Slant ${ANALYZER_VERSION}`).lastInsertRowid as number
    db.prepare('UPDATE analysis_runs SET label = ? WHERE id = ?').run(`Slant ${ANALYZER_VERSION} · run ${runId}`, runId)
    const total = 'all' in stored ? (db.prepare('SELECT count(*) AS n FROM articles WHERE id <= ?').get(maxId) as { n: number }).n : stored.ids.length
    const label = 'all' in stored ? `Analyse ${total.toLocaleString('en-US')} articles` : `Analyse ${total.toLocaleString('en-US')} selected article${total === 1 ? '' : 's'}`
    const params: AnalysisJobParams = { runId, scope: stored }
    const jobId = db
      .prepare("INSERT INTO jobs (kind, label, params, state, run_id, counts) VALUES ('analyze', ?, ?, 'queued', ?, ?)")
      .run(label, JSON.stringify(params), runId, JSON.stringify({ total, analysed: 0, failed: 0 })).lastInsertRowid as number
    return { jobId, runId }
  })()
}

function scopeCondition(scope: AnalysisScope): { sql: string; params: unknown[] } {
  return 'all' in scope ? { sql: 'a.id <= ?', params: [scope.maxId] } : { sql: 'a.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(scope.ids)] }
}

/**
 * Runs an analysis job until its scope is done, cancelled or the process stops. What is committed is
 * never redone: each pass picks the articles of the scope that have no result in this run and no
 * recorded failure in this job, so a job resumed after a crash continues where it stopped.
 */
export async function runAnalysisJob(db: Db, jobId: number, pool: AnalysisPool, hooks: AnalysisHooks = {}): Promise<JobRow> {
  const params = JSON.parse((db.prepare('SELECT params FROM jobs WHERE id = ?').get(jobId) as { params: string }).params) as AnalysisJobParams
  const { runId, scope } = params
  const condition = scopeCondition(scope)
  const countTotal = () =>
    (db.prepare(`SELECT count(*) AS n FROM articles a WHERE ${condition.sql}`).get(...condition.params) as { n: number }).n
  const countDone = () =>
    (db.prepare(`SELECT count(*) AS n FROM article_analyses x JOIN articles a ON a.id = x.article_id WHERE x.run_id = ? AND ${condition.sql}`).get(runId, ...condition.params) as { n: number }).n
  const countFailed = () => (db.prepare('SELECT count(*) AS n FROM job_errors WHERE job_id = ?').get(jobId) as { n: number }).n
  const nextArticles = db.prepare(
    `SELECT a.id, a.title, a.text FROM articles a
     WHERE ${condition.sql} AND a.id > ?
       AND NOT EXISTS (SELECT 1 FROM article_analyses x WHERE x.run_id = ? AND x.article_id = a.id)
       AND NOT EXISTS (SELECT 1 FROM job_errors e WHERE e.job_id = ? AND e.article_id = a.id)
     ORDER BY a.id LIMIT ?`
  )
  const recordFailure = db.prepare('INSERT OR REPLACE INTO job_errors (job_id, article_id, error) VALUES (?, ?, ?)')
  const writer = new AnalysisWriter(db)
  // Stories grow as results arrive; omission scores go to one run per job, made when first needed.
  const storyThreshold = readSettings(db).storyThreshold
  const omission = lazyOmissionRun(db, storyThreshold)
  const stories = new StoryUpdater(db, { threshold: storyThreshold, omissionRun: omission.get })
  const signal = hooks.jobControl?.start(jobId) ?? new AbortController().signal

  const current = getJob(db, jobId)
  // Paused or cancelled while it waited its turn behind another job.
  if (current.state === 'paused' || current.state === 'cancelled') {
    hooks.jobControl?.finish(jobId)
    return current
  }
  db.prepare("UPDATE jobs SET state = 'running', started_at = coalesce(started_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = ?").run(jobId)
  const total = countTotal()
  // Counted once, then kept up to date as results are written: a count per batch grew with the corpus.
  let analysed = countDone()
  let failed = countFailed()
  const report = () => {
    const job = updateJobProgress(db, jobId, total === 0 ? 1 : Math.min(1, (analysed + failed) / total), analysed + failed, { total, analysed, failed })
    hooks.onJob?.(job)
  }
  report()

  // Results wait here until enough have come back to be worth a commit: each commit rewrites the
  // pages of the term-frequency index it touches, so fewer, larger commits cost less per article.
  let unwritten: BatchOutcome[] = []
  let unwrittenArticles = 0
  let lastWrite = Date.now()
  const writeResults = () => {
    if (unwritten.length === 0) return
    const outcomes = unwritten
    unwritten = []
    unwrittenArticles = 0
    db.transaction(() => {
      for (const outcome of outcomes) {
        for (const result of outcome.results) writer.write(runId, result)
        for (const failure of outcome.failures) recordFailure.run(jobId, failure.articleId, failure.error)
      }
      writer.flushTermCounts()
    })()
    stories.update(outcomes.flatMap((outcome) => outcome.results.map((result) => result.articleId)))
    for (const outcome of outcomes) {
      analysed += outcome.results.length
      failed += outcome.failures.length
    }
    lastWrite = Date.now()
    report()
    hooks.onCorpusChanged?.(0)
  }

  let lastId = 0
  let error: string | null = null
  try {
    // Workers run in parallel, each with batches queued behind the one it works on, so none runs dry
    // while this thread commits a group of results (a synchronous write of a few hundred ms).
    const inFlight = new Set<Promise<void>>()
    const launch = (articles: ArticleToAnalyze[]) => {
      const task = pool.analyze(articles).then((outcome) => {
        unwritten.push(outcome)
        unwrittenArticles += outcome.results.length + outcome.failures.length
        if (unwrittenArticles >= WRITE_GROUP_SIZE || Date.now() - lastWrite >= WRITE_INTERVAL_MS) writeResults()
      })
      inFlight.add(task)
      void task.finally(() => inFlight.delete(task))
    }
    while (!signal.aborted) {
      const articles = nextArticles.all(...condition.params, lastId, runId, jobId, BATCH_SIZE) as ArticleToAnalyze[]
      if (articles.length === 0) break
      lastId = (articles[articles.length - 1] as ArticleToAnalyze).id
      launch(articles)
      while (inFlight.size >= pool.size * IN_FLIGHT_PER_WORKER) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
    writeResults()
  } catch (failure) {
    error = (failure as Error).message
    // What came back before the failure is kept.
    try {
      writeResults()
    } catch {
      // The failure was in writing itself; its message says why.
    }
  } finally {
    hooks.jobControl?.finish(jobId)
  }
  analysed = countDone()
  failed = countFailed()
  const state = error ? 'failed' : signal.aborted ? (signal.reason === PAUSE ? 'paused' : 'cancelled') : 'done'
  if (state === 'done') {
    db.prepare("UPDATE analysis_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(runId)
    // Articles a crash left analysed but unplaced (their results committed, their clustering not).
    stories.update('all')
  }
  omission.finish()
  const job = finishJob(db, jobId, state, {
    counts: { total, analysed, failed },
    processed: analysed + failed,
    error: error ?? (failed > 0 ? `${failed} article${failed === 1 ? '' : 's'} could not be analysed (see the job's errors)` : null)
  })
  hooks.onJob?.(job)
  return getJob(db, jobId)
}

/** Analysis jobs a crash or quit left unfinished, oldest first, to be resumed at start. */
export function interruptedAnalysisJobs(db: Db): number[] {
  return (db.prepare("SELECT id FROM jobs WHERE kind = 'analyze' AND state IN ('queued', 'running') ORDER BY id").all() as { id: number }[]).map((row) => row.id)
}
