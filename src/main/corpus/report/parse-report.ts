import { parseHeader } from './parse-header'
import { parseScores } from './parse-scores'
import { parseSdgs } from './parse-sdgs'
import { isCognitiveHeading, isSdgHeading, parseScoreLine } from './report-format'
import { reportLines } from './report-lines'
import type { ParseReportResult } from './report-types'

export { looksLikeReport } from './looks-like-report'
export type { BiasDimension, BiasScore, ParsedReport, ParseReportResult, ReportQuestion, SdgEntry } from './report-types'

/**
 * Parses an analysis report in the seed's text format (see the design's "Import formats"). Only the
 * title and the three bias scores are required; anything else that is missing or unreadable becomes a
 * warning, so one odd report still yields what it can.
 */
export function parseReport(text: string): ParseReportResult {
  const lines = reportLines(text)
  const warnings: string[] = []

  const headingAt = lines.findIndex((line) => isCognitiveHeading(line.text))
  const firstScoreAt = lines.findIndex((line) => parseScoreLine(line.text) !== null)
  if (headingAt < 0) warnings.push('"Cognitive Concepts" heading is missing')
  const scoresAt = headingAt >= 0 ? headingAt : firstScoreAt
  const headerEnd = scoresAt >= 0 ? scoresAt : lines.length

  const header = parseHeader(lines.slice(0, headerEnd), warnings)
  if (!header.ok) return header
  if (scoresAt < 0) return { ok: false, reason: 'bias scores are missing (no "N/5" lines)' }

  const sdgOffset = lines.slice(scoresAt).findIndex((line) => isSdgHeading(line.text))
  const sdgAt = sdgOffset >= 0 ? scoresAt + sdgOffset : -1
  const scoreLines = lines.slice(headingAt >= 0 ? scoresAt + 1 : scoresAt, sdgAt >= 0 ? sdgAt : lines.length)
  const scores = parseScores(scoreLines, warnings)
  if (!scores.ok) return scores

  if (sdgAt < 0) warnings.push('"Sustainable Development Goals" section is missing')
  const sdgs = sdgAt >= 0 ? parseSdgs(lines.slice(sdgAt + 1), warnings) : []

  return { ok: true, report: { ...header.header, scores: scores.scores, sdgs }, warnings }
}
