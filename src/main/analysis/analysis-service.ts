import { ContractFailure } from '../../shared/errors'
import type { JobRow } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { createAnalysisJob, interruptedAnalysisJobs, runAnalysisJob, type AnalysisHooks } from './analysis-job'
import { createInlinePool, createWorkerPool, defaultWorkerCount, findAnalysisWorkerScript, type AnalysisPool } from './worker/worker-pool'

/**
 * Starts, runs and resumes analysis jobs for one corpus. One pool of workers serves all jobs; jobs
 * run one after another, so a second request waits its turn instead of competing for the workers.
 */
export class AnalysisService {
  private pool: AnalysisPool | null = null
  private poolSize = 0
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
    const { lexiconVersion } = await import('./analyze-article')
    const ids = createAnalysisJob(this.db, scope, lexiconVersion(this.db))
    this.enqueue(ids.jobId, workers)
    return ids
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

  private enqueue(jobId: number, workers?: number): void {
    const job = this.queue.then(async () => runAnalysisJob(this.db, jobId, await this.poolFor(workers), this.hooks))
    this.queue = job.catch(() => undefined)
    this.running.set(jobId, job)
    void job.finally(() => this.running.delete(jobId)).catch(() => undefined)
  }

  private async poolFor(workers?: number): Promise<AnalysisPool> {
    const size = Math.max(1, Math.min(32, workers ?? defaultWorkerCount()))
    if (this.pool && this.poolSize === size) return this.pool
    void this.pool?.close()
    const script = findAnalysisWorkerScript()
    this.pool = script
      ? createWorkerPool({ script, size, databasePath: this.databasePath })
      : createInlinePool((await import('./analyze-article')).createArticleAnalyzer({ databasePath: this.databasePath }))
    this.poolSize = size
    return this.pool
  }
}
