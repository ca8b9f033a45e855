import type { EntityFinding } from '../analysis-types'
import { isFigureToken } from '../claims/figures'
import type { Token, TokenizedText } from '../text/tokenize'
import { analysePhrases } from '../topics/phrase-candidates'

/** What the story clusterer compares: see src/main/stories. */
export interface StoryFeatures {
  /**
   * The article's strongest terms by TF-IDF, with their counts in the article: [term, count]. The
   * clusterer weighs them with the corpus statistics of the moment it clusters, so an article
   * analysed before the rest of its batch is compared on the same footing as the others.
   */
  terms: [string, number][]
  /** Names of the people, organisations and places it mentions, lower-cased, most mentioned first. */
  names: string[]
  /** Figures it states, normalised ("3.1 billion", "17%", "4200"), with the first mention's span. */
  figures: [string, number, number][]
}

const TERMS_KEPT = 60
const NAMES_KEPT = 15
const FIGURES_KEPT = 20

const SCALES = new Map([
  ['thousand', 'thousand'],
  ['million', 'million'],
  ['m', 'million'],
  ['mn', 'million'],
  ['billion', 'billion'],
  ['bn', 'billion'],
  ['b', 'billion'],
  ['trillion', 'trillion'],
  ['tn', 'trillion']
])

/**
 * A figure written with digits, in one form whatever the outlet's style: "$3.1bn", "3.1 billion
 * dollars" and "3.1 billion" are "3.1 billion"; "17 per cent" and "17%" are "17%"; "4,200" is "4200".
 * Figures in words ("three") are left out: too common to tell stories apart.
 */
function readFigure(tokens: readonly Token[], index: number): { value: string; endToken: number } | null {
  const token = tokens[index] as Token
  if (!/\d/u.test(token.value) || !isFigureToken(tokens as Token[], index)) return null
  const raw = token.value.replace(/^[£$€¥]/u, '').replace(/\.$/u, '')
  const glued = /^([\d.,]+)(%|k|m|bn|tn)?$/iu.exec(raw)
  if (!glued) return null
  let number = (glued[1] as string).replace(/,/gu, '')
  if (!/^\d+(?:\.\d+)?$/u.test(number)) return null
  number = number.replace(/\.0+$/u, '')
  const suffix = glued[2]?.toLowerCase()
  if (suffix === '%') return { value: `${number}%`, endToken: index + 1 }
  if (suffix === 'k') return { value: `${number} thousand`, endToken: index + 1 }
  if (suffix) return { value: `${number} ${SCALES.get(suffix)}`, endToken: index + 1 }
  const next = tokens[index + 1]?.value.toLowerCase() ?? ''
  if (next === '%' || next === 'percent') return { value: `${number}%`, endToken: index + 2 }
  if (next === 'per' && tokens[index + 2]?.value.toLowerCase() === 'cent') return { value: `${number}%`, endToken: index + 3 }
  const scale = SCALES.get(next)
  // "m" and "b" alone are too ambiguous as words ("3 m" of rope); only glued ("3m") or spelled out.
  if (scale && next.length > 1) return { value: `${number} ${scale}`, endToken: index + 2 }
  return { value: number, endToken: index + 1 }
}

export function figuresOf(tokenized: TokenizedText): [string, number, number][] {
  const { tokens } = tokenized
  const seen = new Map<string, [string, number, number]>()
  for (let index = 0; index < tokens.length; index++) {
    const figure = readFigure(tokens, index)
    if (!figure) continue
    // Small bare numbers ("2 children", "5 years") are everywhere; they do not identify a story.
    if (/^\d$/u.test(figure.value)) continue
    if (!seen.has(figure.value)) seen.set(figure.value, [figure.value, (tokens[index] as Token).start, (tokens[figure.endToken - 1] as Token).end])
    if (seen.size >= FIGURES_KEPT) break
  }
  return [...seen.values()]
}

export function storyFeatures(tokenized: TokenizedText, entities: readonly EntityFinding[], idf: (term: string) => number): StoryFeatures {
  const counts = new Map<string, number>()
  for (const gram of analysePhrases(tokenized).grams) {
    if (gram.units.length !== 1) continue
    const unit = gram.units[0] as string
    counts.set(unit, (counts.get(unit) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] * idf(b[0]) - a[1] * idf(a[0]) || (a[0] < b[0] ? -1 : 1))
  const terms = ranked.slice(0, TERMS_KEPT)
  const names = [...entities]
    .sort((a, b) => b.mentions - a.mentions || a.firstOffset - b.firstOffset)
    .slice(0, NAMES_KEPT)
    .map((entity) => entity.name.toLowerCase())
  return { terms, names: [...new Set(names)], figures: figuresOf(tokenized) }
}
