import type { Token } from '../text/tokenize'

/**
 * Noun phrases around a speech verb, from tokens and their POS tags only: enough for speakers, which
 * are short ("Mayor Lena Ortiz", "a spokesperson for the Home Office", "the union's spokesperson").
 * Ranges are token indices, [from, to).
 */
export interface Phrase {
  from: number
  to: number
}

const FUNCTION_TAGS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PUNCT', 'SYM', 'SPACE', 'PART', 'INTJ', 'ADV'])
const NOUN_TAGS = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ'])
/** Prepositions that stay inside a speaker phrase: "a spokesperson for Acme", "residents of the estate". */
const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'from'])
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'one', 'another'])
/** Possessives open a phrase ("its chief executive") though the tagger calls them pronouns. */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])

function isDeterminer(token: Token | undefined): boolean {
  if (!token) return false
  if (token.pos === 'DET') return DETERMINERS.has(token.normal)
  return token.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(token.normal)
}
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i'])
const POSSESSIVE = new Set(["'s", '’s', "'", '’'])

export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.value)
}

function startsSentence(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  return !previous || previous.sentence !== tokens[index]?.sentence
}

/** A word that can sit inside a speaker phrase. Capitalised words count whatever their tag (taggers
 * miss names: "Will Smith", "Reed"), except function words and a sentence's first verb. */
export function isNounLike(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (!token) return false
  if (NOUN_TAGS.has(token.pos)) return /[\p{L}\p{N}]/u.test(token.value)
  if (!isCapitalised(token) || FUNCTION_TAGS.has(token.pos)) return false
  if (token.pos === 'AUX') return tokens[index + 1]?.pos === 'PROPN'
  return !startsSentence(tokens, index)
}

/** A hyphen written tight between two words, as in "Kowalski-Brown". */
function isTightHyphen(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  return token?.value === '-' && before?.end === token.start && after?.start === token.end
}

function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && POSSESSIVE.has(token.value)
}

export function isSubjectPronoun(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'PRON' && SUBJECT_PRONOUNS.has(token.normal)
}

/** The start of the noun phrase ending at `last`, or null when there is none; never reaches below `lo`. */
export function phraseEndingAt(tokens: Token[], last: number, lo: number): number | null {
  let start: number | null = null
  let index = last
  while (index >= lo) {
    const token = tokens[index] as Token
    if (isNounLike(tokens, index) || (start !== null && (isPossessive(token) || isTightHyphen(tokens, index)))) {
      start = index
      index--
      continue
    }
    if (start !== null && isDeterminer(token)) {
      start = index
      // "a spokesperson for the council": the determiner may belong to a prepositional tail.
      const preposition = tokens[index - 1]
      if (index - 2 >= lo && preposition && INNER_PREPOSITIONS.has(preposition.normal) && isNounLike(tokens, index - 2)) {
        index -= 2
        continue
      }
      break
    }
    if (start !== null && INNER_PREPOSITIONS.has(token.normal) && token.pos === 'ADP' && index - 1 >= lo && isNounLike(tokens, index - 1)) {
      index--
      continue
    }
    break
  }
  return start
}

/** The end (exclusive) of the noun phrase starting at `first`, or null; never reaches `hi`. */
export function phraseStartingAt(tokens: Token[], first: number, hi: number): number | null {
  let index = first
  if (index < hi && isDeterminer(tokens[index])) index++
  let end: number | null = null
  while (index < hi) {
    const token = tokens[index] as Token
    if (isNounLike(tokens, index) || (end !== null && (isPossessive(token) || isTightHyphen(tokens, index)))) {
      index++
      end = index
      continue
    }
    if (end !== null && token.pos === 'ADP' && INNER_PREPOSITIONS.has(token.normal)) {
      let next = index + 1
      if (isDeterminer(tokens[next])) next++
      if (next < hi && isNounLike(tokens, next)) {
        index = next
        continue
      }
    }
    break
  }
  return end
}

/** Where a subject phrase may begin: the frame's start, punctuation or a conjunction, not "In" London. */
function isLeftBoundary(tokens: Token[], index: number, lo: number): boolean {
  if (index < lo) return true
  const token = tokens[index] as Token
  if (token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'SCONJ' || token.pos === 'SPACE') return true
  return token.normal === 'that' || token.normal === 'but' || token.normal === 'and'
}

function hasHead(tokens: Token[], phrase: Phrase): boolean {
  for (let index = phrase.from; index < phrase.to; index++) {
    const pos = tokens[index]?.pos
    if (pos === 'NOUN' || pos === 'PROPN' || (tokens[index] && isCapitalised(tokens[index] as Token))) return true
  }
  return false
}

export interface SubjectPhrase {
  phrase: Phrase
  /** ", a resident of Elm Street," between the subject and its verb. */
  appositive: Phrase | null
}

/** Adverbs and auxiliaries between a subject and its verb: "has also said", "later told". */
function skipToSubject(tokens: Token[], verb: number, lo: number): number {
  let index = verb - 1
  while (index >= lo) {
    const token = tokens[index] as Token
    if (token.pos === 'ADV' || (token.pos === 'AUX' && !isCapitalised(token)) || token.normal === 'not') index--
    else break
  }
  return index
}

/** The subject of a speech verb, looking left, with an appositive skipped ("Tom Reed, 54, a resident, said"). */
export function subjectBefore(tokens: Token[], verb: number, lo: number): SubjectPhrase | null {
  const last = skipToSubject(tokens, verb, lo)
  if (last < lo) return null
  const token = tokens[last] as Token
  if (isSubjectPronoun(token)) return { phrase: { from: last, to: last + 1 }, appositive: null }
  if (token.value !== ',' && token.value !== ')') {
    const from = phraseEndingAt(tokens, last, lo)
    if (from === null || !isLeftBoundary(tokens, from - 1, lo)) return null
    const phrase = { from, to: last + 1 }
    return hasHead(tokens, phrase) ? { phrase, appositive: null } : null
  }
  // An appositive: find the comma that closes the subject. Prefer the farthest one after a name
  // ("Tom Reed, 54, a resident of Elm Street, said"), else the nearest with a noun before it. The
  // comma before the verb itself counts: "its chief executive, Tom Hartley, told" names Hartley there.
  let named: SubjectPhrase | null = null
  let nearest: SubjectPhrase | null = null
  for (let comma = last; comma >= Math.max(lo, last - 30); comma--) {
    const mark = tokens[comma] as Token
    if (mark.value !== ',' && mark.value !== '(') continue
    const from = phraseEndingAt(tokens, comma - 1, lo)
    if (from === null || !isLeftBoundary(tokens, from - 1, lo)) continue
    const candidate = { phrase: { from, to: comma }, appositive: comma + 1 < last ? { from: comma + 1, to: last } : null }
    if (!hasHead(tokens, candidate.phrase)) continue
    nearest ??= candidate
    if (tokens[comma - 1]?.pos === 'PROPN') named = candidate
  }
  return named ?? nearest
}

/** The subject of an inverted verb ("…," said the minister, a former nurse) or of "according to X". */
export function subjectAfter(tokens: Token[], first: number, hi: number): SubjectPhrase | null {
  if (isSubjectPronoun(tokens[first])) return { phrase: { from: first, to: first + 1 }, appositive: null }
  const to = phraseStartingAt(tokens, first, hi)
  if (to === null) return null
  const phrase = { from: first, to }
  if (!hasHead(tokens, phrase)) return null
  return { phrase, appositive: appositiveAfter(tokens, to, hi) }
}

/** ", 54, a resident of Elm Street" after a speaker: words up to the frame's end or the next verb. */
export function appositiveAfter(tokens: Token[], index: number, hi: number): Phrase | null {
  const opener = tokens[index]
  if (!opener || index >= hi || (opener.value !== ',' && opener.value !== '(')) return null
  let end = index + 1
  while (end < hi && end - index <= 20) {
    const token = tokens[end] as Token
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.value === '.' || token.value === ')') break
    end++
  }
  return end > index + 1 ? { from: index + 1, to: end } : null
}
