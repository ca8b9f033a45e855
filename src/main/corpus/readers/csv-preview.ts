import { parse } from 'csv-parse/sync'

import { suggestMapping } from './csv-columns'
import { detectDelimiter } from './csv-delimiter'
import { csvContent, csvFileStart } from './csv-input'
import type { ReaderInput } from './reader-input'

export interface CsvPreview {
  columns: string[]
  rows: string[][]
  suggestedMapping: Record<string, string>
  delimiter: string
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '')
}

/** The header, the first rows and a suggested mapping, from the first 64 KB only, for a mapping dialog. */
export function previewCsv(input: ReaderInput, rows = 5): CsvPreview {
  const start = typeof input === 'string' ? csvFileStart(input) : csvContent(input.fileName, input.text)
  // The last line of a cut sample is probably incomplete.
  const sample = start.truncated && start.sample.includes('\n') ? start.sample.slice(0, start.sample.lastIndexOf('\n')) : start.sample
  const delimiter = detectDelimiter(sample, start.fileName)
  const parsed = parse(sample, {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    to: rows + 50
  }) as string[][]
  const [header = [], ...body] = parsed.filter((row) => !isBlank(row))
  const columns = header.map((column) => column.trim())
  return { columns, rows: body.slice(0, rows), suggestedMapping: suggestMapping(columns), delimiter }
}
