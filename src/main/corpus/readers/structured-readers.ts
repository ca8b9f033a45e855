import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { assertText, decodeText, detectEncoding, SNIFF_BYTES } from './decode-text'

import { UnreadableFileError, type RawRecord, type RecordSource } from './record-source'
import { decodedFileChunks } from './text-chunks'

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

function readSampleBytes(path: string): Uint8Array {
  const descriptor = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES)
    return buffer.subarray(0, readSync(descriptor, buffer, 0, SNIFF_BYTES, 0))
  } finally {
    closeSync(descriptor)
  }
}

/** Lines of decoded chunks, without their line endings, however the chunks cut them. */
async function* linesOf(chunks: AsyncIterable<string>): AsyncIterable<string> {
  let carry = ''
  for await (const chunk of chunks) {
    const parts = (carry + chunk).split('\n')
    carry = parts.pop() ?? ''
    for (const line of parts) yield line.replace(/\r$/, '')
  }
  if (carry) yield carry.replace(/\r$/, '')
}

/**
 * Streams a JSONL file line by line, so a file of any size is read in constant memory. The encoding
 * (UTF-8 with or without BOM, UTF-16, Latin-1) is taken from the file's start, as for every reader.
 */
export function readRecordsFromFile(path: string, fileName = path): Promise<RecordSource> {
  const format = formatForFileName(fileName)
  if (!format) {
    return Promise.reject(
      new UnreadableFileError(`"${extname(fileName) || fileName}" is not a format Slant reads here; use .jsonl (one JSON article per line) or .json (an array of articles)`)
    )
  }
  let totalBytes: number
  let sample: Uint8Array
  try {
    const stats = statSync(path)
    if (!stats.isFile()) return Promise.reject(new UnreadableFileError('not a file'))
    totalBytes = stats.size
    sample = readSampleBytes(path)
    assertText(sample, path)
  } catch (error) {
    if (error instanceof UnreadableFileError) return Promise.reject(error)
    return Promise.reject(new UnreadableFileError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message))
  }
  if (format === 'json') {
    return readFile(path).then((bytes) => {
      const records = jsonArrayRecords(decodeText(bytes, path))
      return { format, totalBytes, bytesRead: () => totalBytes, records: fromArray(records) }
    })
  }
  const encoding = detectEncoding(sample)
  let bytesRead = 0
  async function* lines(): AsyncIterable<RawRecord> {
    let lineNumber = 0
    try {
      for await (const line of linesOf(decodedFileChunks(path, encoding, (bytes) => (bytesRead = bytes)))) {
        lineNumber++
        if (line.trim() === '') continue
        yield parseLine(line, lineNumber)
      }
    } catch (error) {
      throw new UnreadableFileError(`reading stopped at line ${lineNumber + 1}: ${(error as Error).message}`)
    }
  }
  return Promise.resolve({ format, totalBytes, bytesRead: () => bytesRead, records: lines() })
}

/** Records from content already in memory (a browser upload). A leading "[" means a JSON array. */
export function readRecordsFromText(fileName: string, content: string): RecordSource {
  // A byte-order mark survives a browser's file.text(); it is not part of the first record.
  const text = content.replace(/^\ufeff/, '')
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
