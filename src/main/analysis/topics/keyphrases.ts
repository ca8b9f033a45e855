import type { TokenizedText } from '../text/tokenize'
import { analysePhrases, type PhraseGram } from './phrase-candidates'

export interface Keyphrase {
  phrase: string
  /** Term frequency in the article times the term's inverse document frequency in the corpus. */
  weight: number
}

/** Where document frequencies come from: a Map, or the caller's database lookup. */
export interface DocumentFrequencies {
  get(term: string): number | undefined
}

/**
 * Smoothed inverse document frequency from the corpus: ln((1 + N) / (1 + df)) + 1. A term in every
 * document scores 1 and a term never seen scores highest; with no corpus yet (N = 0) every term
 * scores 1, so keyphrases fall back to plain term frequency.
 */
export function createIdf(documentFrequency: DocumentFrequencies, documentCount: number): (term: string) => number {
  const documents = Math.max(0, documentCount)
  return (term) => {
    const frequency = Math.min(Math.max(0, documentFrequency.get(term) ?? 0), documents)
    return Math.log((1 + documents) / (1 + frequency)) + 1
  }
}

/**
 * The distinct terms of an article, for the caller to add to the corpus document frequencies: its
 * phrase units (a word's lemma, or a whole name), not every n-gram.
 */
export function documentTerms(tokenized: TokenizedText): Set<string> {
  const terms = new Set<string>()
  for (const gram of analysePhrases(tokenized).grams) for (const unit of gram.units) terms.add(unit)
  return terms
}

/**
 * A phrase is in no more documents than its rarest unit, so that unit's IDF is a lower bound of the
 * phrase's own; with units alone counted, it stands in for it. When a rare word only ever appears in
 * one phrase ("remote" in "remote worker"), phrase and word tie and the longer phrase is shown.
 */
function phraseIdf(gram: PhraseGram, idf: (term: string) => number): number {
  let highest = 1
  for (const unit of gram.units) highest = Math.max(highest, idf(unit))
  return highest
}

interface Candidate {
  gram: PhraseGram
  words: string[]
  count: number
  score: number
}

/**
 * The article's top TF-IDF keyphrases. A phrase that contains or lies inside a better one is left
 * out ("Lazarus Group" and "Lazarus" are one keyphrase), and ties go to the longer phrase.
 */
export function keyphrases(tokenized: TokenizedText, idf: (term: string) => number, limit = 8): Keyphrase[] {
  const analysis = analysePhrases(tokenized)
  const byKey = new Map<string, Candidate>()
  for (const gram of analysis.grams) {
    const found = byKey.get(gram.key)
    if (found) found.count++
    else byKey.set(gram.key, { gram, words: [], count: 1, score: 0 })
  }
  const candidates = [...byKey.values()]
  for (const candidate of candidates) candidate.score = candidate.count * phraseIdf(candidate.gram, idf)
  candidates.sort((a, b) => b.score - a.score || b.gram.key.length - a.gram.key.length || (a.gram.key < b.gram.key ? -1 : a.gram.key > b.gram.key ? 1 : 0))
  const chosen: Candidate[] = []
  for (const candidate of candidates) {
    if (chosen.length >= limit) break
    candidate.words = candidate.gram.key.split(' ')
    if (chosen.some((other) => overlaps(other.words, candidate.words))) continue
    chosen.push(candidate)
  }
  return chosen.map((candidate) => ({ phrase: analysis.display(candidate.gram), weight: Math.round(candidate.score * 1000) / 1000 }))
}

/** One phrase lies inside the other, word for word. */
function overlaps(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  for (let start = 0; start + short.length <= long.length; start++) {
    if (short.every((word, offset) => long[start + offset] === word)) return true
  }
  return false
}
