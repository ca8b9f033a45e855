import type { Token, TokenizedText } from '../text/tokenize'
import type { Gazetteer } from './gazetteer'
import type { NameRules } from './name-rules'

/** One word of a name: a token, or tokens joined by hyphens ("Jin-su", "al-Qaeda", "Coca-Cola"). */
export interface NameWord {
  start: number
  end: number
  text: string
  lower: string
  /** "of", "for", "and", "&", "the" or a particle inside a longer name: never a name on its own. */
  connector: boolean
}

/** A stretch of capitalised words that may be one name, with what surrounds it. */
export interface NameRun {
  words: NameWord[]
  /** Index of the first token of the run and one past its last. */
  firstToken: number
  endToken: number
  /** The first word opens its sentence, where capitals say nothing about names. */
  initial: boolean
  /** Joined across "of"/"for" ("Bank of England"), which only organisations and places do. */
  joinedOf: boolean
  /** Followed by "-based" or "-born": the run is a place. */
  hyphenPlace: boolean
  /** "(NMWU)" right after the run: the short form the text will use later. */
  acronym: string | null
  /** The sentence is written in capitals (a tabloid headline), so its capitals say nothing. */
  shouted: boolean
}

const SKIP_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'NUM', 'SPACE', 'AUX'])
const HYPHENS = new Set(['-', '‐', '‑'])
const POSSESSIVES = new Set(["'s", '’s', "'", '’'])
/** Written tight against the next word, they open a quotation or an aside: "(Reporting by ...". */
const ATTACHED_OPENERS = new Set(['"', '“', '‘', "'", '(', '['])
/** Set off by spaces, they start a new clause: "PORT ELLERY, Jan 28 - Nurses at ...". */
const CLAUSE_BREAKS = new Set([':', ';', '-', '–', '—'])

interface Scan {
  text: string
  tokens: Token[]
  rules: NameRules
  gazetteer: Gazetteer
  /** Per token: a capitalised word that can be part of a name. */
  capital: boolean[]
  /** Per token: first word of its sentence (or of a quotation that opens it). */
  initial: boolean[]
  /** Per sentence: mostly words in capitals. */
  shouted: boolean[]
}

/** The capitalised runs of a text in order, with hyphens, particles, "of"/"and" and possessives resolved. */
export function findNameRuns(tokenized: TokenizedText, rules: NameRules, gazetteer: Gazetteer): NameRun[] {
  const scan = prepare(tokenized, rules, gazetteer)
  const runs: NameRun[] = []
  let index = 0
  while (index < scan.tokens.length) {
    const run = startsName(scan, index) ? scanRun(scan, index) : null
    if (run) {
      runs.push(run)
      index = run.endToken
    } else index++
  }
  return runs
}

function prepare(tokenized: TokenizedText, rules: NameRules, gazetteer: Gazetteer): Scan {
  const { tokens, sentences } = tokenized
  const capital = tokens.map((token) => !SKIP_POS.has(token.pos) && /^(\p{Lu}|\p{Ll}\p{Lu})/u.test(token.value) && /\p{L}/u.test(token.value))
  const initial = new Array<boolean>(tokens.length).fill(false)
  for (const sentence of sentences) {
    for (let position = sentence.firstToken; position < sentence.endToken; position++) {
      if (/[\p{L}\p{N}]/u.test(tokens[position]?.value ?? '')) {
        initial[position] = true
        break
      }
    }
  }
  // A quotation, an aside or a dateline's dash opens a clause with a capital: "Video interviews ...".
  tokens.forEach((token, position) => {
    const previous = tokens[position - 1]
    if (!previous) return
    if (ATTACHED_OPENERS.has(previous.value) && previous.end === token.start) initial[position] = true
    if (CLAUSE_BREAKS.has(previous.value) && previous.end < token.start) initial[position] = true
  })
  const shouted = sentences.map((sentence) => {
    let words = 0
    let capitals = 0
    for (let position = sentence.firstToken; position < sentence.endToken; position++) {
      const value = tokens[position]?.value ?? ''
      if (!/\p{L}\p{L}/u.test(value)) continue
      words++
      if (!/\p{Ll}/u.test(value)) capitals++
    }
    return words >= 3 && capitals / words > 0.6
  })
  return { text: tokenized.text, tokens, rules, gazetteer, capital, initial, shouted }
}

function startsName(scan: Scan, index: number): boolean {
  const token = scan.tokens[index] as Token
  // At a clause start only the tagger's proper nouns and acronyms ("(WHO)") may open a name.
  if (scan.capital[index]) return token.pos === 'PROPN' || !scan.initial[index] || /^\p{Lu}{2,}$/u.test(token.value)
  // "al-Qaeda", "el-Sisi": a lower-case particle hyphenated to a capitalised word.
  return (token.normal === 'al' || token.normal === 'el') && hyphenAt(scan, index + 1) && Boolean(scan.capital[index + 2])
}

/** A hyphen written tight between two words. */
function hyphenAt(scan: Scan, index: number): boolean {
  const hyphen = scan.tokens[index]
  const before = scan.tokens[index - 1]
  const after = scan.tokens[index + 1]
  return Boolean(hyphen && before && after && HYPHENS.has(hyphen.value) && before.end === hyphen.start && hyphen.end === after.start && /[\p{L}\p{N}]/u.test(after.value))
}

/** No line break between two tokens: a dateline or a heading is never part of the next name. */
function sameLine(scan: Scan, left: number, right: number): boolean {
  const a = scan.tokens[left]
  const b = scan.tokens[right]
  return Boolean(a && b && a.sentence === b.sentence && !scan.text.slice(a.end, b.start).includes('\n'))
}

function makeWord(scan: Scan, first: number, last: number, connector = false): NameWord {
  const start = (scan.tokens[first] as Token).start
  const end = (scan.tokens[last] as Token).end
  const text = scan.text.slice(start, end)
  return { start, end, text, lower: text.toLowerCase(), connector }
}

interface Basic {
  words: NameWord[]
  endToken: number
  hyphenPlace: boolean
}

/** Capitalised words side by side, with hyphenated parts and particles ("von der") inside. */
function scanBasic(scan: Scan, first: number): Basic {
  const words: NameWord[] = []
  let hyphenPlace = false
  let position = first
  let stopped = false
  while (!stopped) {
    const wordStart = position
    // Hyphenated parts: "Jin-su", "Hyun-Seung", "al-Qaeda"; but "Dubai-based" ends the name at Dubai.
    while (hyphenAt(scan, position + 1) && sameLine(scan, position, position + 2)) {
      const marker = (scan.tokens[position + 2] as Token).normal
      if (scan.rules.placeHyphenMarkers.has(marker)) hyphenPlace = true
      // "Frankfurt-listed", "Saudi-led": a participle makes the compound an adjective, not a name.
      const participle = /^\p{Ll}{3,}ed$/u.test(marker)
      if (scan.rules.placeHyphenMarkers.has(marker) || scan.rules.otherHyphenMarkers.has(marker) || participle) {
        stopped = true
        break
      }
      position += 2
    }
    words.push(makeWord(scan, wordStart, position))
    position++
    if (stopped) break
    if (scan.capital[position] && sameLine(scan, position - 1, position)) continue
    // "Ursula von der Leyen", "Charles de Gaulle": up to two particles before a capitalised word.
    let particles = 0
    while (particles < 2 && scan.rules.nameParticles.has(scan.tokens[position + particles]?.normal ?? '')) particles++
    if (particles > 0 && scan.capital[position + particles] && sameLine(scan, position - 1, position + particles)) {
      for (let offset = 0; offset < particles; offset++) words.push(makeWord(scan, position + offset, position + offset, true))
      position += particles
      continue
    }
    stopped = true
  }
  return { words, endToken: position, hyphenPlace }
}

function scanRun(scan: Scan, first: number): NameRun {
  const basic = scanBasic(scan, first)
  const run: NameRun = {
    words: basic.words,
    firstToken: first,
    endToken: basic.endToken,
    initial: Boolean(scan.initial[first]),
    joinedOf: false,
    hyphenPlace: basic.hyphenPlace,
    acronym: null,
    shouted: Boolean(scan.shouted[(scan.tokens[first] as Token).sentence])
  }
  while (!run.hyphenPlace && (joinPossessive(scan, run) || joinConnector(scan, run))) {
    // Keep joining: "People's Republic of China", "Department of Health and Social Care".
  }
  run.acronym = acronymAfter(scan, run.endToken)
  return run
}

const lastWord = (words: NameWord[]): NameWord => words[words.length - 1] as NameWord
const spanText = (scan: Scan, from: number, to: number): string => scan.text.slice(from, to)

/** "St Aldhelm's Hospital", "Workers' Union", "People's Republic": a possessive inside a name. */
function joinPossessive(scan: Scan, run: NameRun): boolean {
  const mark = scan.tokens[run.endToken]
  const previous = scan.tokens[run.endToken - 1]
  if (!mark || !previous || !POSSESSIVES.has(mark.value) || previous.end !== mark.start) return false
  const next = run.endToken + 1
  if (!scan.capital[next] || !sameLine(scan, run.endToken, next)) return false
  const right = scanBasic(scan, next)
  const head = right.words[0]?.lower ?? ''
  // A plural possessive ("Parents' Voice", "Workers' Union") names a body; "Korea's Lazarus Group" does not.
  const plural = mark.value === "'" || mark.value === '’'
  const isHead = right.words.length === 1 && (plural || scan.rules.organisationSuffixes.has(head) || scan.rules.placeSuffixes.has(head) || head === 'republic')
  const left = spanText(scan, run.words[0]?.start ?? 0, lastWord(run.words).end)
  if (!isHead || scan.gazetteer.lookup(left)) return false
  const possessive = makeWord(scan, run.endToken, run.endToken, true)
  lastWord(run.words).end = possessive.end
  lastWord(run.words).text += possessive.text
  lastWord(run.words).lower += possessive.lower
  run.words.push(...right.words)
  run.endToken = right.endToken
  run.hyphenPlace = right.hyphenPlace
  return true
}

/** "Bank of England", "Bosnia and Herzegovina", "Marks & Spencer"; never "China and Russia". */
function joinConnector(scan: Scan, run: NameRun): boolean {
  const connector = scan.tokens[run.endToken]
  const word = connector?.normal ?? ''
  if (!['of', 'for', 'and', '&'].includes(word)) return false
  let next = run.endToken + 1
  const withThe = (word === 'of' || word === 'for') && scan.tokens[next]?.normal === 'the'
  if (withThe) next++
  if (!scan.capital[next] || !sameLine(scan, run.endToken - 1, next)) return false
  const right = scanBasic(scan, next)
  const first = run.words[0] as NameWord
  const joined = spanText(scan, first.start, lastWord(right.words).end)
  const left = lastWord(run.words)
  const rules = scan.rules
  let join = Boolean(scan.gazetteer.lookup(joined))
  if (!join && word === '&') join = true
  if (!join && (word === 'of' || word === 'for')) {
    const titleWithOf = rules.titleSet.has(`${left.lower} ${word} ${right.words[0]?.lower ?? ''}`)
    join = titleWithOf || rules.organisationHeads.has(left.lower) || rules.placeHeads.has(left.lower)
  }
  if (!join && word === 'and') {
    const rightLast = headAfterPossessive(scan, right) ?? lastWord(right.words).lower
    const leftText = spanText(scan, first.start, left.end)
    const rightText = spanText(scan, right.words[0]?.start ?? 0, lastWord(right.words).end)
    const standalone = Boolean(scan.gazetteer.lookup(leftText) || scan.gazetteer.lookup(rightText))
    // Inside an organisation's name: "Department of Health and Social Care", "Nursing and Midwifery Council".
    join = !standalone && (run.joinedOf || (rules.organisationSuffixes.has(rightLast) && !run.words.some((part) => rules.organisationSuffixes.has(part.lower))))
  }
  if (!join) return false
  run.words.push(makeWord(scan, run.endToken, run.endToken, true))
  if (withThe) run.words.push(makeWord(scan, run.endToken + 1, run.endToken + 1, true))
  run.words.push(...right.words)
  run.endToken = right.endToken
  run.hyphenPlace = right.hyphenPlace
  if (word === 'of' || word === 'for') run.joinedOf = true
  return true
}

/** "Midwifery Workers' Union": the organisation word a possessive leads to, if any. */
function headAfterPossessive(scan: Scan, right: Basic): string | null {
  const mark = scan.tokens[right.endToken]
  const next = right.endToken + 1
  if (!mark || !POSSESSIVES.has(mark.value) || !scan.capital[next] || !sameLine(scan, right.endToken, next)) return null
  const head = scanBasic(scan, next)
  return head.words.length === 1 ? (head.words[0] as NameWord).lower : null
}

function acronymAfter(scan: Scan, index: number): string | null {
  const open = scan.tokens[index]
  const short = scan.tokens[index + 1]
  const close = scan.tokens[index + 2]
  if (open?.value !== '(' || close?.value !== ')' || !short) return null
  return /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(short.value) ? short.value : null
}
