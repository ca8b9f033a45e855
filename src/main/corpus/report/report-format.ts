import type { BiasDimension } from './report-types'

/** How each dimension is headed in a report; also used to name a missing one in messages. */
export const DIMENSION_LABELS: Readonly<Record<BiasDimension, string>> = {
  framing: 'Framing Bias',
  language: 'Language Bias',
  omission: 'Bias by Omission'
}

export const DIMENSIONS: readonly BiasDimension[] = ['framing', 'language', 'omission']

const DIMENSION_SPELLINGS: ReadonlyMap<string, BiasDimension> = new Map([
  ['framing bias', 'framing'],
  ['framing', 'framing'],
  ['language bias', 'language'],
  ['language', 'language'],
  ['biased language', 'language'],
  ['bias by omission', 'omission'],
  ['omission bias', 'omission'],
  ['omission', 'omission']
])

export function dimensionForName(text: string): BiasDimension | null {
  if (text.length > 40) return null
  const key = text.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim()
  return DIMENSION_SPELLINGS.get(key) ?? null
}

export function isCognitiveHeading(text: string): boolean {
  return /^cognitive concepts:?$/iu.test(text)
}

export function isSdgHeading(text: string): boolean {
  return /^(?:un\s+)?sustainable development goals(?:\s*\(sdgs?\))?:?$/iu.test(text)
}

/** "2/5", "2 / 5", "7/5", "2.5/5", "3/10": anything shaped like a score, valid or not. */
const SCORE_LINE = /^([+-]?\d{1,6}(?:[.,]\d{1,6})?)\s*\/\s*(\d{1,6}(?:[.,]\d{1,6})?)(?:\s+(.{1,40}))?$/u

export interface ScoreLine {
  /** As written, for messages. */
  written: string
  value: number
  outOf: number
  /** A dimension named on the same line ("2/5 Framing Bias"). */
  dimension: BiasDimension | null
}

export function parseScoreLine(text: string): ScoreLine | null {
  const match = SCORE_LINE.exec(text)
  if (!match) return null
  const [, value = '', outOf = '', rest] = match
  const dimension = rest === undefined ? null : dimensionForName(rest)
  // Trailing words that are not a dimension mean this is a sentence like "3/5 of readers agreed".
  if (rest !== undefined && dimension === null) return null
  return {
    written: `${value}/${outOf}`,
    value: Number(value.replace(',', '.')),
    outOf: Number(outOf.replace(',', '.')),
    dimension
  }
}

export function isQuestion(text: string): boolean {
  return /\?["'”’»)\]]*$/u.test(text)
}

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24})\/?$/iu

/** "bbc.com" or "https://www.BBC.co.uk/" → "bbc.co.uk"; null for anything that is not a bare host. */
export function domainOf(text: string): string | null {
  if (text.length > 260) return null
  const match = DOMAIN.exec(text)
  return match?.[1] ? match[1].toLowerCase() : null
}
