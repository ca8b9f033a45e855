import { loadLanguageBiasEngine } from './language-bias-engine.ts'
import { seededRandom } from './seeded-random.ts'

export interface SentenceScore {
  biased: boolean
  /** Higher means more biased; scorers keep it in [0, 1] so thresholds can be compared across them. */
  score: number
  /** Words of the sentence the scorer holds responsible, as they appear in it. */
  flaggedWords: string[]
}

export interface SentenceScorer {
  name: string
  /** One line on what it does, printed with its results. */
  description?: string
  score(sentence: string): SentenceScore
}

/** What a scorer may know about the data it is evaluated on: only aggregate facts, never the labels of a sentence. */
export interface ScorerContext {
  /** Share of "Biased" among the sentences that have a label. */
  biasedRate: number
}

export type ScorerFactory = (context: ScorerContext) => SentenceScorer

const registry: ScorerFactory[] = []

/** Scorers are created afresh for each evaluation, so a stateful one (the random baseline) always starts over. */
export function registerScorer(factory: ScorerFactory): void {
  registry.push(factory)
}

export function createScorers(context: ScorerContext): SentenceScorer[] {
  return registry.map((factory) => factory(context))
}

/** The floor any real scorer has to clear: the label most sentences have, every time. */
registerScorer(({ biasedRate }) => {
  const biased = biasedRate > 0.5
  return {
    name: 'majority-class',
    description: `always ${biased ? 'Biased' : 'Non-biased'}, the majority label`,
    score: () => ({ biased, score: biased ? 1 : 0, flaggedWords: [] })
  }
})

/** Chance with the right base rate: what a scorer that has learned nothing about the text achieves. */
registerScorer(({ biasedRate }) => {
  const next = seededRandom(1)
  return {
    name: 'random (seed 1)',
    description: `Biased with probability ${biasedRate.toFixed(3)}, the data's base rate`,
    score: () => {
      const draw = next()
      return { biased: draw < biasedRate, score: 1 - draw, flaggedWords: [] }
    }
  }
})

/**
 * The language-bias engine itself, as the app runs it: tokenize, then score each sentence against the
 * shipped lexicon. wink sometimes splits a BABE sentence in two; the row then takes its most loaded
 * part (highest score, flagged if any part is) and every loaded term found in it.
 */
const languageBias = await loadLanguageBiasEngine()
registerScorer(() => {
  const lexicon = languageBias.loadLexicon()
  const { threshold } = languageBias.SCORING_PARAMETERS
  return {
    name: 'language-bias',
    description: `lexicon of ${lexicon.entries.length} terms (fingerprint ${lexicon.fingerprint}) + VADER word strength; flag at score >= ${threshold}`,
    score: (sentence) => {
      const scored = languageBias.scoreSentences(languageBias.tokenize(sentence), lexicon)
      return {
        biased: scored.some((part) => part.flag),
        score: Math.max(0, ...scored.map((part) => part.score)),
        flaggedWords: scored.flatMap((part) => part.loadedTerms)
      }
    }
  }
})
