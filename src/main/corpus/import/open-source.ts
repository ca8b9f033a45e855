import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { readCsv } from '../readers/csv-reader'
import { decodeText } from '../readers/decode-text'
import { detectFormat } from '../readers/detect-format'
import { readFeed } from '../readers/feed-reader'
import { readHtmlPage } from '../readers/html-page-reader'
import { UnreadableFileError, type ArticleFields, type ConcreteImportFormat, type RecordSource } from '../readers/record-source'
import { readRecordsFromFile, readRecordsFromText } from '../readers/structured-readers'
import { readTextFile } from '../readers/text-reader'
import { parseReport } from '../report/parse-report'
import { createFetchQueue, type FetchQueue } from '../web/fetch-queue'
import { fetchResource, FetchError } from '../web/fetch-resource'
import type { ImportInput, ImportOptions } from './import-inputs'
import type { PageFetcher, SourceOpener } from './run-import'

/** Enough of a file to tell its format and encoding without reading it whole. */
const SAMPLE_BYTES = 64 * 1024

function readSample(path: string): Uint8Array {
  let descriptor: number
  try {
    descriptor = openSync(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UnreadableFileError(code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (error as Error).message)
  }
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES)
    const length = readSync(descriptor, buffer, 0, SAMPLE_BYTES, 0)
    return buffer.subarray(0, length)
  } finally {
    closeSync(descriptor)
  }
}

async function readWhole(input: Extract<ImportInput, { kind: 'path' }>): Promise<string> {
  if (statSync(input.path).size === 0) throw new UnreadableFileError('empty file')
  return decodeText(await readFile(input.path), input.path)
}

function single(format: ConcreteImportFormat, totalBytes: number, record: RecordSource['records']): RecordSource {
  return { format, totalBytes, bytesRead: () => totalBytes, records: record }
}

async function* one(value: unknown): AsyncIterable<{ record: number; value: unknown }> {
  yield { record: 1, value }
}

async function* failed(error: string): AsyncIterable<{ record: number; error: string }> {
  yield { record: 1, error }
}

function reportSource(text: string): RecordSource {
  const parsed = parseReport(text)
  return single('report', text.length, parsed.ok ? one(parsed.report) : failed(`not a complete analysis report: ${parsed.reason}`))
}

function unknownFormat(fileName: string): UnreadableFileError {
  const extension = extname(fileName) || basename(fileName)
  return new UnreadableFileError(
    `"${extension}" is not a format Slant reads; use JSONL, JSON, CSV, saved web pages (.html), text or Markdown, RSS or Atom feeds, or analysis reports`
  )
}

/** Opens a local file or uploaded content in the format asked for, or the one its name and content show. */
async function openFile(input: Exclude<ImportInput, { kind: 'url' }>, options: ImportOptions): Promise<RecordSource> {
  const fileName = input.kind === 'path' ? input.path : input.fileName
  let format: ConcreteImportFormat | null = options.format && options.format !== 'auto' ? options.format : null
  if (!format) {
    const sample = input.kind === 'path' ? readSample(input.path) : null
    if (sample && sample.length === 0) throw new UnreadableFileError('empty file')
    if (input.kind === 'content' && input.content.trim() === '') throw new UnreadableFileError('empty file')
    const sampleText = sample ? decodeText(sample, fileName) : input.kind === 'content' ? input.content.slice(0, SAMPLE_BYTES) : ''
    format = detectFormat(fileName, sampleText)
    if (!format) throw unknownFormat(fileName)
  }
  if (format === 'jsonl' || format === 'json') {
    return input.kind === 'path' ? readRecordsFromFile(input.path, format === 'json' ? 'records.json' : 'records.jsonl') : readRecordsFromText(input.fileName, input.content)
  }
  if (format === 'csv') return readCsv(input.kind === 'path' ? input.path : { fileName: input.fileName, text: input.content }, { mapping: options.mapping })
  // Pages and text files read from disk go by path, so a page's declared charset and the size and binary checks apply.
  if (format === 'html') return readHtmlPage(input.kind === 'path' ? input.path : { fileName, text: input.content })
  if (format === 'txt') return readTextFile(input.kind === 'path' ? input.path : { fileName, text: input.content })
  const text = input.kind === 'path' ? await readWhole(input) : input.content
  if (format === 'rss') return readFeed(text, fileName)
  return reportSource(text)
}

/** A URL is a feed or a page, as its content type (or content) says. */
async function openUrl(url: string, queue: FetchQueue, signal: AbortSignal): Promise<RecordSource> {
  let resource
  try {
    resource = await queue.run(url, () => fetchResource(url, { accept: 'any', signal }), { signal })
  } catch (error) {
    // The report names the URL as the source; the reason alone avoids saying it twice.
    throw new UnreadableFileError(error instanceof FetchError ? error.reason : (error as Error).message)
  }
  const head = resource.text.slice(0, 2048).toLowerCase()
  const isFeed = /(rss|atom)\+xml|\/xml/.test(resource.contentType) || (/<rss[\s>]|<feed[\s>]/.test(head) && !/<html[\s>]/.test(head))
  if (isFeed) return readFeed(resource.text, resource.url)
  if (resource.contentType && !/html/.test(resource.contentType)) {
    throw new UnreadableFileError(`not a web page or a feed (content type ${resource.contentType})`)
  }
  const page = await readHtmlPage({ fileName: resource.url, text: resource.text })
  // The address the reader asked for is the article's URL; a page's canonical link wins when it has one.
  return {
    ...page,
    records: (async function* () {
      for await (const record of page.records) {
        yield record.value && typeof record.value === 'object' ? { ...record, value: { url: resource.url, ...(record.value as ArticleFields) } } : record
      }
    })()
  }
}

export interface ImportSources {
  openSource: SourceOpener
  fetchPage: PageFetcher
}

/** The real sources: local files and uploads, and the web through one polite fetch queue. */
export function createImportSources(): ImportSources {
  const queue = createFetchQueue({ concurrency: 4, perHostDelayMs: 250 })
  return {
    openSource: (input, options, signal) => (input.kind === 'url' ? openUrl(input.url, queue, signal) : openFile(input, options)),
    fetchPage: async (url, signal) => {
      let resource
      try {
        resource = await queue.run(url, () => fetchResource(url, { accept: 'html', signal }), { signal })
      } catch (error) {
        // The import report puts the URL in front; the reason alone avoids saying it twice.
        throw new Error(error instanceof FetchError ? error.reason : (error as Error).message, { cause: error })
      }
      const page = await readHtmlPage({ fileName: resource.url, text: resource.text })
      for await (const record of page.records) {
        if (record.error !== undefined) throw new Error(record.error)
        return record.value as ArticleFields
      }
      throw new Error('the page has no readable text')
    }
  }
}
