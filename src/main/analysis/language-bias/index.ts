/**
 * Language bias: loaded, emotive and derogatory terms, labels, intensifiers, hedges and weasel words
 * found with a lexicon; a 0-1 loaded-language score and a yes/no flag per sentence; the article's
 * 1-5 codebook score with a rationale that names its evidence.
 */
import type { EvidenceSpan, ScoreWithRationale, SentenceScore } from '../analysis-types'
import type { TokenizedText } from '../text/tokenize'
import { articleStats, codebookLevel, levelConfidence } from './article-level'
import type { Lexicon } from './compile-lexicon'
import { toEvidence } from './evidence'
import { languageRationale } from './rationale'
import { sentenceFeatures, toSentenceScore } from './score-sentences'

export interface LanguageBiasResult {
  sentences: SentenceScore[]
  evidence: EvidenceSpan[]
  bias: ScoreWithRationale
}

export function analyzeLanguageBias(tokenized: TokenizedText, lexicon: Lexicon): LanguageBiasResult {
  const features = sentenceFeatures(tokenized, lexicon)
  const sentences = features.map((sentence) => toSentenceScore(sentence))
  const matches = features.flatMap((sentence) => sentence.matches)
  const stats = articleStats(features, sentences)
  const score = codebookLevel(stats)
  return {
    sentences,
    evidence: matches.map(toEvidence),
    bias: { score, rationale: languageRationale(score, stats, matches), confidence: levelConfidence(stats) }
  }
}

export { loadLexicon, mergeEntries } from './load-lexicon'
export { lexiconPath, LEXICON_FILE, shippedEntries } from './lexicon-file'
export { compileLexicon, type Lexicon } from './compile-lexicon'
export { scoreSentences, sentenceFeatures, sentenceScoreOf, type SentenceFeatures } from './score-sentences'
export { SCORING_PARAMETERS, type ScoringParameters } from './scoring-parameters'
export { validateLexiconEntries, LexiconError, LEXICON_CATEGORIES, type LexiconEntry, type LexiconEntryInput, type LexiconCategory } from './lexicon-schema'
export { parseValenceLexicon, loadValenceLexicon } from './valence'
