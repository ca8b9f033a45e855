import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findResourcesDirectory } from '../../resources/resources-directory'
import { LexiconError, validateLexiconEntries, type LexiconEntry } from './lexicon-schema'

export const LEXICON_FILE = join('lexicons', 'loaded-language.json')

let shipped: LexiconEntry[] | null = null

/** Where the shipped lexicon is. A module of its own, so reading the lexicon loads no analyzer. */
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

