import { csvTextField } from '../../../shared/csv-field'
import type { FileOptions } from '../../../shared/export-schemas'

/** What a column holds; the codebook names it and CSV and JSONL write each kind its own way. */
export type ColumnType = 'integer' | 'number' | 'text' | 'date' | 'boolean' | 'list'

export interface DatasetColumn {
  name: string
  type: ColumnType
  meaning: string
}

/** Lists (frames, goals, cues) share one cell in CSV; JSONL keeps them as arrays. */
export const LIST_SEPARATOR = '; '

/** Turns a row's cells into one encoded line; built once per file so the per-row work is a loop. */
export type RowEncoder = (cells: readonly unknown[]) => string

export function rowEncoder(columns: readonly DatasetColumn[], options: FileOptions): RowEncoder {
  return options.format === 'jsonl' ? jsonlEncoder(columns) : csvEncoder(columns, options)
}

/** RFC 4180: fields quoted only when they hold the delimiter, a quote or a line break; lines end in CRLF. */
export function csvEncoder(columns: readonly DatasetColumn[], options: FileOptions): RowEncoder {
  const delimiter = options.delimiter
  const decimalComma = delimiter === ';'
  const escapeFormulas = options.profile === 'excel'
  const text = (value: string): string => csvTextField(value, delimiter, escapeFormulas)
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return ''
    switch (typeof value) {
      case 'number':
        if (!Number.isFinite(value)) return ''
        // Numbers stay numbers: never quoted or formula-escaped, so a -0.4 is still a number in Excel.
        return decimalComma && !Number.isInteger(value) ? String(value).replace('.', ',') : String(value)
      case 'bigint':
        return String(value)
      case 'boolean':
        return value ? 'true' : 'false'
      case 'string':
        return text(value)
      default:
        return Array.isArray(value) ? text(value.map((item) => String(item)).join(LIST_SEPARATOR)) : text(JSON.stringify(value))
    }
  }
  // Whole numbers need no checks: a per-column encoder skips the type switch for id and score columns.
  const integer = (value: unknown): string => (typeof value === 'number' && Number.isInteger(value) ? String(value) : cell(value))
  const encoders = columns.map((column) => (column.type === 'integer' ? integer : cell))
  const count = columns.length
  return (cells) => {
    let line = (encoders[0] as (value: unknown) => string)(cells[0])
    for (let index = 1; index < count; index++) line += delimiter + (encoders[index] as (value: unknown) => string)(cells[index])
    return `${line}\r\n`
  }
}

/** One JSON object per line, keys in the chosen column order; lists as arrays, missing values as null. */
export function jsonlEncoder(columns: readonly DatasetColumn[]): RowEncoder {
  const keys = columns.map((column, index) => `${index === 0 ? '{' : ','}${JSON.stringify(column.name)}:`)
  const count = columns.length
  return (cells) => {
    let line = ''
    for (let index = 0; index < count; index++) {
      const value = cells[index]
      line += keys[index] + (value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? 'null' : JSON.stringify(value))
    }
    return `${line}}\n`
  }
}

/** The header line of a CSV file (column names never start a formula, but go through the same quoting). */
export function csvHeader(columns: readonly DatasetColumn[], options: FileOptions): string {
  const header: DatasetColumn[] = columns.map((column) => ({ ...column, type: 'text' }))
  return csvEncoder(header, options)(columns.map((column) => column.name))
}
