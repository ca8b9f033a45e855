import { isLexiconAdjective, isLexiconCommonWord, isLexiconGivenName, lexiconKind } from './compromise-typing'
import type { NameRules } from './name-rules'
import { vocabularyEntry } from './wink-vocabulary'

/**
 * What a single capitalised word is on its own: a known name, or an ordinary English word that a
 * sentence start, a heading or emphasis capitalised. Names win: "Lee" is a surname here even though
 * "lee" is also an English word.
 */
export function isGivenName(word: string, rules: NameRules): boolean {
  return rules.givenNames.has(word.toLowerCase()) || isLexiconGivenName(word)
}

export function isKnownName(word: string, rules: NameRules): boolean {
  return lexiconKind(word) !== null || isGivenName(word, rules)
}

/** Plain letters only: wink would split "Jin-su" or "U.S." and answer for a part. */
const PLAIN_WORD = /^\p{L}+$/u

export function isCommonWord(word: string, rules: NameRules): boolean {
  if (isKnownName(word, rules)) return false
  if (isLexiconCommonWord(word)) return true
  if (!PLAIN_WORD.test(word)) return false
  const entry = vocabularyEntry(word)
  return entry.known && entry.pos !== 'PROPN'
}

export function isAdjectiveWord(word: string, rules: NameRules): boolean {
  if (isKnownName(word, rules)) return false
  if (isLexiconAdjective(word)) return true
  if (!PLAIN_WORD.test(word)) return false
  const entry = vocabularyEntry(word)
  return entry.known && entry.pos === 'ADJ'
}

/** "Doctors", "Nurses", "Locals": a plural of an ordinary noun, never a name on its own. */
export function isCommonPlural(word: string, rules: NameRules): boolean {
  if (!/s$/i.test(word) || !isCommonWord(word, rules) || !PLAIN_WORD.test(word)) return false
  const entry = vocabularyEntry(word)
  return entry.lemma !== word.toLowerCase()
}
