import type { Token } from '../text/tokenize'
import { FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, TITLES } from './name-lexicon'
import { isCapitalised, type Phrase, type SubjectPhrase } from './noun-phrase'
import { bare, capitalisedRuns, isQualifier, readRun } from './person-name'

export type Gender = 'f' | 'm' | null

/** One way a text refers to a speaker, before it is matched with earlier references. */
export interface SpeakerRef {
  kind: 'pronoun' | 'person' | 'nominal'
  /** Pronoun as written, the person's name without titles, or the phrase as written. */
  name: string
  /** Lower-cased name or phrase without a leading article, for matching later references. */
  key: string
  /** Last word of a person's name: "Ortiz said" refers back to Lena Ortiz. */
  surname: string | null
  /** Words that describe the speaker: titles, the phrase, the appositive. */
  cues: string
  gender: Gender
  /** Referred to as "it"/"they" rather than "he"/"she": organisations and plural groups. */
  collective: boolean
  /** "the spokesperson", "the minister": may be someone already introduced. */
  anaphoric: boolean
  /** Head noun of a nominal phrase, lower-cased. */
  head: string | null
  /** A named person or a speaker, not a capitalised run that may be a place. */
  strong: boolean
  /** A title, a first name or a gendered word shows a person, not an organisation read as a name. */
  personal: boolean
  /** The subject of its clause ("Green Party campaigners staged…"): what "they" most likely means. */
  subject: boolean
  offset: number
}

/** Heads that refer to an institution or a group even in the singular: "the council", "police". */
const COLLECTIVE_HEADS = new Set([
  'council', 'police', 'government', 'ministry', 'department', 'company', 'firm', 'bank', 'union', 'office', 'agency',
  'authority', 'group', 'party', 'board', 'committee', 'commission', 'campaign', 'charity', 'organisation',
  'organization', 'university', 'hospital', 'trust', 'school', 'court', 'army', 'team', 'club', 'report', 'study',
  'statement', 'survey', 'data', 'figures', 'family', 'administration', 'regulator', 'retailer', 'airline', 'ltd',
  'inc', 'plc', 'llc', 'corp'
])

const QUANTITIES = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'millions', 'group', 'crowd', 'number', 'majority', 'handful', 'couple', 'lot', 'lots', 'some', 'many', 'most'])

function slice(text: string, tokens: Token[], phrase: Phrase): string {
  const first = tokens[phrase.from]
  const last = tokens[phrase.to - 1]
  return first && last ? text.slice(first.start, last.end) : ''
}

function genderOf(words: string[]): Gender {
  for (const word of words) {
    if (FEMALE_WORDS.has(word) || FEMALE_NAMES.has(word)) return 'f'
    if (MALE_WORDS.has(word) || MALE_NAMES.has(word)) return 'm'
  }
  return null
}

function wordsOf(tokens: Token[], phrase: Phrase | null): string[] {
  const words: string[] = []
  if (!phrase) return words
  for (let index = phrase.from; index < phrase.to; index++) words.push(bare(tokens[index] as Token))
  return words
}

function hasCommonNoun(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token
    if (token.pos === 'NOUN' && !isCapitalised(token)) return true
  }
  return false
}

/** The person a phrase names, if any: the first person-run that is not someone's employer. */
function personIn(tokens: Token[], phrase: Phrase | null): { name: Phrase; strong: boolean } | null {
  if (!phrase) return null
  for (const run of capitalisedRuns(tokens, phrase.from, phrase.to)) {
    // "a Defra spokesperson", "a Home Office spokesperson": a name before the head noun only qualifies it.
    if (isQualifier(tokens, run) || (run.to < phrase.to && tokens[run.to]?.pos === 'NOUN' && !isCapitalised(tokens[run.to] as Token))) continue
    const read = readRun(tokens, run)
    // "Hundreds of protesters": an unknown capitalised word is not the person when a common noun heads the phrase.
    if (read.kind === 'person' && (read.strong || !hasCommonNoun(tokens, run.to, phrase.to))) return { name: read.name, strong: read.strong }
  }
  return null
}

/** The head of a nominal phrase: its last noun before any "of"/"for" tail. */
function headOf(tokens: Token[], phrase: Phrase): Token | null {
  let head: Token | null = null
  for (let index = phrase.from; index < phrase.to; index++) {
    const token = tokens[index] as Token
    // "hundreds of protesters", "a group of residents": the quantity is not the head.
    if (token.pos === 'ADP' && !(head && QUANTITIES.has(bare(head)))) break
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token
  }
  return head
}

export function pronounRef(token: Token): SpeakerRef {
  return {
    kind: 'pronoun', name: token.value, key: token.normal, surname: null, cues: '', gender: null,
    collective: token.normal === 'they' || token.normal === 'it' || token.normal === 'we', anaphoric: true, head: null,
    strong: false, personal: false, subject: true, offset: token.start
  }
}

export function personRef(text: string, tokens: Token[], name: Phrase, strong: boolean, cues: string): SpeakerRef {
  const nameText = slice(text, tokens, name)
  const words = nameText.toLowerCase().split(/\s+/u)
  const cueWords = cues.toLowerCase().split(/[^\p{L}]+/u)
  const gender = genderOf([words[0] ?? '', ...cueWords])
  return {
    kind: 'person', name: nameText, key: nameText.toLowerCase(), surname: words[words.length - 1] ?? null, cues,
    gender, collective: false, anaphoric: false, head: null, strong, personal: gender !== null || cueWords.some((word) => TITLES.has(word)),
    subject: false, offset: (tokens[name.from] as Token).start
  }
}

/** A speaker reference from the subject of a speech verb or the object of "according to". */
export function speakerRef(text: string, tokens: Token[], subject: SubjectPhrase): SpeakerRef | null {
  const { phrase, appositive } = subject
  const first = tokens[phrase.from]
  if (!first) return null
  if (phrase.to - phrase.from === 1 && first.pos === 'PRON') return pronounRef(first)
  const cues = [slice(text, tokens, phrase), appositive ? slice(text, tokens, appositive) : ''].join(' ').trim()
  // "the chief executive of Acme plc, Jane Doe, said": the name can sit in the appositive.
  const person = personIn(tokens, phrase) ?? personIn(tokens, appositive)
  if (person) return { ...personRef(text, tokens, person.name, true, cues), subject: true }
  const written = slice(text, tokens, phrase)
  // "The union's spokesperson" opens a sentence; as a speaker's name it reads "the union's spokesperson".
  const name = first.pos === 'DET' ? written.charAt(0).toLowerCase() + written.slice(1) : written
  const head = headOf(tokens, phrase)
  const words = wordsOf(tokens, phrase)
  const headWord = head ? bare(head) : (words[words.length - 1] ?? '')
  const plural = head !== null && head.pos === 'NOUN' && head.lemma !== head.normal && /s$/iu.test(head.value)
  const leading = words[0] ?? ''
  // Only a bare "the (adjective) noun" refers back; "the union's spokesperson" introduces someone.
  const anaphoric = leading === 'the' && words.every((word, index) => index === 0 || tokens[phrase.from + index]?.pos === 'ADJ' || index === words.length - 1)
  return {
    kind: 'nominal', name, key: words.filter((word, index) => index > 0 || !['a', 'an', 'the'].includes(word)).join(' '),
    surname: null, cues, gender: genderOf(words), collective: plural || COLLECTIVE_HEADS.has(headWord), anaphoric,
    head: headWord, strong: true, personal: false, subject: true, offset: first.start
  }
}
