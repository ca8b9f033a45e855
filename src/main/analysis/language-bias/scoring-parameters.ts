/**
 * The numbers that turn matches into a sentence's 0-1 score and its yes/no flag. They were fitted on
 * the tuning part of BABE (rows with id <= 850) by eval/tune-language-bias.ts and never on the
 * held-out part, which `npm run eval` reports separately so the figure is not fitted to itself.
 * Re-run that script after a large lexicon change and copy its output here.
 */
import type { LexiconCategory } from './lexicon-schema'

export interface ScoringParameters {
  /** How much one lexicon weight point of each category adds to a sentence's evidence. */
  categoryFactor: Record<LexiconCategory, number>
  /** Multiplier for words inside quotation marks (the source's wording, not the outlet's). */
  quoteFactor: number
  /** Evidence per unit of VADER strength (|valence| / 4) of adjectives and adverbs our lexicon missed. */
  modifierValence: number
  /** The same for other words (nouns, verbs): weaker, since news about violence is not loaded wording. */
  otherValence: number
  /** Long sentences collect more hits by chance: evidence is divided by (words / 25) ^ this. */
  lengthExponent: number
  /** A sentence is flagged as loaded when its score reaches this. */
  threshold: number
}

export const SCORING_PARAMETERS: ScoringParameters = {
  categoryFactor: { loaded: 1, emotive: 1, derogatory: 0.7, label: 0.9, intensifier: 0.4, weasel: 0.4, hedge: 0.2 },
  // The tuner may not go below 0.25 here: printing a loaded quote is the outlet's choice too.
  quoteFactor: 0.25,
  modifierValence: 0.25,
  otherValence: 0,
  lengthExponent: 0.75,
  threshold: 0.46
}
