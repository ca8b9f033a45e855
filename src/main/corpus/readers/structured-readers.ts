import { createReadStream, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { createInterface } from 'node:readline'

import { UnreadableFileError, type RawRecord, type RecordSource } from './record-source'

type ArticleFileFormat = 'jsonl' | 'json'

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.jsonlines'])

export function formatForFileName(fileName: string): ArticleFileFormat | null {
  const extension = extname(fileName).toLowerCase()
  if (JSONL_EXTENSIONS.has(extension)) return 'jsonl'
  if (extension === '.json') return 'json'
  return null
}

function parseLine(line: string, record: number): RawRecord {
  try {
    return { record, value: JSON.parse(line) }
  } catch (error) {
    return { record, error: `not valid JSON (${(error as Error).message})` }
  }
}

function jsonArrayRecords(text: string): RawRecord[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new UnreadableFileError(`not valid JSON (${(error as Error).message})`)
  }
  if (Array.isArray(parsed)) return parsed.map((value, index) => ({ record: index + 1, value }))
  if (typeof parsed === 'object' && parsed !== null) return [{ record: 1, value: parsed }]
  throw new UnreadableFileError('a JSON file must hold an array of article objects or one article object')
}

async function* fromArray(records: RawRecord[]): AsyncIterable<RawRecord> {
  yield* records
}

/** Streams a JSONL file line by line, so a file of any size is read in constant memory. */
export function readRecordsFromFile(path: string, fileName = path): Promise<RecordSource> {
  const format = formatForFileName(fileName)
  if (!format) {
    return Promise.reject(
      new UnreadableFileError(`"${extname(fileName) || fileName}" is not a format Slant reads here; use .jsonl (one JSON article per line) or .json (an array of articles)`)
    )
  }
  let totalBytes: number
  try {
    const stats = statSync(path)
    if (!stats.isFile()) return Promise.reject(new UnreadableFileError('not a file'))
    totalBytes = stats.size
  } catch (error) {
    return Promise.reject(new UnreadableFileError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message))
  }
  if (format === 'json') {
    return readFile(path, 'utf8').then((text) => {
      const records = jsonArrayRecords(text)
      return { format, totalBytes, bytesRead: () => totalBytes, records: fromArray(records) }
    })
  }
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })
  async function* lines(): AsyncIterable<RawRecord> {
    const reader = createInterface({ input: stream, crlfDelay: Infinity })
    let lineNumber = 0
    try {
      for await (const line of reader) {
        lineNumber++
        if (line.trim() === '') continue
        yield parseLine(line, lineNumber)
      }
    } catch (error) {
      throw new UnreadableFileError(`reading stopped at line ${lineNumber + 1}: ${(error as Error).message}`)
    } finally {
      reader.close()
      stream.destroy()
    }
  }
  return Promise.resolve({ format, totalBytes, bytesRead: () => stream.bytesRead, records: lines() })
}

/** Records from content already in memory (a browser upload). A leading "[" means a JSON array. */
export function readRecordsFromText(fileName: string, text: string): RecordSource {
  const totalBytes = text.length
  const format: ArticleFileFormat = formatForFileName(fileName) ?? (text.trimStart().startsWith('[') ? 'json' : 'jsonl')
  if (format === 'json' || text.trimStart().startsWith('[')) {
    const records = jsonArrayRecords(text)
    return { format: 'json', totalBytes, bytesRead: () => totalBytes, records: fromArray(records) }
  }
  let position = 0
  async function* lines(): AsyncIterable<RawRecord> {
    let lineNumber = 0
    while (position < text.length) {
      let end = text.indexOf('\n', position)
      if (end === -1) end = text.length
      const line = text.slice(position, end).replace(/\r$/, '')
      position = end + 1
      lineNumber++
      if (line.trim() === '') continue
      yield parseLine(line, lineNumber)
    }
  }
  return { format, totalBytes, bytesRead: () => Math.min(position, totalBytes), records: lines() }
}
