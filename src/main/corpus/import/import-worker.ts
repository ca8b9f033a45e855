/**
 * The import's helper thread: validates and normalises records (text measures, content hash, main
 * text of HTML pages) and computes their MinHash signatures while the main thread writes the
 * previous batch to SQLite.
 */
import { parentPort } from 'node:worker_threads'
import { prepareRecord, type PreparedRecord } from './record-preparation'

export interface PrepareRequest {
  batch: number
  values: unknown[]
}

export type PrepareResponse = { batch: number; prepared: PreparedRecord[] } | { batch: number; error: string }

const port = parentPort
if (!port) throw new Error('import-worker must run as a worker thread')

port.on('message', (request: PrepareRequest) => {
  try {
    port.postMessage({ batch: request.batch, prepared: request.values.map(prepareRecord) } satisfies PrepareResponse)
  } catch (error) {
    port.postMessage({ batch: request.batch, error: (error as Error).message } satisfies PrepareResponse)
  }
})
