import type { CoverageCell, Passage } from '../../../shared/story-rows'
import type { ArticleFacts } from '../omission/article-facts'

/**
 * Where an article carries a name, figure or voice, by the same rules find-omissions.ts uses to say
 * it does not: a name whole or (a person) by surname, a figure by its normalised value, a voice
 * quoted or given in reported speech. Each answer is the passage, so a click can jump to it.
 */

function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/u)
  return words[words.length - 1] ?? ''
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/** Offsets in the lower-cased text match the stored text only when lower-casing kept every length. */
function sameLength(facts: ArticleFacts, text: string): boolean {
  return facts.searchText.length === text.length
}

/** Mentioned, with the passage when its offsets are known (a name found in the entity list without an offset has none). */
export function locateName(facts: ArticleFacts, text: string, key: string, kind: string): CoverageCell {
  const entity = facts.names.find((name) => name.key === key)
  if (entity && entity.start !== null) return { mentioned: true, passage: { start: entity.start, end: entity.start + entity.display.length } }
  const aligned = sameLength(facts, text)
  const whole = facts.searchText.indexOf(key)
  if (whole >= 0) return { mentioned: true, passage: aligned ? { start: whole, end: whole + key.length } : null }
  if (entity) return { mentioned: true, passage: null }
  const surname = lastWord(key)
  if (kind !== 'person' || surname.length < 3) return { mentioned: false, passage: null }
  const match = new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'u').exec(facts.searchText)
  if (!match) return { mentioned: false, passage: null }
  return { mentioned: true, passage: aligned ? { start: match.index, end: match.index + surname.length } : null }
}

export function locateFigure(facts: ArticleFacts, value: string): Passage | null {
  const figure = facts.figures.find((candidate) => candidate.value === value)
  return figure ? { start: figure.start, end: figure.end } : null
}

const REPORTED_SPEECH = /\b(?:said|says|told|tells|according to|argued|argues|warned|warns|stated|added|insisted|insists)\b/u

/** Sentences with their offsets: split after . ! or ? (and a closing quote) followed by white space. */
export function sentencesOf(text: string): Passage[] {
  const sentences: Passage[] = []
  const boundary = /[.!?]["”’)]?\s+|\n\s*\n/gu
  let start = 0
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length
    if (end > start && text.slice(start, end).trim()) sentences.push({ start, end })
    start = match.index + match[0].length
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ start, end: text.trimEnd().length })
  return sentences
}

/** The article quotes the speaker (by name or surname), or reports what they said; the passage either way. */
export function locateVoice(facts: ArticleFacts, text: string, key: string): Passage | null {
  const surname = lastWord(key)
  const quote = facts.voices.find((voice) => voice.key === key || (surname.length >= 3 && lastWord(voice.key) === surname))
  if (quote) return { start: quote.start, end: quote.end }
  if (surname.length < 3 || !sameLength(facts, text)) return null
  const pattern = new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'u')
  for (const sentence of sentencesOf(facts.searchText)) {
    const words = facts.searchText.slice(sentence.start, sentence.end)
    if (pattern.test(words) && REPORTED_SPEECH.test(words)) return sentence
  }
  return null
}

const STOP_WORDS = new Set(
  'the and for that with from this have has had was were are its their they them then than been being which who whom what when where while would could should will shall into onto over under about after before said says also more most some such only other each per cent percent'.split(' ')
)

/** The words a claim is recognised by: figures and content words of three or more letters. */
export function claimWords(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(/\d[\d,.]*%?|\p{L}[\p{L}'’-]{2,}/gu) ?? []
  return new Set(words.map((word) => word.replace(/[,.]$/u, '')).filter((word) => !STOP_WORDS.has(word)))
}

/** Share of the claim's words a sentence must hold to say the same thing, and the fewest words that can. */
const CLAIM_OVERLAP = 0.5
const CLAIM_MINIMUM_WORDS = 3

/** The sentence of the article that says most of what the claim says, or null. */
export function locateClaim(text: string, sentences: Passage[], words: Set<string>): Passage | null {
  let best: Passage | null = null
  let bestShare = 0
  for (const sentence of sentences) {
    const own = claimWords(text.slice(sentence.start, sentence.end))
    let shared = 0
    for (const word of words) if (own.has(word)) shared++
    const share = words.size === 0 ? 0 : shared / words.size
    if (shared >= CLAIM_MINIMUM_WORDS && share >= CLAIM_OVERLAP && share > bestShare) {
      best = sentence
      bestShare = share
    }
  }
  return best
}
