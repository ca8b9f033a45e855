import { z } from 'zod'
import type { EntityFinding } from '../analysis-types'
import { exactKey, foldedKey, isCapitalsOnly } from './name-keys'
import { readResourceJson } from './resource-file'

export type EntityKind = EntityFinding['kind']

export interface GazetteerEntry {
  /** The canonical name every alias is reported under. */
  name: string
  kind: EntityKind
}

export interface Gazetteer {
  /** The entry a name or alias stands for. Capitals-only aliases match only in capitals. */
  lookup(text: string): GazetteerEntry | undefined
  /** "North Korean", "Americans": adjectives and nationalities, never entities themselves. */
  isDemonym(text: string): boolean
  /** Every key, for the data checks in the tests. */
  keys(): string[]
}

/** Files listed in load order: an alias claimed by an earlier file keeps its first meaning. */
export const GAZETTEER_FILES = [
  'countries.json',
  'places.json',
  'international-organisations.json',
  'government-bodies.json',
  'news-organisations.json',
  'companies.json'
] as const

const fileSchema = z.object({
  kind: z.enum(['person', 'organisation', 'place']),
  description: z.string(),
  entries: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).optional(),
      demonyms: z.array(z.string().min(1)).optional()
    })
  )
})

export function loadGazetteer(): Gazetteer {
  const exact = new Map<string, GazetteerEntry>()
  const folded = new Map<string, GazetteerEntry>()
  const demonyms = new Set<string>()
  const add = (text: string, entry: GazetteerEntry): void => {
    // Capitals-only forms ("US", "WHO") collide with words ("us", "who"), so they match exactly.
    if (isCapitalsOnly(text)) {
      if (!exact.has(exactKey(text))) exact.set(exactKey(text), entry)
    } else if (!folded.has(foldedKey(text))) folded.set(foldedKey(text), entry)
  }
  for (const file of GAZETTEER_FILES) {
    const data = readResourceJson(`gazetteer/${file}`, fileSchema)
    for (const item of data.entries) {
      const entry: GazetteerEntry = { name: item.name, kind: data.kind }
      add(item.name, entry)
      for (const alias of item.aliases ?? []) add(alias, entry)
      for (const demonym of item.demonyms ?? []) demonyms.add(foldedKey(demonym))
    }
  }
  return {
    lookup(text) {
      const found = exact.get(exactKey(text))
      if (found) return found
      // A capitals-only word is looked up folded only when it is long enough not to be an acronym
      // ("SEOUL" in a dateline is Seoul; "IS" is never "Is").
      if (isCapitalsOnly(text) && text.replace(/[^\p{L}]/gu, '').length <= 3) return undefined
      return folded.get(foldedKey(text))
    },
    isDemonym(text) {
      const key = foldedKey(text)
      if (demonyms.has(key)) return true
      // Plurals: "Americans", "Israelis", "Britons".
      return key.endsWith('s') && demonyms.has(key.slice(0, -1))
    },
    keys() {
      return [...exact.keys(), ...folded.keys()]
    }
  }
}
