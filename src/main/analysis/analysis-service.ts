import { ContractFailure } from '../../shared/errors'
import type { JobRow } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { findJob, finishJob, getJob } from '../jobs/job-store'
import { createAnalysisJob, interruptedAnalysisJobs, runAnalysisJob, type AnalysisHooks } from './analysis-job'
import { lexiconVersion } from './user-lexicon'
import { createInlinePool, createWorkerPool, defaultWorkerCount, findAnalysisWorkerScript, type AnalysisPool } from './worker/worker-pool'

/**
 * Starts, runs and resumes analysis jobs for one corpus. One pool of workers serves all jobs; jobs
 * run one after another, so a second request waits its turn instead of competing for the workers.
 */
export class AnalysisService {
  private pool: AnalysisPool | null = null
  private poolSize = 0
  private poolLexicon = ''
  private queue: Promise<unknown> = Promise.resolve()
  private readonly running = new Map<number, Promise<JobRow>>()

  constructor(
    private readonly db: Db,
    private readonly databasePath: string,
    private readonly hooks: AnalysisHooks
  ) {}

  /** Creates the job and queues it; resolves with its ids at once (the analysis runs in the background). */
  async start(scope: { all: true } | { ids: number[] }, workers?: number): Promise<{ jobId: number; runId: number }> {
    if ('ids' in scope && scope.ids.length === 0) throw new ContractFailure('invalid_input', 'No articles to analyse')
    const total = 'all' in scope ? (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n : scope.ids.length
    if (total === 0) throw new ContractFailure('invalid_input', 'The corpus has no articles to analyse yet')
    // The analyzers (NLP models, lexicons) load only when an analysis starts, so imports and searches stay light.
    const ids = createAnalysisJob(this.db, scope, lexiconVersion(this.db))
    this.enqueue(ids.jobId, workers)
    return ids
  }

  /** Analyses the articles no analysis of Slant's own has covered yet (the automatic analysis of new articles). */
  async startUnanalysed(workers?: number): Promise<{ jobId: number; runId: number } | null> {
    const ids = (
      this.db
        .prepare(
          `SELECT a.id FROM articles a WHERE NOT EXISTS (
             SELECT 1 FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = a.id AND r.origin = 'slant')
           ORDER BY a.id`
        )
        .all() as { id: number }[]
    ).map((row) => row.id)
    // Already waiting in a job: do not queue the same articles twice.
    const queued = this.db.prepare("SELECT params FROM jobs WHERE kind = 'analyze' AND state IN ('queued', 'running')").all() as { params: string }[]
    const covered = new Set(queued.flatMap((row) => (JSON.parse(row.params) as { scope: { ids?: number[] } }).scope.ids ?? []))
    const fresh = ids.filter((articleId) => !covered.has(articleId))
    return fresh.length === 0 ? null : this.start({ ids: fresh }, workers)
  }

  /** Pauses a running analysis after the batches in flight are committed, or one still waiting its turn. */
  pause(jobId: number): JobRow {
    const job = this.analysisJob(jobId)
    if (this.jobControl?.isRunning(jobId)) {
      this.jobControl.pause(jobId)
      return job
    }
    if (job.state !== 'queued') throw new ContractFailure('invalid_input', `Job ${jobId} is ${job.state}: only a running or waiting analysis can be paused`)
    return this.setState(jobId, 'paused')
  }

  /** Cancels a running analysis, or one still waiting its turn. */
  cancel(jobId: number): JobRow {
    const job = this.analysisJob(jobId)
    if (this.jobControl?.isRunning(jobId)) {
      this.jobControl.cancel(jobId)
      return job
    }
    if (job.state !== 'queued' && job.state !== 'paused') throw new ContractFailure('invalid_input', `Job ${jobId} is ${job.state} and cannot be cancelled`)
    return this.setState(jobId, 'cancelled')
  }

  /** Continues a paused, cancelled or failed analysis where it stopped, in the same run. */
  resume(jobId: number, workers?: number): JobRow {
    const job = this.analysisJob(jobId)
    if (job.state !== 'paused' && job.state !== 'cancelled' && job.state !== 'failed') {
      throw new ContractFailure('invalid_input', `Job ${jobId} is ${job.state}: only a paused, cancelled or failed analysis can be resumed`)
    }
    const queued = this.setState(jobId, 'queued')
    // Paused while waiting its turn: the turn it already has in the queue will run it.
    if (!this.running.has(jobId)) this.enqueue(jobId, workers)
    return queued
  }

  /** Resumes jobs a crash or quit interrupted; returns their ids. */
  resumeInterrupted(workers?: number): number[] {
    const jobs = interruptedAnalysisJobs(this.db).filter((id) => !this.running.has(id))
    for (const jobId of jobs) this.enqueue(jobId, workers)
    return jobs
  }

  /** Resolves when the job ends (done, cancelled or failed). */
  finished(jobId: number): Promise<JobRow> {
    const job = this.running.get(jobId)
    if (!job) throw new ContractFailure('not_found', `Analysis job ${jobId} is not running`)
    return job
  }

  async close(): Promise<void> {
    await this.pool?.close()
    this.pool = null
  }

  private get jobControl() {
    return this.hooks.jobControl
  }

  private analysisJob(jobId: number): JobRow {
    const job = findJob(this.db, jobId)
    if (!job) throw new ContractFailure('not_found', `There is no job with id ${jobId}`)
    if (job.kind !== 'analyze') throw new ContractFailure('invalid_input', `Job ${jobId} is not an analysis; only analyses can be paused and resumed`)
    return job
  }

  private setState(jobId: number, state: 'queued' | 'paused' | 'cancelled'): JobRow {
    this.db
      .prepare(`UPDATE jobs SET state = ?, error = NULL, finished_at = CASE WHEN ? = 'cancelled' THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NULL END WHERE id = ?`)
      .run(state, state, jobId)
    const job = getJob(this.db, jobId)
    this.hooks.onJob?.(job)
    return job
  }

  private enqueue(jobId: number, workers?: number): void {
    const job = this.queue.then(async () => {
      const lexicon = lexiconVersion(this.db)
      if (runLexicon(this.db, jobId) !== lexicon) {
        const { counts, processed } = getJob(this.db, jobId)
        const stopped = finishJob(this.db, jobId, 'failed', {
          counts,
          processed,
          error: 'the lexicon terms changed after this analysis started, and finishing it would mix two lexicons in one run: start a new analysis'
        })
        this.hooks.onJob?.(stopped)
        return stopped
      }
      return runAnalysisJob(this.db, jobId, await this.poolFor(workers, lexicon), this.hooks)
    })
    this.queue = job.catch(() => undefined)
    this.running.set(jobId, job)
    void job.finally(() => this.running.delete(jobId)).catch(() => undefined)
  }

  /** Workers load the lexicon when they start, so a changed lexicon needs fresh workers. */
  private async poolFor(workers: number | undefined, lexicon: string): Promise<AnalysisPool> {
    const size = Math.max(1, Math.min(32, workers ?? defaultWorkerCount()))
    if (this.pool && this.poolSize === size && this.poolLexicon === lexicon) return this.pool
    void this.pool?.close()
    this.poolLexicon = lexicon
    const script = findAnalysisWorkerScript()
    this.pool = script
      ? createWorkerPool({ script, size, databasePath: this.databasePath })
      : createInlinePool((await import('./analyze-article')).createArticleAnalyzer({ databasePath: this.databasePath }))
    this.poolSize = size
    return this.pool
  }
}

/** The lexicon version the job's run recorded when it was created. */
function runLexicon(db: Db, jobId: number): string | null {
  const row = db.prepare('SELECT r.parameters AS parameters FROM jobs j JOIN analysis_runs r ON r.id = j.run_id WHERE j.id = ?').get(jobId) as
    | { parameters: string }
    | undefined
  return row ? ((JSON.parse(row.parameters) as { lexicon?: string }).lexicon ?? null) : null
}
