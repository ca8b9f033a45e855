/**
 * Per-sentence loaded-language scores. A sentence's evidence is its lexicon hits (weight x category
 * factor, halved inside quotations) plus the general sentiment strength of the words the lexicon did
 * not name; the 0-1 score is 1 - exp(-evidence), which is 0 for a sentence with nothing in it, rises
 * quickly with the first loaded words and saturates, so one more insult in a tirade changes little.
 */
import type { SentenceScore } from '../analysis-types'
import type { Sentence, Token, TokenizedText } from '../text/tokenize'
import type { Lexicon } from './compile-lexicon'
import { matchTerms, type TermMatch } from './match-terms'
import { markQuoted, quotedRegions } from './quoted-regions'
import { SCORING_PARAMETERS, type ScoringParameters } from './scoring-parameters'

/** What the score of one sentence is made of; the tuning script fits the parameters on these. */
export interface SentenceFeatures {
  sentence: Sentence
  matches: TermMatch[]
  /** Lexicon evidence before the length correction. */
  lexical: number
  /** Summed |valence| / 4 of adjectives and adverbs outside lexicon matches. */
  modifierValence: number
  otherValence: number
  /** Word tokens (letters or digits). */
  words: number
}

/** Categories that make a word "loaded" for the sentence's list and the word-level evaluation. */
export const LOADED_CATEGORIES = new Set(['loaded', 'emotive', 'derogatory', 'label', 'intensifier'])

const WORDLIKE = /[\p{L}\p{N}]/u
const MODIFIERS = new Set(['ADJ', 'ADV'])

function valenceOf(token: Token, lexicon: Lexicon): number {
  const value = lexicon.valence.get(token.normal) ?? lexicon.valence.get(token.lemma) ?? 0
  return Math.min(1, Math.abs(value) / 4)
}

export function sentenceFeatures(tokenized: TokenizedText, lexicon: Lexicon, parameters: ScoringParameters = SCORING_PARAMETERS): SentenceFeatures[] {
  const quoted = markQuoted(tokenized.tokens, quotedRegions(tokenized.text))
  const matches = matchTerms(tokenized, lexicon, quoted)
  const covered = new Uint8Array(tokenized.tokens.length)
  for (const match of matches) covered.fill(1, match.firstToken, match.endToken)
  const bySentence: TermMatch[][] = tokenized.sentences.map(() => [])
  for (const match of matches) bySentence[match.sentence]?.push(match)

  // wink reports one empty sentence for an empty text; a sentence without characters has no score.
  return tokenized.sentences.filter((sentence) => sentence.end > sentence.start).map((sentence) => {
    const found = bySentence[sentence.index] ?? []
    let lexical = 0
    for (const match of found) lexical += match.entry.weight * parameters.categoryFactor[match.entry.category] * (match.quoted ? parameters.quoteFactor : 1)
    let modifierValence = 0
    let otherValence = 0
    let words = 0
    for (let position = sentence.firstToken; position < sentence.endToken; position++) {
      const token = tokenized.tokens[position] as Token
      if (!WORDLIKE.test(token.value)) continue
      words++
      // Names carry no sentiment ("Hope", "Justice"); but wink also calls a sentence's capitalised
      // first word a proper noun, and that one is an ordinary word.
      if (covered[position] === 1 || (token.pos === 'PROPN' && words > 1)) continue
      const strength = valenceOf(token, lexicon) * (quoted[position] ? parameters.quoteFactor : 1)
      if (MODIFIERS.has(token.pos)) modifierValence += strength
      else otherValence += strength
    }
    return { sentence, matches: found, lexical, modifierValence, otherValence, words }
  })
}

/** The 0-1 score of one sentence from its features. */
export function sentenceScoreOf(features: SentenceFeatures, parameters: ScoringParameters = SCORING_PARAMETERS): number {
  const evidence = features.lexical + parameters.modifierValence * features.modifierValence + parameters.otherValence * features.otherValence
  const length = Math.max(1, features.words / 25) ** parameters.lengthExponent
  return 1 - Math.exp(-evidence / length)
}

export function toSentenceScore(features: SentenceFeatures, parameters: ScoringParameters = SCORING_PARAMETERS): SentenceScore {
  const { sentence } = features
  // The flag is decided on the stored (rounded) score, so a reader never sees 0.5 unflagged at 0.5.
  const score = Math.round(sentenceScoreOf(features, parameters) * 1000) / 1000
  return {
    index: sentence.index,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    loadedTerms: features.matches.filter((match) => LOADED_CATEGORIES.has(match.entry.category)).map((match) => match.text),
    score,
    flag: score >= parameters.threshold
  }
}

export function scoreSentences(tokenized: TokenizedText, lexicon: Lexicon, parameters: ScoringParameters = SCORING_PARAMETERS): SentenceScore[] {
  return sentenceFeatures(tokenized, lexicon, parameters).map((features) => toSentenceScore(features, parameters))
}
