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
