import { z } from 'zod'
import { readResourceJson } from './resource-file'

/** The word lists of resources/gazetteer/name-rules.json and given-names.json, as lower-case sets. */
export interface NameRules {
  organisationSuffixes: Set<string>
  organisationHeads: Set<string>
  placeSuffixes: Set<string>
  placePrefixes: Set<string>
  placeHeads: Set<string>
  honorifics: Set<string>
  /** Titles by their words, longest first, so "prime minister" wins over "minister". */
  titles: string[][]
  titleSet: Set<string>
  personRoles: Set<string>
  organisationNouns: Set<string>
  /** Nouns right after a name that make it an organisation's: "the Al-Noor mosque", "a Bybit spokesman". */
  organisationFollowers: Set<string>
  /** Words that, after a place's name, make a public body rather than a company: "Marrowby Borough Council". */
  publicBodyWords: Set<string>
  placeNouns: Set<string>
  /** Nouns that make the name after "of" a place: "the people of Hollin Cross", "the outskirts of Kyiv". */
  placeOfNouns: Set<string>
  placePrepositions: Set<string>
  /** Nouns before "in" that take an organisation, not a place: "shares in Castellan Home". */
  placeHintBlockers: Set<string>
  placeHyphenMarkers: Set<string>
  otherHyphenMarkers: Set<string>
  nameParticles: Set<string>
  notNames: Set<string>
  givenNames: Set<string>
}

const words = z.array(z.string().min(1))

const rulesSchema = z.object({
  description: z.string(),
  organisationSuffixes: words,
  organisationHeads: words,
  placeSuffixes: words,
  placePrefixes: words,
  placeHeads: words,
  honorifics: words,
  titles: words,
  personRoles: words,
  organisationNouns: words,
  organisationFollowers: words,
  publicBodyWords: words,
  placeNouns: words,
  placeOfNouns: words,
  placePrepositions: words,
  placeHintBlockers: words,
  hyphenMarkers: z.object({ place: words, none: words }),
  nameParticles: words,
  notNames: words
})

const givenNamesSchema = z.object({ description: z.string(), names: words })

const lower = (list: string[]): Set<string> => new Set(list.map((word) => word.toLowerCase()))

export function loadNameRules(): NameRules {
  const rules = readResourceJson('gazetteer/name-rules.json', rulesSchema)
  const given = readResourceJson('gazetteer/given-names.json', givenNamesSchema)
  const titleSet = lower([...rules.titles, ...rules.honorifics])
  const titles = [...titleSet].map((title) => title.split(' ')).sort((a, b) => b.length - a.length)
  return {
    organisationSuffixes: lower(rules.organisationSuffixes),
    organisationHeads: lower(rules.organisationHeads),
    placeSuffixes: lower(rules.placeSuffixes),
    placePrefixes: lower(rules.placePrefixes),
    placeHeads: lower(rules.placeHeads),
    honorifics: lower(rules.honorifics),
    titles,
    titleSet,
    personRoles: lower(rules.personRoles),
    organisationNouns: lower(rules.organisationNouns),
    organisationFollowers: lower(rules.organisationFollowers),
    publicBodyWords: lower(rules.publicBodyWords),
    placeNouns: lower(rules.placeNouns),
    placeOfNouns: lower(rules.placeOfNouns),
    placePrepositions: lower(rules.placePrepositions),
    placeHintBlockers: lower(rules.placeHintBlockers),
    placeHyphenMarkers: lower(rules.hyphenMarkers.place),
    otherHyphenMarkers: lower(rules.hyphenMarkers.none),
    nameParticles: lower(rules.nameParticles),
    notNames: lower(rules.notNames),
    givenNames: lower(given.names)
  }
}
