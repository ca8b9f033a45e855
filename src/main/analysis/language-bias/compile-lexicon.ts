/**
 * Turns validated entries into the matcher's index: every entry becomes one or more word sequences
 * (hyphenated words in each way they may be written), each word a set of accepted forms, and the
 * sequences are filed under every form of their first word, so matching an article costs one map
 * lookup per token.
 *
 * Terms are tokenized by wink exactly like article text, so both sides agree on what a word is and
 * on its normal form: wink writes "criticised" as "criticized" and "through" as "thru", splits
 * "king's" into "king" + "'s", and keeps "anti-vaxxer" whole but splits "far-right".
 */
import { createHash } from 'node:crypto'
import { tokenize, type Token } from '../text/tokenize'
import { wordForms } from './inflect'
import { termKey, type LexiconEntry } from './lexicon-schema'

/** What the matcher needs of an entry; the loaded-language lexicon and the SDG phrases both have it. */
export interface PhraseEntry {
  term: string
  weight: number
  /** Restricts a one-word term to one part of speech. */
  pos?: string | undefined
}

export interface CompiledTerm<Entry extends PhraseEntry = LexiconEntry> {
  entry: Entry
  /** Accepted lower-case forms for each word of the term, in order. */
  words: ReadonlySet<string>[]
}

/**
 * The sequences that start with one first-word form. Longer ones are filed by their second word's
 * forms too: "the" starts dozens of terms, and checking each at every "the" was most of the matching.
 */
export interface PhraseStart<Entry extends PhraseEntry = LexiconEntry> {
  single: CompiledTerm<Entry>[]
  bySecondWord: Map<string, CompiledTerm<Entry>[]>
}

/** First-word form -> the sequences that start with it. */
export type PhraseIndex<Entry extends PhraseEntry = LexiconEntry> = ReadonlyMap<string, PhraseStart<Entry>>

export interface Lexicon {
  entries: readonly LexiconEntry[]
  index: PhraseIndex
  /** Sentiment strength of general words (VADER lexicon, -4..4); empty when unavailable. */
  valence: ReadonlyMap<string, number>
  /** Short hash of the entries, for the analysis run's parameters: which lexicon scored this? */
  fingerprint: string
}

// wink's normal of a clitic depends on its context ("it's" -> "is", "let's" -> "us").
const CLITIC_S = new Set(["'s", '’s', 'is', 'us', 'has'])
const DASHES = new Set(['-', '–', '—'])

/**
 * The ways a term may be written. "far-right" can also appear as "far right"; wink splits most
 * hyphenated words into word / - / word, and the unsplit form covers the ones it keeps whole.
 */
export function termVariants(term: string): string[] {
  let variants = ['']
  for (const chunk of termKey(term).split(' ').filter(Boolean)) {
    const parts = chunk.split('-').filter(Boolean)
    const options = parts.length > 1 && /^[\p{L}'-]+$/u.test(chunk) ? [chunk, parts.join(' ')] : [chunk]
    variants = variants.flatMap((prefix) => options.map((option) => (prefix ? `${prefix} ${option}` : option)))
    if (variants.length > 8) variants = variants.slice(0, 8)
  }
  return variants
}

/**
 * A term word's accepted forms. wink's lemma is added only for regular inflections ("slammed" ->
 * "slam", "thugs" -> "thug") that share the first three letters: "worst" must not match every "bad",
 * "woke" every "wake", "stricken" every "strike", nor the adjective "worrying" every "worried".
 */
function formsOf(token: Token): ReadonlySet<string> {
  const { normal, lemma } = token
  const value = token.value.toLowerCase()
  if (DASHES.has(normal)) return DASHES
  if (CLITIC_S.has(value)) return CLITIC_S
  const regular = lemma !== normal && lemma.slice(0, 3) === normal.slice(0, 3) && /(ed|s)$/.test(normal)
  const forms = wordForms(normal, regular ? lemma : null)
  if (value !== normal) for (const form of wordForms(value)) forms.add(form)
  return forms
}

/** Every variant of every term through wink in one document, one per paragraph: ten times faster than one call each. */
function tokenizeVariants(variants: readonly string[]): Map<string, Token[]> {
  const unique = [...new Set(variants)]
  const text = unique.join('\n\n')
  const tokens = tokenize(text).tokens
  const result = new Map<string, Token[]>()
  let cursor = 0
  let start = 0
  for (const variant of unique) {
    const end = start + variant.length
    const own: Token[] = []
    while (cursor < tokens.length && (tokens[cursor] as Token).start < end) {
      const token = tokens[cursor] as Token
      if (token.start >= start && token.end > token.start && !/^\s+$/.test(token.value)) own.push(token)
      cursor++
    }
    result.set(variant, own)
    start = end + 2
  }
  return result
}

export function compileLexicon(entries: readonly LexiconEntry[], valence: ReadonlyMap<string, number> = new Map()): Lexicon {
  const index = compilePhraseIndex(entries)
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(entries.map((entry) => [termKey(entry.term), entry.category, entry.weight, entry.pos ?? ''])))
    .digest('hex')
    .slice(0, 12)
  return { entries, index, valence, fingerprint }
}

/** Files every written variant of every entry under each form of its first word. */
export function compilePhraseIndex<Entry extends PhraseEntry>(entries: readonly Entry[]): PhraseIndex<Entry> {
  const index = new Map<string, PhraseStart<Entry>>()
  const variants = entries.map((entry) => termVariants(entry.term))
  const tokenized = tokenizeVariants(variants.flat())
  entries.forEach((entry, position) => {
    const seen = new Set<string>()
    for (const variant of variants[position] ?? []) {
      const tokens = tokenized.get(variant) ?? []
      const signature = tokens.map((token) => token.normal).join(' ')
      if (tokens.length === 0 || seen.has(signature)) continue
      seen.add(signature)
      const compiled: CompiledTerm<Entry> = { entry, words: tokens.map(formsOf) }
      for (const form of compiled.words[0] ?? []) {
        let start = index.get(form)
        if (!start) index.set(form, (start = { single: [], bySecondWord: new Map() }))
        const second = compiled.words[1]
        if (!second) {
          start.single.push(compiled)
          continue
        }
        for (const secondForm of second) {
          const list = start.bySecondWord.get(secondForm)
          if (list) list.push(compiled)
          else start.bySecondWord.set(secondForm, [compiled])
        }
      }
    }
  })
  return index
}
