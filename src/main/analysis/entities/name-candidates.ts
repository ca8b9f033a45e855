import type { Token } from '../text/tokenize'
import type { Gazetteer } from './gazetteer'
import { isCapitalsOnly } from './name-keys'
import type { NameRules } from './name-rules'
import type { NameRun, NameWord } from './name-runs'
import { isAdjectiveWord, isCommonPlural, isCommonWord, isGivenName, isKnownName } from './word-classes'

/** One mention of a possible entity: a run, or the part of a run left after removing a title. */
export interface NameCandidate {
  words: NameWord[]
  start: number
  end: number
  /** The name as written, white space folded. */
  text: string
  run: NameRun
  /** A title or honorific stood in the run before the name ("Ms Ortiz", "Health Secretary Daniel Whitcombe"). */
  titled: boolean
}

export interface CandidateContext {
  text: string
  tokens: Token[]
  rules: NameRules
  gazetteer: Gazetteer
  /** Lower-cased words the text uses as a name, or as the first or last word of one, mid-sentence. */
  namesInside: Set<string>
}

const REPORTING_VERBS = new Set(['say', 'tell', 'add', 'warn', 'announce', 'claim', 'deny', 'confirm', 'report', 'state', 'argue', 'write'])

function candidate(context: CandidateContext, run: NameRun, words: NameWord[], titled = false): NameCandidate {
  const first = words[0] as NameWord
  const last = words[words.length - 1] as NameWord
  const text = context.text.slice(first.start, last.end).replace(/\s+/g, ' ')
  return { words, start: first.start, end: last.end, text, run, titled }
}

/** Connectors and non-names (months, weekdays, units) trimmed from both ends. */
function trim(words: NameWord[], rules: NameRules): NameWord[] {
  let from = 0
  let to = words.length
  const skip = (word: NameWord | undefined): boolean => !word || word.connector || rules.notNames.has(word.lower) || rules.notNames.has(word.lower.replace(/\.$/, ''))
  while (from < to && skip(words[from])) from++
  while (to > from && skip(words[to - 1])) to--
  return words.slice(from, to)
}

/** The mentions a run holds: none, the run itself, or a name and the place or body before its title. */
export function candidatesFromRun(context: CandidateContext, run: NameRun): NameCandidate[] {
  const { rules, gazetteer } = context
  const words = trim(run.words, rules)
  if (words.length === 0) return []
  const whole = candidate(context, run, words)
  if (gazetteer.lookup(whole.text)) return [whole]
  const titled = splitTitle(context, run, words)
  if (titled) return titled.filter((part) => keep(context, part))
  if (run.initial && words[0] === run.words[0] && !keepInitial(context, run, words)) return []
  const split = splitPlaceBeforeName(context, run, words)
  return (split ?? [whole]).filter((part) => keep(context, part))
}

/** Whether a run that opens its sentence, where capitals say nothing, is a name. */
function keepInitial(context: CandidateContext, run: NameRun, words: NameWord[]): boolean {
  const first = words[0] as NameWord
  const { rules, tokens } = context
  // Two or more capitalised words ("Lena Ortiz said", "Bank of England") are a name wherever they stand.
  if (words.length > 1) return true
  if (context.gazetteer.lookup(first.text) || isKnownName(first.text, rules)) return true
  // An acronym introduced in brackets: "(NMWU)" opens an aside but is a name.
  if (isCapitalsOnly(first.text) && tokens[run.firstToken - 1]?.value === '(') return true
  if (isCommonWord(first.text, rules)) return false
  if (context.namesInside.has(first.lower)) return true
  // An unknown word is a name when the text treats it as one: "Bybit said", "Helixdesk, a supplier".
  const next = tokens[run.endToken]
  const after = tokens[run.endToken + 1]
  if (next && REPORTING_VERBS.has(next.lemma)) return true
  return next?.value === ',' && ['a', 'an', 'the'].includes(after?.normal ?? '')
}

/**
 * "Ms Ortiz", "Health Secretary Daniel Whitcombe", "US President Donald Trump", "Headteacher Angela
 * Burke": the name after the last title is a person; what stands before the title is kept only when
 * it is itself a known name or an organisation's.
 */
function splitTitle(context: CandidateContext, run: NameRun, words: NameWord[]): NameCandidate[] | null {
  const { rules, gazetteer } = context
  let firstTitle = -1
  let titleEnd = -1
  let honorific = false
  for (let index = 0; index < words.length; index++) {
    const length = titleLength(words, index, rules)
    if (length === 0) continue
    if (firstTitle < 0) firstTitle = index
    if (rules.honorifics.has((words[index] as NameWord).lower)) honorific = true
    titleEnd = index + length
    index += length - 1
  }
  // A role noun capitalised at the front works as a title: "Fisherman Colin Rudd".
  const role = (words[0] as NameWord).lower.split('-')[0] ?? ''
  if (firstTitle < 0 && words.length > 1 && rules.personRoles.has(role) && isGivenName((words[1] as NameWord).text, rules)) {
    firstTitle = 0
    titleEnd = 1
  }
  if (firstTitle < 0) return null
  const last = (words[words.length - 1] as NameWord).lower
  const first = (words[0] as NameWord).lower
  const organisationLike = rules.organisationSuffixes.has(last) || (rules.organisationHeads.has(first) && run.joinedOf)
  // "General Motors", "Justice Department": a title word inside an organisation's name.
  if (organisationLike && !honorific) return null
  const parts: NameCandidate[] = []
  const prefix = trim(words.slice(0, firstTitle), rules)
  if (prefix.length > 0) {
    const before = candidate(context, run, prefix)
    const lastPrefix = (prefix[prefix.length - 1] as NameWord).lower
    if (gazetteer.lookup(before.text) || rules.organisationSuffixes.has(lastPrefix)) parts.push(before)
  }
  const name = trim(words.slice(titleEnd), rules)
  if (name.length > 0) parts.push(candidate(context, run, name, true))
  return parts
}

/** Words of a title starting at `index` ("prime minister", "mr", "secretary of state"), or 0. */
function titleLength(words: NameWord[], index: number, rules: NameRules): number {
  for (const title of rules.titles) {
    if (index + title.length > words.length) continue
    if (title.every((part, offset) => (words[index + offset] as NameWord).lower === part)) return title.length
  }
  return 0
}

/** "US Donald Trump", "London Sadiq Khan": a known place or body, then a given name. */
function splitPlaceBeforeName(context: CandidateContext, run: NameRun, words: NameWord[]): NameCandidate[] | null {
  if (words.length < 3) return null
  for (const size of [2, 1]) {
    const next = words[size]
    if (!next || !isGivenName(next.text, context.rules)) continue
    const before = candidate(context, run, words.slice(0, size))
    if (context.gazetteer.lookup(before.text)) return [before, candidate(context, run, words.slice(size))]
  }
  return null
}

/** The words that, alone, make nothing an entity: "Council", "Police", "State", "Minister". */
export function isGenericWord(word: string, rules: NameRules): boolean {
  return (
    rules.organisationSuffixes.has(word) ||
    rules.organisationHeads.has(word) ||
    rules.placeSuffixes.has(word) ||
    rules.placeNouns.has(word) ||
    rules.titleSet.has(word) ||
    rules.notNames.has(word)
  )
}

/** Not an entity: a nationality, a lone adjective or plural, a code, or only generic words. */
function keep(context: CandidateContext, part: NameCandidate): boolean {
  const { rules, gazetteer } = context
  if (gazetteer.lookup(part.text)) return true
  if (gazetteer.isDemonym(part.text)) return false
  const names = part.words.filter((word) => !word.connector)
  if (names.length === 0) return false
  // Units, road numbers, single letters: "35.8C", "B4172", "84 MW".
  if (names.some((word) => /\p{N}/u.test(word.text)) || (names.length === 1 && part.text.replace(/\P{L}/gu, '').length < 2)) return false
  // Capitals for emphasis: "for nearly TWO WEEKS".
  if (isCapitalsOnly(part.text) && names.every((word) => isCommonWord(word.text, rules))) return false
  if (names.length === 1 && !part.titled) {
    const word = (names[0] as NameWord).text
    if (isAdjectiveWord(word, rules) || isCommonPlural(word, rules)) return false
  }
  if (part.titled) return !names.every((word) => rules.titleSet.has(word.lower))
  return !names.every((word) => isGenericWord(word.lower, rules))
}
