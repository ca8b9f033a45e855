/**
 * The shipped lexicon (resources/lexicons/loaded-language.json) plus the researcher's own terms.
 * Resources are read-only in an installed app, so user terms live in the corpus database and arrive
 * here as `extra` entries; an extra entry with the same term as a shipped one replaces it (the
 * researcher's judgement of a word wins over ours, e.g. a lower weight or another neutral).
 */
import { compileLexicon, type Lexicon } from './compile-lexicon'
import { shippedEntries } from './lexicon-file'
import { termKey, validateLexiconEntries, type LexiconEntry, type LexiconEntryInput } from './lexicon-schema'
import { loadValenceLexicon } from './valence'

let shippedLexicon: Lexicon | null = null

/** Shipped entries with the user's replacing any of the same term. */
export function mergeEntries(base: readonly LexiconEntry[], extra: readonly LexiconEntry[]): LexiconEntry[] {
  const replaced = new Set(extra.map((entry) => termKey(entry.term)))
  return [...base.filter((entry) => !replaced.has(termKey(entry.term))), ...extra]
}

/**
 * The compiled lexicon. Without extra entries the result is cached (compiling takes ~100 ms); with
 * them it is built afresh, since user terms change between runs. Bad extra entries throw a
 * LexiconError that lists each problem.
 */
export function loadLexicon(extra: readonly LexiconEntryInput[] = []): Lexicon {
  if (extra.length === 0 && shippedLexicon) return shippedLexicon
  const userEntries = validateLexiconEntries(extra, 'user terms')
  const lexicon = compileLexicon(mergeEntries(shippedEntries(), userEntries), loadValenceLexicon())
  if (extra.length === 0) shippedLexicon = lexicon
  return lexicon
}
