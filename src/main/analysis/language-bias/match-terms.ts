/**
 * Finds lexicon terms in tokenized text: left to right, the longest term starting at each token wins
 * ("shadowy operation" over "shadowy"), and matches never overlap. A term never spans two sentences.
 */
import type { Token, TokenizedText } from '../text/tokenize'
import type { CompiledTerm, PhraseEntry, PhraseIndex } from './compile-lexicon'
import type { LexiconEntry } from './lexicon-schema'

export interface TermMatch<Entry extends PhraseEntry = LexiconEntry> {
  entry: Entry
  /** Character range of the whole term in the text, and the words as written. */
  start: number
  end: number
  text: string
  /** Token range [firstToken, endToken). */
  firstToken: number
  endToken: number
  sentence: number
  /** Inside quotation marks: the source's words, not the outlet's. */
  quoted: boolean
}

function acceptsToken(forms: ReadonlySet<string>, token: Token): boolean {
  return forms.has(token.normal) || forms.has(token.lemma)
}

/**
 * wink tags capitalised words at the start of a sentence as proper nouns ("Thugs", "Slammed"), so a
 * POS restriction lets PROPN through rather than miss them.
 */
function acceptsPos(term: CompiledTerm<PhraseEntry>, token: Token): boolean {
  const pos = term.entry.pos
  return pos === undefined || token.pos === pos || token.pos === 'PROPN'
}

function matchLength(term: CompiledTerm<PhraseEntry>, tokens: readonly Token[], first: number): number {
  const head = tokens[first] as Token
  if (!acceptsPos(term, head)) return 0
  for (let offset = 1; offset < term.words.length; offset++) {
    const token = tokens[first + offset]
    if (!token || token.sentence !== head.sentence || !acceptsToken(term.words[offset] as ReadonlySet<string>, token)) return 0
  }
  return term.words.length
}

/**
 * Longer terms win; between terms of one length, the entry written exactly as the text ("crippling"
 * over "cripple", "illegal migrants" over "illegal migrant") so its neutral alternative fits the
 * sentence, then the heavier one.
 */
function better(length: number, term: CompiledTerm<PhraseEntry>, bestLength: number, best: CompiledTerm<PhraseEntry> | null, written: () => string): boolean {
  if (length !== bestLength || best === null) return length > bestLength
  const exact = term.entry.term.toLowerCase() === written()
  const bestExact = best.entry.term.toLowerCase() === written()
  if (exact !== bestExact) return exact
  return term.entry.weight > best.entry.weight
}

export function matchTerms<Entry extends PhraseEntry = LexiconEntry>(
  tokenized: TokenizedText,
  lexicon: { index: PhraseIndex<Entry> },
  quotedTokens: readonly boolean[]
): TermMatch<Entry>[] {
  const { tokens, text } = tokenized
  const matches: TermMatch<Entry>[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index] as Token
    const byNormal = lexicon.index.get(token.normal)
    const byLemma = token.lemma !== token.normal ? lexicon.index.get(token.lemma) : undefined
    if (!byNormal && !byLemma) {
      index++
      continue
    }
    const found: { term: CompiledTerm<Entry> | null; length: number } = { term: null, length: 0 }
    const written = () => text.slice(token.start, (tokens[index + found.length - 1] as Token).end).toLowerCase()
    const consider = (terms: readonly CompiledTerm<Entry>[] | undefined) => {
      if (!terms) return
      for (const term of terms) {
        const length = matchLength(term, tokens, index)
        if (length > 0 && better(length, term, found.length, found.term, written)) {
          found.term = term
          found.length = length
        }
      }
    }
    const next = tokens[index + 1]
    // A sequence can only go on with the next token of the same sentence. A term filed under two
    // forms of its words may be tried twice; it never beats itself, so that costs nothing else.
    const continues = next !== undefined && next.sentence === token.sentence
    for (const start of [byNormal, byLemma]) {
      if (!start) continue
      consider(start.single)
      if (!continues || start.bySecondWord.size === 0) continue
      consider(start.bySecondWord.get(next.normal))
      if (next.lemma !== next.normal) consider(start.bySecondWord.get(next.lemma))
    }
    const best = found.term
    const bestLength = found.length
    if (!best) {
      index++
      continue
    }
    const last = tokens[index + bestLength - 1] as Token
    matches.push({
      entry: best.entry,
      start: token.start,
      end: last.end,
      text: text.slice(token.start, last.end),
      firstToken: index,
      endToken: index + bestLength,
      sentence: token.sentence,
      quoted: quotedTokens[index] ?? false
    })
    index += bestLength
  }
  return matches
}
