/**
 * The shipped lexicon (resources/lexicons/loaded-language.json) plus the researcher's own terms.
 * Resources are read-only in an installed app, so user terms live in the corpus database and arrive
 * here as `extra` entries; an extra entry with the same term as a shipped one replaces it (the
 * researcher's judgement of a word wins over ours, e.g. a lower weight or another neutral).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findResourcesDirectory } from '../../resources/resources-directory'
import { compileLexicon, type Lexicon } from './compile-lexicon'
import { LexiconError, termKey, validateLexiconEntries, type LexiconEntry, type LexiconEntryInput } from './lexicon-schema'
import { loadValenceLexicon } from './valence'

export const LEXICON_FILE = join('lexicons', 'loaded-language.json')

let shipped: LexiconEntry[] | null = null
let shippedLexicon: Lexicon | null = null

export function lexiconPath(): string {
  const resources = findResourcesDirectory()
  if (!resources) throw new LexiconError('loaded-language lexicon', ['resources/ was not found beside this installation (set SLANT_RESOURCES_DIR)'])
  return join(resources, LEXICON_FILE)
}

/** The shipped entries, validated once per process. */
export function shippedEntries(): LexiconEntry[] {
  if (shipped) return shipped
  const path = lexiconPath()
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new LexiconError(path, [`cannot read it as JSON: ${(error as Error).message}`])
  }
  shipped = validateLexiconEntries(data, path)
  return shipped
}

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
