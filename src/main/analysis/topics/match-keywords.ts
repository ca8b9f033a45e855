import type { Token, TokenizedText } from '../text/tokenize'
import type { Keyword, KeywordWord, Taxonomy } from './taxonomy'

const NONE: Keyword[] = []

/** How often each keyword occurs in a text; a keyword inside a longer one of the same topic is not counted again. */
export function countKeywords(tokenized: TokenizedText, taxonomy: Taxonomy): Map<Keyword, number> {
  const { tokens } = tokenized
  const initial = sentenceStarts(tokenized)
  const counts = new Map<Keyword, number>()
  // Per topic, the first token not yet inside a counted keyword.
  const coveredUntil = new Array<number>(taxonomy.topics.length).fill(0)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    const lemma = token.lemma.toLowerCase()
    const byNormal = taxonomy.byFirstWord.get(token.normal) ?? NONE
    const byLemma = lemma === token.normal ? NONE : (taxonomy.byFirstWord.get(lemma) ?? NONE)
    if (byNormal.length === 0 && byLemma.length === 0) continue
    // Each list is longest first; together they are tried longest first too.
    const candidates = byLemma.length === 0 ? byNormal : byNormal.length === 0 ? byLemma : [...new Set([...byNormal, ...byLemma])].sort((a, b) => b.words.length - a.words.length)
    for (const keyword of candidates) {
      if (index < (coveredUntil[keyword.topic] ?? 0)) continue
      if (!matchesAt(tokens, index, keyword, initial)) continue
      counts.set(keyword, (counts.get(keyword) ?? 0) + 1)
      coveredUntil[keyword.topic] = index + keyword.words.length
    }
  }
  return counts
}

function matchesAt(tokens: Token[], index: number, keyword: Keyword, initial: Set<number>): boolean {
  const sentence = tokens[index]?.sentence
  const alone = keyword.words.length === 1
  for (let offset = 0; offset < keyword.words.length; offset++) {
    const token = tokens[index + offset]
    if (!token || token.sentence !== sentence || !wordMatches(token, keyword.words[offset] as KeywordWord, alone, initial.has(index + offset))) return false
  }
  return true
}

function wordMatches(token: Token, word: KeywordWord, alone: boolean, initial: boolean): boolean {
  if (!word.forms.has(token.normal) && !word.forms.has(token.lemma.toLowerCase())) return false
  if (word.mode === 'caps') return !/\p{Ll}/u.test(token.value)
  if (word.mode === 'capital') return /^\p{Lu}/u.test(token.value)
  // A lower-case keyword alone never matches a name mid-sentence: "Bill Thackeray", "the Water for People campaign".
  if (!alone || initial || token.pos !== 'PROPN') return true
  return !(/^\p{Lu}/u.test(token.value) && /\p{Ll}/u.test(token.value))
}

/** Index of each sentence's first word, where capitals say nothing about names. */
function sentenceStarts(tokenized: TokenizedText): Set<number> {
  const starts = new Set<number>()
  for (const sentence of tokenized.sentences) {
    for (let position = sentence.firstToken; position < sentence.endToken; position++) {
      if (/[\p{L}\p{N}]/u.test(tokenized.tokens[position]?.value ?? '')) {
        starts.add(position)
        break
      }
    }
  }
  return starts
}
