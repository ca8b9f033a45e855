import { DIMENSION_LABELS, DIMENSIONS, dimensionForName, parseScoreLine } from './report-format'
import { joinLines, type ReportLine } from './report-lines'
import type { BiasDimension, BiasScore, BiasScoreValue } from './report-types'

/**
 * Reads the "Cognitive Concepts" blocks: a score line ("2/5"), the dimension it scores, then the
 * rationale up to the next score line. All three dimensions are required, and an invalid score rejects
 * the whole report rather than being clamped, since a clamped score would be compared as if real.
 */
export function parseScores(
  lines: readonly ReportLine[],
  warnings: string[]
): { ok: true; scores: BiasScore[] } | { ok: false; reason: string } {
  const found = new Map<BiasDimension, BiasScore>()
  let current: { score: BiasScore; rationale: ReportLine[] } | null = null
  let straySeen = false

  const finish = (): void => {
    if (!current) return
    current.score.rationale = joinLines(current.rationale)
    if (!current.score.rationale) warnings.push(`${current.score.dimension} rationale is missing`)
    current = null
  }

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? ''
    const scoreLine = parseScoreLine(text)
    if (!scoreLine) {
      if (current) current.rationale.push(lines[i] as ReportLine)
      else if (!straySeen) {
        warnings.push('unexpected text before the first bias score was ignored')
        straySeen = true
      }
      continue
    }
    finish()
    let dimension = scoreLine.dimension
    if (!dimension) {
      const named = dimensionForName(lines[i + 1]?.text ?? '')
      if (named) {
        dimension = named
        i++
      }
    }
    if (!dimension) {
      const next = lines[i + 1]?.text
      const what = next ? `for unknown dimension "${next.slice(0, 60)}"` : 'without a dimension'
      warnings.push(`score ${scoreLine.written} ${what} was ignored`)
      // Skip the unknown dimension's name and rationale.
      while (lines[i + 1] && !parseScoreLine(lines[i + 1]?.text ?? '')) i++
      continue
    }
    const label = `${dimension} score "${scoreLine.written}"`
    if (scoreLine.outOf !== 5) return { ok: false, reason: `${label} is not out of 5` }
    if (!Number.isInteger(scoreLine.value) || scoreLine.value < 1 || scoreLine.value > 5) {
      return { ok: false, reason: `${label} is outside 1-5` }
    }
    if (found.has(dimension)) return { ok: false, reason: `${dimension} score is given twice` }
    const score: BiasScore = { dimension, score: scoreLine.value as BiasScoreValue, rationale: '' }
    found.set(dimension, score)
    current = { score, rationale: [] }
  }
  finish()

  const missing = DIMENSIONS.filter((dimension) => !found.has(dimension))
  if (missing.length > 0) {
    const parts = missing.map((dimension) => `${dimension} score ("${DIMENSION_LABELS[dimension]}")`)
    return { ok: false, reason: `missing ${parts.join(', ')}` }
  }
  return { ok: true, scores: DIMENSIONS.map((dimension) => found.get(dimension) as BiasScore) }
}
