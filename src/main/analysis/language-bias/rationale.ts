/**
 * The short paragraph that explains a language-bias score by naming its strongest evidence, so a
 * coder can check it against the text rather than trust a number.
 */
import type { ArticleStats } from './article-level'
import type { LexiconCategory } from './lexicon-schema'
import type { TermMatch } from './match-terms'
import { SCORING_PARAMETERS } from './scoring-parameters'

export const CODEBOOK_LANGUAGE: Record<number, string> = {
  1: 'neutral wording throughout',
  2: 'a few loaded or emotive terms',
  3: 'repeated loaded, emotive or intensified wording',
  4: 'loaded wording dominates the tone',
  5: 'inflammatory or derogatory language'
}

interface Found {
  term: string
  neutral: string | null
  strength: number
}

/** The entries of some categories, strongest first (weight x occurrences, quoted ones reduced as in the score). */
function strongest(matches: readonly TermMatch[], categories: readonly LexiconCategory[], limit: number): Found[] {
  const byTerm = new Map<string, Found>()
  for (const match of matches) {
    if (!categories.includes(match.entry.category)) continue
    const key = match.text.toLowerCase()
    const found = byTerm.get(key) ?? { term: match.text, neutral: match.entry.neutral[0] ?? null, strength: 0 }
    found.strength += match.entry.weight * (match.quoted ? SCORING_PARAMETERS.quoteFactor : 1)
    byTerm.set(key, found)
  }
  return [...byTerm.values()].sort((a, b) => b.strength - a.strength).slice(0, limit)
}

function quoteTerm(found: Found, withNeutral: boolean): string {
  return withNeutral && found.neutral ? `"${found.term}" (neutral: "${found.neutral}")` : `"${found.term}"`
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export function languageRationale(level: number, stats: ArticleStats, matches: readonly TermMatch[]): string {
  const parts: string[] = []
  const own = matches.filter((match) => !match.quoted)
  const loaded = strongest(own, ['derogatory', 'loaded', 'emotive'], 4)
  const labels = strongest(own, ['label'], 3)
  const intensifiers = strongest(matches, ['intensifier'], 3)
  const hedges = strongest(matches, ['hedge', 'weasel'], 3)
  const of = `${stats.loadedSentences} of ${stats.sentences} sentence${stats.sentences === 1 ? '' : 's'}`

  if (loaded.length > 0) {
    parts.push(`Loaded terms such as ${list(loaded.map((found) => quoteTerm(found, true)))} appear in ${of}.`)
  } else if (labels.length === 0) {
    const quotedOnly = strongest(matches, ['derogatory', 'loaded', 'emotive', 'label'], 3)
    const where = quotedOnly.length > 0 ? 'outside quotations ' : ''
    parts.push(`No loaded, emotive or derogatory terms were found ${where}in the ${plural(stats.sentences, 'sentence', 'sentences')} (${stats.words} words).`)
    if (quotedOnly.length > 0) parts.push(`Quoted sources use ${list(quotedOnly.map((found) => quoteTerm(found, true)))}.`)
  }
  if (labels.length > 0) parts.push(`${loaded.length > 0 ? 'Labels' : `Labels appear in ${of}`} ${loaded.length > 0 ? 'include' : 'such as'} ${list(labels.map((found) => quoteTerm(found, true)))}.`)
  if (stats.derogatory > 0) parts.push(`${plural(stats.derogatory, 'derogatory term stands', 'derogatory terms stand')} outside quotations.`)
  if (intensifiers.length > 0) parts.push(`Intensifiers: ${list(intensifiers.map((found) => quoteTerm(found, false)))}.`)
  if (hedges.length > 0) parts.push(`Hedges and weasel words, which weigh little: ${list(hedges.map((found) => quoteTerm(found, false)))}.`)
  const quoted = matches.filter((match) => match.quoted && match.entry.category !== 'hedge' && match.entry.category !== 'weasel').length
  const share = `${Math.round(SCORING_PARAMETERS.quoteFactor * 100)}%`
  if (quoted > 0) parts.push(`${plural(quoted, 'term sits', 'terms sit')} inside quotations and count${quoted === 1 ? 's' : ''} at ${share} of ${quoted === 1 ? 'its' : 'their'} weight, as the source's words rather than the outlet's.`)
  parts.push(
    `${stats.flagged} of ${stats.sentences} sentence${stats.sentences === 1 ? ' is' : 's are'} flagged as loaded; loaded wording weighs ${stats.density.toFixed(1)} per 100 words. ` +
      `Score ${level}: ${CODEBOOK_LANGUAGE[level] ?? ''}.`
  )
  return parts.join(' ')
}
