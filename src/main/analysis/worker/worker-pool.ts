import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { ArticleAnalysisResult, ArticleToAnalyze } from '../article-analysis'
import { findWorkerScript } from '../../workers/find-worker-script'
import type { ArticleFailure, FromWorker, ToWorker } from './worker-protocol'

export interface BatchOutcome {
  results: ArticleAnalysisResult[]
  failures: ArticleFailure[]
}

/** Analyses batches of articles; a pool of worker threads, or the current thread where none can start. */
export interface AnalysisPool {
  readonly size: number
  analyze(articles: ArticleToAnalyze[]): Promise<BatchOutcome>
  /** Stops every worker now; batches in flight are retried on fresh workers. */
  terminateWorkers(): Promise<void>
  close(): Promise<void>
}

/** A batch that has not answered in this long is taken to be stuck: its worker is replaced. */
const BATCH_TIMEOUT_MS = 120_000
/**
 * Batches posted to a worker before its current one answers. With one, a worker finished its batch
 * and then sat idle while the main thread was busy committing results (a sixth of the job); the
 * second batch waits in the worker's own message queue instead.
 */
const BATCHES_PER_WORKER = 2

/**
 * One worker per core but one, the spare core being the main thread's (it commits results and
 * clusters stories: about a quarter of a worker's time per article). On two cores that leaves the
 * main thread three quarters of a core idle; two workers there analysed 138 articles/s against 105
 * with one (bench/analysis-throughput.ts), the threads sharing the cores, so two cores get two.
 */
export function defaultWorkerCount(cores = availableParallelism()): number {
  return cores <= 2 ? Math.max(1, cores) : cores - 1
}

/** The bundled analysis worker (out/main/analysis-worker.js); SLANT_ANALYSIS_WORKER overrides it for tests. */
export function findAnalysisWorkerScript(): string | null {
  return process.env.SLANT_ANALYSIS_WORKER ?? findWorkerScript('analysis-worker')
}

interface Slot {
  worker: Worker
  ready: Promise<void>
  /** Batches posted to it (or about to be) that have not answered. */
  running: number
  /** Batches posted to it, oldest first: the first is the one it works on, the others wait. */
  posted: number[]
  /** Set when the thread has ended, however: a batch must never be sent to it. */
  exited: boolean
}

interface Pending {
  articles: ArticleToAnalyze[]
  attempts: number
  resolve(outcome: BatchOutcome): void
  reject(error: Error): void
}

/**
 * Worker threads that each load the analyzers once and analyse batches sent to them. A worker that
 * dies or hangs is replaced and its batch retried; a batch that kills workers twice is split so the
 * one article that causes it is reported as failed and the others still get analysed.
 */
export function createWorkerPool(options: { script: string; size: number; databasePath: string }): AnalysisPool {
  const slots: Slot[] = []
  const queue: Pending[] = []
  let nextBatch = 1
  let closed = false

  const spawn = (): Slot => {
    const worker = new Worker(options.script)
    const slot: Slot = {
      worker,
      running: 0,
      posted: [],
      exited: false,
      ready: new Promise((ready, fail) => {
        const onMessage = (message: FromWorker) => {
          if (message.type === 'ready') {
            worker.off('message', onMessage)
            ready()
          } else if (message.type === 'fatal') fail(new Error(message.error))
        }
        worker.on('message', onMessage)
        worker.once('error', fail)
        worker.once('exit', (code) => fail(new Error(`the worker stopped (code ${code}) before it was ready`)))
      })
    }
    // A worker that never gets a batch (the job was smaller than the pool, or the pool closed while it
    // started) has nobody waiting on its start: its failure is not an error of anyone's.
    slot.ready.catch(() => undefined)
    // An idle worker that dies (terminated, out of memory) is replaced at once; a busy one is handled by its batch.
    worker.once('exit', () => {
      slot.exited = true
      if (!closed && slot.running === 0 && slots.includes(slot)) replace(slot)
    })
    worker.postMessage({ type: 'init', databasePath: options.databasePath } satisfies ToWorker)
    return slot
  }

  const replace = (slot: Slot) => {
    const index = slots.indexOf(slot)
    void slot.worker.terminate()
    if (index >= 0 && !closed) slots[index] = spawn()
  }

  /** Sends a batch to a slot whose `running` already counts it. */
  const runOn = (slot: Slot, pending: Pending) => {
    const batch = nextBatch++
    let settled = false
    const finish = () => {
      settled = true
      clearTimeout(timer)
      slot.worker.off('message', onMessage)
      slot.worker.off('exit', onExit)
      slot.worker.off('error', onError)
      slot.running--
    }
    const retry = (reason: string) => {
      if (settled) return
      // Only the batch the worker was working on can have caused its end; one waiting behind it is
      // sent again as it was, or an innocent article could be split off and failed.
      const wasWorkedOn = slot.posted[0] === batch
      finish()
      replace(slot)
      if (closed) {
        pending.reject(new Error('the analysis pool was closed'))
      } else if (!wasWorkedOn) {
        queue.unshift(pending)
      } else if (pending.attempts === 0) {
        queue.unshift({ ...pending, attempts: 1 })
      } else if (pending.articles.length > 1) {
        // Split the batch so a single poisonous article cannot take the others down with it.
        const outcomes: BatchOutcome[] = []
        let remaining = pending.articles.length
        for (const article of pending.articles) {
          queue.unshift({
            articles: [article],
            attempts: 1,
            resolve: (outcome) => {
              outcomes.push(outcome)
              if (--remaining === 0) pending.resolve({ results: outcomes.flatMap((o) => o.results), failures: outcomes.flatMap((o) => o.failures) })
            },
            reject: pending.reject
          })
        }
      } else {
        const article = pending.articles[0] as ArticleToAnalyze
        pending.resolve({ results: [], failures: [{ articleId: article.id, error: `the analysis worker stopped on this article (${reason})` }] })
      }
      pump()
    }
    const onMessage = (message: FromWorker) => {
      if (message.type === 'result' && message.batch === batch) {
        slot.posted.splice(slot.posted.indexOf(batch), 1)
        finish()
        pending.resolve({ results: message.results, failures: message.failures })
        pump()
      } else if (message.type === 'fatal') retry(message.error)
    }
    const onExit = (code: number) => retry(`worker exited with code ${code}`)
    const onError = (error: Error) => retry(error.message)
    const timer = setTimeout(() => retry(`no answer in ${BATCH_TIMEOUT_MS / 1000} s`), BATCH_TIMEOUT_MS)
    slot.worker.on('message', onMessage)
    slot.worker.once('exit', onExit)
    slot.worker.once('error', onError)
    // The thread may have ended between being picked and being ready (terminated, crashed on start).
    if (slot.exited) {
      retry('worker exited before the batch was sent')
      return
    }
    slot.worker.postMessage({ type: 'analyze', batch, articles: pending.articles } satisfies ToWorker)
    slot.posted.push(batch)
  }

  // Every worker gets a batch before any gets a second, so work spreads across the pool.
  const pump = () => {
    for (let depth = 1; depth <= BATCHES_PER_WORKER; depth++) {
      for (const slot of slots) {
        if (queue.length === 0) return
        if (slot.running < depth) dispatch(slot, queue.shift() as Pending)
      }
    }
  }

  const dispatch = (slot: Slot, pending: Pending) => {
    slot.running++
    slot.ready.then(
      () => runOn(slot, pending),
      (error: Error) => {
        slot.running--
        if (closed || pending.attempts >= 2) {
          pending.reject(new Error(`an analysis worker could not start: ${error.message}`))
          return
        }
        // Killed or crashed while starting: a fresh worker takes the batch.
        if (slots.includes(slot)) replace(slot)
        queue.unshift({ ...pending, attempts: pending.attempts + 1 })
        pump()
      }
    )
  }

  for (let index = 0; index < options.size; index++) slots.push(spawn())

  return {
    size: options.size,
    analyze: (articles) =>
      new Promise((resolveBatch, rejectBatch) => {
        if (closed) {
          rejectBatch(new Error('the analysis pool was closed'))
          return
        }
        queue.push({ articles, attempts: 0, resolve: resolveBatch, reject: rejectBatch })
        pump()
      }),
    terminateWorkers: async () => {
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    },
    close: async () => {
      closed = true
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    }
  }
}

/**
 * The same interface on the current thread, for tests run from source and for installs whose bundled
 * worker is missing. It yields between articles so the process stays responsive.
 */
export function createInlinePool(analyze: (article: ArticleToAnalyze) => ArticleAnalysisResult): AnalysisPool {
  return {
    size: 1,
    analyze: async (articles) => {
      const outcome: BatchOutcome = { results: [], failures: [] }
      for (const article of articles) {
        try {
          outcome.results.push(analyze(article))
        } catch (error) {
          outcome.failures.push({ articleId: article.id, error: (error as Error).message })
        }
        await new Promise((resolveYield) => setImmediate(resolveYield))
      }
      return outcome
    },
    terminateWorkers: async () => undefined,
    close: async () => undefined
  }
}
