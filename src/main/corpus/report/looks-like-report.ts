const SCORE_LINE = /^[ \t]*[+-]?\d{1,3}(?:[.,]\d{1,3})?[ \t]*\/[ \t]*5[ \t]*\r?$/mu

const DIMENSION_LINES: readonly RegExp[] = [
  /^[ \t]*framing bias[ \t]*\r?$/imu,
  /^[ \t]*language bias[ \t]*\r?$/imu,
  /^[ \t]*bias by omission[ \t]*\r?$/imu
]

/**
 * Tells an analysis report from a plain-text article before committing to either importer: a report
 * has an "N/5" line and at least two of the dimension headings on lines of their own. Out-of-range
 * scores still count, so a broken report is rejected with a reason instead of imported as an article.
 */
export function looksLikeReport(text: string): boolean {
  if (!SCORE_LINE.test(text)) return false
  return DIMENSION_LINES.filter((pattern) => pattern.test(text)).length >= 2
}
