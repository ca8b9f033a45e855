import { resolveColumns, rowFields, type ArticleField } from './csv-columns'
import { detectDelimiter } from './csv-delimiter'
import { csvContent, csvFile, type CsvText } from './csv-input'
import { csvRows, spanLabel, type CsvRow } from './csv-rows'
import type { ReaderInput } from './reader-input'
import { UnreadableFileError, type RawRecord, type RecordSource } from './record-source'

export { previewCsv, type CsvPreview } from './csv-preview'

export interface CsvOptions {
  /** Design field -> CSV column, as in `--map text=body,title=headline`; other fields map by column name. */
  mapping?: Record<string, string>
  /** One of , ; tab |; detected from the first lines when not given. */
  delimiter?: string
}

type ParsedRow = Extract<CsvRow, { fields: string[] }>

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '')
}

function raggedError(row: ParsedRow, expected: number): string {
  const got = row.fields.length
  const hint = got > expected ? 'a field with an unquoted delimiter?' : 'a missing field, or a line break inside an unquoted field?'
  return `${spanLabel(row.line, row.endLine)}: ${got} fields where the header has ${expected} (${hint})`
}

function chooseDelimiter(text: CsvText, options: CsvOptions): string {
  const delimiter = options.delimiter ?? detectDelimiter(text.sample, text.fileName)
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new UnreadableFileError(`"${delimiter}" cannot separate CSV fields; use , ; tab or |`)
  }
  return delimiter
}

/** The first row with anything in it; the rows iterator then continues after it. */
async function readHeader(rows: AsyncIterator<CsvRow>): Promise<ParsedRow> {
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    if (next.value.error !== undefined) throw new UnreadableFileError(`the header row could not be read (${next.value.error})`)
    if (!isBlank(next.value.fields)) return next.value
  }
  throw new UnreadableFileError('empty file: a CSV needs a header row')
}

/**
 * Articles from a CSV with a header row (a path is streamed, never loaded whole). Each record is
 * numbered by the line it starts on; a row that cannot be read (ragged, an unclosed quote) is an
 * error on that line and the rest goes on. A header without a text column fails the whole file.
 */
export async function readCsv(input: ReaderInput, options: CsvOptions = {}): Promise<RecordSource> {
  const text = typeof input === 'string' ? await csvFile(input) : csvContent(input.fileName, input.text)
  const rows = csvRows(text.open, chooseDelimiter(text, options))[Symbol.asyncIterator]()
  let columns: string[]
  let mapping: Map<ArticleField, number>
  try {
    columns = (await readHeader(rows)).fields.map((column) => column.trim())
    mapping = resolveColumns(columns, options.mapping)
  } catch (error) {
    await rows.return?.()
    throw error
  }
  async function* records(): AsyncIterable<RawRecord> {
    try {
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        const row = next.value
        if (row.error !== undefined) yield { record: row.line, error: row.error }
        else if (isBlank(row.fields)) continue
        else if (row.fields.length !== columns.length) yield { record: row.line, error: raggedError(row, columns.length) }
        else yield { record: row.line, value: rowFields(row.fields, mapping) }
      }
    } finally {
      await rows.return?.()
    }
  }
  return { format: 'csv', totalBytes: text.totalBytes, bytesRead: text.bytesRead, records: records() }
}
