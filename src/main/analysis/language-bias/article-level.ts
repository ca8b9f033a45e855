/**
 * The article's language-bias score on the codebook's 1-5 scale, from how much loaded wording it has
 * and how it is spread: a few loaded words (2), repeated ones (3), loaded wording in a large share of
 * the sentences (4), derogatory language (5). Hits inside quotations count at the reduced weight the
 * sentence score gives them. The cut-offs were set by reading the codebook against the sample
 * corpus's designed scores (resources/sample-corpus/annotations.json), not fitted to BABE.
 */
import type { SentenceScore } from '../analysis-types'
import { SCORING_PARAMETERS } from './scoring-parameters'
import { LOADED_CATEGORIES, type SentenceFeatures } from './score-sentences'

export interface ArticleStats {
  sentences: number
  words: number
  /** Sentences whose score reached the flag threshold. */
  flagged: number
  /** Sentences with at least one unquoted loaded, emotive, derogatory or label term. */
  loadedSentences: number
  /** Lexicon weight of loaded wording (incl. intensifiers) per 100 words, quoted hits at the reduced quote weight. */
  density: number
  /** Loaded, emotive, derogatory and label terms outside quotations, each occurrence counted. */
  loadedHits: number
  /** Distinct loaded, emotive, derogatory and label entries used outside quotations. */
  distinctLoaded: number
  /** Derogatory terms outside quotations. */
  derogatory: number
}

const TONE = new Set(['loaded', 'emotive', 'derogatory', 'label'])

export function articleStats(features: readonly SentenceFeatures[], sentences: readonly SentenceScore[]): ArticleStats {
  let words = 0
  let weight = 0
  let derogatory = 0
  let loadedSentences = 0
  let loadedHits = 0
  const distinct = new Set<string>()
  for (const sentence of features) {
    words += sentence.words
    let hasLoaded = false
    for (const match of sentence.matches) {
      const { category } = match.entry
      if (!LOADED_CATEGORIES.has(category)) continue
      weight += match.entry.weight * (match.quoted ? SCORING_PARAMETERS.quoteFactor : 1)
      if (match.quoted || !TONE.has(category)) continue
      hasLoaded = true
      loadedHits++
      distinct.add(match.entry.term)
      if (category === 'derogatory') derogatory++
    }
    if (hasLoaded) loadedSentences++
  }
  return {
    sentences: features.length,
    words,
    flagged: sentences.filter((sentence) => sentence.flag).length,
    loadedSentences,
    loadedHits,
    density: words === 0 ? 0 : (100 * weight) / words,
    distinctLoaded: distinct.size,
    derogatory
  }
}

/**
 * A lexicon finds only part of an article's loaded wording (about four in five of the terms the
 * sample corpus marks), so the cut-offs sit lower than a reader's impression: loaded terms in a
 * quarter of the sentences already read as "dominating the tone". Minimum counts keep a short text
 * with one or two loaded words from jumping to the top of the scale on its shares alone.
 */
export function codebookLevel(stats: ArticleStats): number {
  const share = stats.sentences === 0 ? 0 : stats.loadedSentences / stats.sentences
  const dominant = stats.loadedHits >= 3 && (share >= 0.25 || stats.density >= 1.5)
  if (stats.derogatory >= 2 || (stats.derogatory >= 1 && dominant)) return 5
  if (dominant) return 4
  if (stats.loadedHits >= 2 && (share >= 0.12 || stats.density >= 0.5 || stats.distinctLoaded >= 4)) return 3
  if (stats.loadedHits >= 1 || stats.density >= 0.3) return 2
  return 1
}

/**
 * 0-1. Short texts give few chances for wording to show, so confidence grows with the number of
 * sentences; a score that would change if the counts moved by a fifth sits on a boundary and is
 * marked less sure. It never reaches 1: a lexicon cannot see sarcasm, context or what is left out.
 */
export function levelConfidence(stats: ArticleStats): number {
  const level = codebookLevel(stats)
  const scaled = (factor: number, round: (value: number) => number): ArticleStats => ({
    ...stats,
    density: stats.density * factor,
    loadedSentences: round(stats.loadedSentences * factor),
    loadedHits: round(stats.loadedHits * factor),
    distinctLoaded: round(stats.distinctLoaded * factor)
  })
  const lower = codebookLevel(scaled(0.8, Math.floor))
  const higher = codebookLevel(scaled(1.2, Math.ceil))
  const length = 1 - Math.exp(-stats.sentences / 6)
  const stable = lower === level && higher === level ? 1 : 0.8
  return Math.round(Math.min(0.9, Math.max(0.1, (0.25 + 0.6 * length) * stable)) * 100) / 100
}
