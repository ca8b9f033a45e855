import { z } from 'zod'
import { readResourceJson } from '../entities/resource-file'
import type { Token, TokenizedText } from '../text/tokenize'

/**
 * Keyphrase candidates: noun phrases cut into n-grams of one to three units ("covert IT scheme"
 * gives "scheme", "covert scheme"...), where a run of proper nouns is one unit ("UN Security
 * Council" is never cut into "Security"). Terms are keyed by lemma ("sanctions" and "sanction" are
 * one term) and names by their lower-cased form, so the same keys can be counted across the corpus
 * for the IDF.
 */
export interface PhraseGram {
  /** The term: lemmas joined by spaces. */
  key: string
  /**
   * Its units that are not stop words ("remote", "worker"; a name is one unit). Only units are
   * counted in the corpus: counting every n-gram put about 440 mostly unique terms per article into
   * the document-frequency table, whose upkeep then cost more than the rest of the analysis.
   */
  units: string[]
  /** Its first and last token, to show it as the article wrote it. */
  firstToken: number
  lastToken: number
}

export interface PhraseAnalysis {
  grams: PhraseGram[]
  /** The gram as written (common nouns in lower case, "SEOUL" as "Seoul"). */
  display(gram: PhraseGram): string
}

interface Unit {
  key: string
  firstToken: number
  lastToken: number
  proper: boolean
  /** A noun or a name: can end a phrase. */
  head: boolean
  stop: boolean
  sentence: number
}

const MAXIMUM_UNITS = 3
const HYPHENS = new Set(['-', '‐', '‑'])

const stopWordsSchema = z.object({
  description: z.string(),
  words: z.array(z.string().min(1)),
  foreignWords: z.array(z.string().min(1)),
  evenInNames: z.array(z.string().min(1))
})

interface StopWords {
  common: Set<string>
  evenInNames: Set<string>
}

let stopWords: StopWords | null = null

function loadStopWords(): StopWords {
  if (!stopWords) {
    const data = readResourceJson('topics/keyphrase-stop-words.json', stopWordsSchema)
    const lower = (list: string[]): string[] => list.map((word) => word.toLowerCase())
    stopWords = { common: new Set([...lower(data.words), ...lower(data.foreignWords), ...lower(data.evenInNames)]), evenInNames: new Set(lower(data.evenInNames)) }
  }
  return stopWords
}

/** "NMWU", "U.S.", "G7"; longer words in capitals are emphasis ("4.7 MILLION"), not names. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]{1,5}$/u
const LETTER = /\p{L}/u

/** "SEOUL" in a dateline is shown as "Seoul"; acronyms ("NMWU") stay as they are. */
function showName(value: string): string {
  if (/\p{Ll}/u.test(value) || value.replace(/\P{L}/gu, '').length <= 4) return value
  return value.toLowerCase().replace(/(^|-)(\p{L})/gu, (_match, dash: string, letter: string) => dash + letter.toUpperCase())
}

/** Per-token facts, computed once per article. */
interface Scan {
  tokens: Token[]
  word: boolean[]
  /** A name: a proper noun the text does not merely capitalise at a sentence start, or an acronym. */
  name: boolean[]
}

function prepare(tokenized: TokenizedText): Scan {
  const { tokens } = tokenized
  const word = tokens.map((token) => LETTER.test(token.value))
  const initial = new Set<number>()
  for (const sentence of tokenized.sentences) {
    for (let position = sentence.firstToken; position < sentence.endToken; position++) {
      if (word[position]) {
        initial.add(position)
        break
      }
    }
  }
  const inside = new Set<string>()
  tokens.forEach((token, index) => {
    if (token.pos === 'PROPN' && !initial.has(index)) inside.add(token.normal)
  })
  // A sentence's first word is a name only if the text also capitalises it elsewhere: "Half a
  // century ..." is not about "Half"; "Krämer said ..." is about Krämer when Krämer recurs.
  const name = tokens.map(
    (token, index) => Boolean(word[index]) && ((token.pos === 'PROPN' && (!initial.has(index) || inside.has(token.normal))) || (token.pos !== 'PRON' && ACRONYM.test(token.value)))
  )
  return { tokens, word, name }
}

const cache = new WeakMap<TokenizedText, PhraseAnalysis>()

/** Every n-gram (one to three units) of every noun phrase, in text order; cached per tokenized text. */
export function analysePhrases(tokenized: TokenizedText): PhraseAnalysis {
  const cached = cache.get(tokenized)
  if (cached) return cached
  const scan = prepare(tokenized)
  const grams: PhraseGram[] = []
  let chunk: Unit[] = []
  const flush = (): void => {
    for (let start = 0; start < chunk.length; start++) {
      const first = chunk[start] as Unit
      if (first.stop) continue
      let key = ''
      const parts: string[] = []
      for (let size = 1; size <= MAXIMUM_UNITS && start + size <= chunk.length; size++) {
        const last = chunk[start + size - 1] as Unit
        key = size === 1 ? last.key : `${key} ${last.key}`
        if (!last.stop) parts.push(last.key)
        if (last.head && !last.stop) grams.push({ key, units: [...parts], firstToken: first.firstToken, lastToken: last.lastToken })
      }
    }
    chunk = []
  }
  for (const unit of units(scan, loadStopWords())) {
    const previous = chunk[chunk.length - 1]
    if (!unit || (previous && previous.sentence !== unit.sentence)) flush()
    if (unit && !(unit.stop && chunk.length === 0)) chunk.push(unit)
  }
  flush()
  const analysis: PhraseAnalysis = { grams, display: (gram) => display(scan, gram) }
  cache.set(tokenized, analysis)
  return analysis
}

/** The article's units in order; null where a phrase must break (punctuation, verbs, numbers...). */
function units(scan: Scan, stop: StopWords): (Unit | null)[] {
  const { tokens, word, name } = scan
  const out: (Unit | null)[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (!word[index]) {
      out.push(null)
      continue
    }
    // Hyphenated words are one unit ("cyber-attack", "Jin-su"), tagged by the first part's name-ness.
    const first = index
    let last = index
    let key = name[index] ? token.normal : token.lemma.toLowerCase()
    while (HYPHENS.has(tokens[last + 1]?.value ?? '') && word[last + 2] && tokens[last]?.end === tokens[last + 1]?.start && tokens[last + 1]?.end === tokens[last + 2]?.start) {
      last += 2
      const part = tokens[last] as Token
      key += `-${name[last] ? part.normal : part.lemma.toLowerCase()}`
    }
    index = last
    if (key.endsWith('.')) key = key.slice(0, -1)
    const headToken = tokens[last] as Token
    const proper = Boolean(name[first] || name[last])
    const pos = proper ? 'PROPN' : headToken.pos
    const isStop = proper ? stop.evenInNames.has(key) : stop.common.has(key) || key.length < 2
    const previous = out[out.length - 1]
    // Consecutive names are one name: "UN Security Council", "Julie Yoonnyung Lee".
    if (proper && !isStop && previous?.proper && !previous.stop && previous.sentence === headToken.sentence) {
      previous.key += ` ${key}`
      previous.lastToken = last
      continue
    }
    const content = pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ'
    out.push(content ? { key, firstToken: first, lastToken: last, proper, head: pos !== 'ADJ', stop: isStop, sentence: headToken.sentence } : null)
  }
  return out
}

function display(scan: Scan, gram: PhraseGram): string {
  let text = ''
  for (let index = gram.firstToken; index <= gram.lastToken; index++) {
    const token = scan.tokens[index] as Token
    if (!scan.word[index]) {
      if (HYPHENS.has(token.value)) text += '-'
      continue
    }
    const joined = text === '' || text.endsWith('-')
    text += (joined ? '' : ' ') + (scan.name[index] ? showName(token.value) : token.value.toLowerCase())
  }
  return text
}
