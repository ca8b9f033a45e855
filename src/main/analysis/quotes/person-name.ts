import type { Token } from '../text/tokenize'
import { CALENDAR_WORDS, FEMALE_NAMES, MALE_NAMES, ORGANISATION_WORDS, PLACE_WORDS, POST_NOMINALS, TITLES } from './name-lexicon'
import { isCapitalised, isNounLike, type Phrase } from './noun-phrase'
import { isRoleWord } from './speaker-type'

/** Lower-cased as written (wink's `normal` turns "Councillor" into "councilor"), without the dot of "Dr.". */
export function bare(token: Token): string {
  return token.value.toLowerCase().replace(/\.$/u, '')
}

function joinsRun(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  // "Kowalski-Brown": a hyphen with no space either side keeps the run going.
  return token?.value === '-' && before?.end === token.start && after?.start === token.end && isCapitalised(after)
}

/** Capitalised runs in [from, to): "Health Minister Wes Streeting", "Acme Ltd", "Elm Street". */
export function capitalisedRuns(tokens: Token[], from: number, to: number): Phrase[] {
  const runs: Phrase[] = []
  let index = from
  while (index < to) {
    const token = tokens[index] as Token
    if (!isCapitalised(token) || !isNounLike(tokens, index)) {
      index++
      continue
    }
    let end = index + 1
    while (end < to) {
      const next = tokens[end] as Token
      if (isCapitalised(next) && isNounLike(tokens, end) && next.start - (tokens[end - 1] as Token).end <= 1) end++
      else if (joinsRun(tokens, end)) end += 2
      else break
    }
    runs.push({ from: index, to: end })
    index = end
  }
  return runs
}

export type RunKind = 'person' | 'organisation' | 'place' | 'title'

export interface NamedRun {
  kind: RunKind
  /** The name without titles or letters after it. */
  name: Phrase
  /** A title or first name made it clearly a person's name, not a place we failed to recognise. */
  strong: boolean
}

function isFirstName(word: string): boolean {
  return FEMALE_NAMES.has(word) || MALE_NAMES.has(word)
}

function isAcronym(token: Token): boolean {
  return token.value.length >= 2 && /^[\p{Lu}\p{N}&]+$/u.test(token.value)
}

/** What a capitalised run names, and which of its tokens are the name proper. */
export function readRun(tokens: Token[], run: Phrase): NamedRun {
  let to = run.to
  while (to > run.from && POST_NOMINALS.has(bare(tokens[to - 1] as Token))) to--
  // Titles are stripped only where a name follows: "Mayor Lena Ortiz", but "Martin Luther King" keeps King.
  let from = run.from
  let titled = false
  for (let index = run.from; index < to - 1; index++) {
    const word = bare(tokens[index] as Token)
    if (TITLES.has(word) || (index === run.from && isRoleWord(word))) {
      from = index + 1
      titled = true
    }
  }
  // "Health Secretary", "Prime Minister" are roles; "Stephen King" starts with a first name.
  const last = tokens[to - 1]
  if (last && TITLES.has(bare(last)) && !isFirstName(bare(tokens[from] as Token))) from = to
  const name = { from, to }
  if (to <= from) return { kind: 'title', name, strong: false }
  const words: string[] = []
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token
    if (ORGANISATION_WORDS.has(bare(token)) || isAcronym(token)) return { kind: 'organisation', name: run, strong: false }
    if (token.value !== '-') words.push(bare(token))
  }
  if (words.some((word) => PLACE_WORDS.has(word)) || CALENDAR_WORDS.has(words[0] ?? '')) return { kind: 'place', name: run, strong: false }
  return { kind: 'person', name, strong: titled || words.length >= 2 || isFirstName(words[0] ?? '') }
}

/** Whether a run is someone's possession ("Acme's chief executive") or affiliation ("of Acme"). */
export function isQualifier(tokens: Token[], run: Phrase): boolean {
  const after = tokens[run.to]?.value ?? ''
  const before = tokens[run.from - 1]?.normal ?? ''
  return after === "'s" || after === '’s' || before === 'of' || before === 'for' || before === 'at' || before === 'from'
}
