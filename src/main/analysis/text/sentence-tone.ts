/**
 * The tone of a sentence, -1..1, from the VADER word strengths (the vader_lexicon word list, -4..4),
 * with VADER's rules for negation (a negator among the three words before flips and damps a word,
 * x -0.74) and its normalisation (sum / sqrt(sum^2 + 15)). VADER's own per-sentence analyzer does
 * more (boosters, capitals, "but") and costs about 0.25 ms a news sentence, over 10 ms an article;
 * this costs a map lookup a word.
 */
import { loadValenceLexicon } from '../language-bias/valence'
import type { Token, TokenizedText } from './tokenize'

/** The tone of a sentence by index, computed once per sentence however often asked. */
export type SentenceTone = (sentence: number) => number

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nor', 'neither', 'nobody', 'none', 'nothing', 'cannot', 'hardly'])
const NEGATION_SCALAR = -0.74
const NORMALISATION = 15

function toneOfTokens(tokens: readonly Token[], from: number, to: number): number {
  const valence = loadValenceLexicon()
  let sum = 0
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token
    let value = valence.get(token.normal) ?? valence.get(token.lemma)
    if (value === undefined) continue
    for (let back = Math.max(from, index - 3); back < index; back++) {
      if (NEGATORS.has((tokens[back] as Token).normal)) {
        value *= NEGATION_SCALAR
        break
      }
    }
    sum += value
  }
  return sum === 0 ? 0 : sum / Math.sqrt(sum * sum + NORMALISATION)
}

/** The tone of a whole short text, such as a headline. */
export function textTone(tokenized: TokenizedText): number {
  return toneOfTokens(tokenized.tokens, 0, tokenized.tokens.length)
}

/** Analyzers share one of these per article. */
export function createSentenceTone(tokenized: TokenizedText): SentenceTone {
  const known = new Map<number, number>()
  return (sentence) => {
    let value = known.get(sentence)
    if (value === undefined) {
      const span = tokenized.sentences[sentence]
      value = span ? toneOfTokens(tokenized.tokens, span.firstToken, span.endToken) : 0
      known.set(sentence, value)
    }
    return value
  }
}
