/**
 * Cells Excel, LibreOffice and Google Sheets would evaluate as a formula (OWASP's CSV injection list:
 * = + - @, and tab or carriage return, which some versions strip before parsing).
 */
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = { ',': /[",\r\n]/, ';': /[";\r\n]/ } as const

/**
 * One text cell of a CSV file (RFC 4180): quoted only when it holds the delimiter, a quote or a line
 * break, quotes doubled; with `escapeFormulas`, a leading formula character is neutralised with a
 * quote mark. The dataset exports and the tables saved from the views write text cells this one way.
 */
export function csvTextField(value: string, delimiter: ',' | ';', escapeFormulas: boolean): string {
  const safe = escapeFormulas && FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES[delimiter].test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
