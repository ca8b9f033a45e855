import { once } from 'node:events'
import { createWriteStream } from 'node:fs'

/** Writes records one per line, honouring backpressure so a 200 MB file never sits in memory at once. */
export async function writeJsonl(path: string, records: Iterable<unknown>): Promise<{ records: number; bytes: number }> {
  const stream = createWriteStream(path)
  let count = 0
  let bytes = 0
  let chunk: string[] = []
  const flush = async () => {
    const text = chunk.join('')
    chunk = []
    bytes += Buffer.byteLength(text)
    if (!stream.write(text)) await once(stream, 'drain')
  }
  for (const record of records) {
    chunk.push(`${JSON.stringify(record)}\n`)
    count++
    if (chunk.length >= 1000) await flush()
  }
  await flush()
  stream.end()
  await once(stream, 'finish')
  return { records: count, bytes }
}
