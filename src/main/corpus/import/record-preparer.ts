import { Worker } from 'node:worker_threads'
import { findWorkerScript } from '../../workers/find-worker-script'
import type { PrepareRequest, PrepareResponse } from './import-worker'
import { prepareRecord, type PreparedRecord } from './record-preparation'

/** Below this a batch is prepared on the calling thread: starting a worker would cost more than it saves. */
const WORKER_THRESHOLD = 200

interface Waiting {
  values: unknown[]
  resolve(prepared: PreparedRecord[]): void
}

/**
 * Prepares batches of records on worker threads, so a large import uses the other cores while the
 * calling thread writes; on the calling thread when the batch is small, when no worker script is
 * bundled (tests from sources), or when a worker fails, so preparing never fails for want of a thread.
 */
export class RecordPreparer {
  private workers: Worker[] = []
  private workersFailed = false
  private nextBatch = 1
  private readonly waiting = new Map<number, Waiting>()
  /** Batches each worker still owes; a worker owing none is unreferenced, so it cannot keep a finished CLI alive. */
  private readonly owed = new Map<Worker, number>()

  constructor(private readonly workerCount: number) {}

  async prepare(values: unknown[]): Promise<PreparedRecord[]> {
    const workers = values.length >= WORKER_THRESHOLD ? this.startedWorkers() : []
    if (workers.length === 0) return values.map(prepareRecord)
    const batch = this.nextBatch++
    const worker = workers[batch % workers.length] as Worker
    return new Promise((resolve) => {
      this.waiting.set(batch, { resolve, values })
      try {
        worker.postMessage({ batch, values } satisfies PrepareRequest)
        this.owed.set(worker, (this.owed.get(worker) ?? 0) + 1)
        worker.ref()
      } catch {
        // A value that cannot be copied to another thread: prepare this batch here.
        this.waiting.delete(batch)
        resolve(values.map(prepareRecord))
      }
    })
  }

  async close(): Promise<void> {
    const workers = this.workers
    this.workers = []
    this.workersFailed = true
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  private startedWorkers(): Worker[] {
    if (this.workers.length > 0 || this.workersFailed) return this.workers
    const script = findWorkerScript('import-worker')
    if (!script) {
      this.workersFailed = true
      return []
    }
    this.workers = Array.from({ length: this.workerCount }, () => this.startWorker(script))
    return this.workers
  }

  private startWorker(script: string): Worker {
    const worker = new Worker(script)
    worker.on('message', (response: PrepareResponse) => {
      const owed = (this.owed.get(worker) ?? 1) - 1
      this.owed.set(worker, owed)
      if (owed === 0) worker.unref()
      const waiting = this.waiting.get(response.batch)
      if (!waiting) return
      this.waiting.delete(response.batch)
      waiting.resolve('error' in response ? waiting.values.map(prepareRecord) : response.prepared)
    })
    // A worker that fails hands every batch still waiting back to the calling thread, and no more are sent.
    const fallBack = () => {
      this.workersFailed = true
      this.workers = []
      for (const [batch, waiting] of this.waiting) {
        this.waiting.delete(batch)
        waiting.resolve(waiting.values.map(prepareRecord))
      }
    }
    worker.on('error', fallBack)
    worker.on('exit', fallBack)
    return worker
  }
}
