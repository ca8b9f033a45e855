import { csvTextField } from '../csv-field'

/** One CSV field; a number stays a number, text that would start a formula is neutralised. */
function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' ? String(value) : csvTextField(String(value), ',', true)
}

/** A table as CSV text with a header row, lines ended by CRLF, with a byte order mark so spreadsheets read UTF-8. */
export function csvText(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}

export function csvBlob(header: string[], rows: (string | number | boolean | null | undefined)[][]): Blob {
  return new Blob([csvText(header, rows)], { type: 'text/csv;charset=utf-8' })
}
