import { joinLines, type ReportLine } from './report-lines'
import type { SdgEntry } from './report-types'
import { goalNumberForName } from './sdg-goals'

const DIRECTION_SUFFIX = /(?:^|[\s(:,–—-])(positive|negative)\)?$/iu
const RELEVANCE_LINE = /^(direct|indirect)(?:\s+relevance)?:?$/iu

interface GoalHeading {
  name: string
  direction: SdgEntry['direction']
}

/**
 * "Reduced Inequality Negative". A rationale sentence can end in "positive" too, so a candidate counts
 * only when a relevance line follows it or when what precedes the direction names a known goal.
 */
function goalHeading(line: string, next: string | undefined): GoalHeading | null {
  if (line.length > 120) return null
  const match = DIRECTION_SUFFIX.exec(line)
  if (!match?.[1]) return null
  const name = line
    .slice(0, match.index)
    .replace(/[\s(:,–—-]+$/u, '')
    .trim()
  if (!name) return null
  const followedByRelevance = next !== undefined && RELEVANCE_LINE.test(next)
  if (!followedByRelevance && goalNumberForName(name) === null) return null
  return { name, direction: match[1].toLowerCase() === 'positive' ? 'positive' : 'negative' }
}

export function parseSdgs(lines: readonly ReportLine[], warnings: string[]): SdgEntry[] {
  const entries: SdgEntry[] = []
  let current: { heading: GoalHeading; relevance: SdgEntry['relevance'] | null; rationale: ReportLine[] } | null =
    null
  let straySeen = false

  const finish = (): void => {
    if (!current) return
    const { heading, relevance, rationale } = current
    current = null
    const goal = goalNumberForName(heading.name)
    if (goal === null) {
      warnings.push(`unknown Sustainable Development Goal "${heading.name}" was skipped`)
      return
    }
    if (!relevance) {
      warnings.push(`Sustainable Development Goal "${heading.name}" has no relevance line and was skipped`)
      return
    }
    const text = joinLines(rationale)
    if (!text) warnings.push(`Sustainable Development Goal "${heading.name}" has no rationale`)
    entries.push({ goal, name: heading.name, direction: heading.direction, relevance, rationale: text })
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ReportLine
    const next = lines[i + 1]?.text
    const heading = goalHeading(line.text, next)
    if (heading) {
      finish()
      const written = next === undefined ? undefined : RELEVANCE_LINE.exec(next)?.[1]?.toLowerCase()
      const relevance = written === 'direct' || written === 'indirect' ? written : null
      current = { heading, relevance, rationale: [] }
      if (relevance) i++
    } else if (current) {
      current.rationale.push(line)
    } else if (!straySeen) {
      warnings.push('unexpected text before the first Sustainable Development Goal was ignored')
      straySeen = true
    }
  }
  finish()
  return entries
}
