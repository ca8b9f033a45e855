/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. */
function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/u.test(text) && typeof value !== 'number' ? `'${text}` : text
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe
}

/** A table as CSV text with a header row, lines ended by CRLF, with a byte order mark so spreadsheets read UTF-8. */
export function csvText(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}

export function csvBlob(header: string[], rows: (string | number | boolean | null | undefined)[][]): Blob {
  return new Blob([csvText(header, rows)], { type: 'text/csv;charset=utf-8' })
}
