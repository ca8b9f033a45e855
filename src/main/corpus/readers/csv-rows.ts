import { Parser, type CsvError } from 'csv-parse'

/** A parsed row with the lines it spans, or a row that could not be parsed. */
export type CsvRow = { line: number; endLine: number; fields: string[]; error?: undefined } | { line: number; error: string; fields?: undefined }

/** Text after skipping its first `skip` lines, LF line endings only. Called again to resume after a bad row. */
export type OpenCsvText = (skip: number) => AsyncIterable<string>

/**
 * An opening quote that is never closed turns the rest of the file into one field. Past this many
 * characters without a record we stop waiting for the closing quote, so memory stays bounded.
 */
const RUNAWAY_CHARACTERS = 16 * 1024 * 1024
/** Each resumption re-reads the file up to the bad row: bounded, so a hostile file cannot make that quadratic. */
const MAX_RESUMPTIONS = 20

export function spanLabel(line: number, endLine: number): string {
  return endLine > line ? `lines ${line}–${endLine}` : `line ${line}`
}

interface Run {
  rows: CsvRow[]
  /** Start line of a row whose quote never closed, when that ended the run. */
  unclosedAt: number | null
}

/**
 * Rows of a CSV with the line each starts on. csv-parse tolerates stray quotes and ragged rows;
 * a quote left open is reported on its row and reading resumes on the next line, where the rest
 * of the file is almost always fine.
 */
export async function* csvRows(open: OpenCsvText, delimiter: string): AsyncIterable<CsvRow> {
  let offset = 0
  for (let resumptions = 0; ; resumptions++) {
    const run: Run = { rows: [], unclosedAt: null }
    yield* parseRun(open(offset), delimiter, offset, run)
    if (run.unclosedAt === null) return
    const line = run.unclosedAt
    if (resumptions === MAX_RESUMPTIONS) {
      yield { line, error: `line ${line}: a quoted field starting here is never closed; too many such rows, the rest of the file was not read` }
      return
    }
    yield { line, error: `line ${line}: a quoted field starting here is never closed` }
    offset = line
  }
}

async function* parseRun(chunks: AsyncIterable<string>, delimiter: string, offset: number, run: Run): AsyncIterable<CsvRow> {
  let lastEnd = 0
  let lastEmpty = 0
  let sinceRecord = 0
  let failure: Error | null = null
  const startOfNext = (emptyLines: number) => lastEnd + 1 + (emptyLines - lastEmpty)
  const parser = new Parser({
    delimiter,
    record_delimiter: '\n',
    bom: false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[], info) => {
      run.rows.push({ line: offset + startOfNext(info.empty_lines), endLine: offset + info.lines, fields: record })
      lastEnd = info.lines
      lastEmpty = info.empty_lines
      sinceRecord = 0
      return null
    },
    on_skip: (error: CsvError | undefined) => {
      const lines = typeof error?.lines === 'number' ? error.lines : lastEnd + 1
      const emptyLines = typeof error?.empty_lines === 'number' ? error.empty_lines : lastEmpty
      const line = offset + startOfNext(emptyLines)
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') run.unclosedAt = line
      else run.rows.push({ line, error: `line ${line}: ${error?.message ?? 'could not be parsed'}` })
      lastEnd = lines
      lastEmpty = emptyLines
      return undefined
    }
  })
  parser.on('error', (error: Error) => {
    failure = error
  })
  // Nothing is pushed to the readable side (on_record keeps every row), so writes are handled
  // synchronously and the rows are in order in run.rows after each one.
  parser.resume()
  for await (const chunk of chunks) {
    const before = run.rows.length
    parser.write(chunk)
    if (run.rows.length === before) sinceRecord += chunk.length
    yield* run.rows.splice(0)
    if (failure || parser.destroyed) break
    if (sinceRecord > RUNAWAY_CHARACTERS) {
      run.unclosedAt = offset + startOfNext(parser.info.empty_lines)
      parser.destroy()
      return
    }
  }
  if (!parser.destroyed) {
    await new Promise<void>((resolve) => {
      parser.once('finish', resolve)
      parser.once('error', () => resolve())
      parser.once('close', resolve)
      parser.end()
    })
  }
  yield* run.rows.splice(0)
  if (failure) {
    const line = offset + startOfNext(lastEmpty)
    yield { line, error: `line ${line}: ${(failure as Error).message}; the rest of the file was not read` }
  }
}
