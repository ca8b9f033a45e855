import nlp from 'compromise/two'
import type { EntityKind } from './gazetteer'

/**
 * What compromise knows about names, used two ways. Its lexicon (about 25,000 words, including
 * 3,000 given names and 1,000 places) is a plain object, so looking a word up costs nothing.
 * Tagging a span costs 0.2-0.5 ms, so that is done only for spans nothing else could type, and each
 * span's answer is cached for the life of the worker. The tagger ("compromise/two") is enough: its
 * #Person, #Place and #Organization tags are what .people(), .places() and .organizations() of the
 * full build select, and reading them directly costs a third of calling those.
 */
type Lexicon = Record<string, string | string[] | undefined>

const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName'])
const PERSON_TAGS = new Set(['Person', 'LastName', ...GIVEN_NAME_TAGS])
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place'])
const ORGANISATION_TAGS = new Set(['Organization', 'SportsTeam'])
/** Tags that mark a word as a name of some kind rather than an ordinary word. */
const NAME_TAGS = new Set([...PERSON_TAGS, ...PLACE_TAGS, ...ORGANISATION_TAGS, 'ProperNoun', 'Honorific'])

export function lexiconTags(word: string): string[] {
  const tags = lexicon[word.toLowerCase()]
  if (tags === undefined) return []
  return typeof tags === 'string' ? [tags] : tags
}

export function isLexiconGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => GIVEN_NAME_TAGS.has(tag))
}

/** The kind compromise's lexicon gives a whole name ("abu dhabi", "ortiz", "north korea"), if any. */
export function lexiconKind(name: string): EntityKind | null {
  const tags = lexiconTags(name)
  if (tags.some((tag) => PLACE_TAGS.has(tag))) return 'place'
  if (tags.some((tag) => ORGANISATION_TAGS.has(tag))) return 'organisation'
  if (tags.some((tag) => PERSON_TAGS.has(tag))) return 'person'
  return null
}

/** Listed in the lexicon, and only as an ordinary word ("investigators", "staff"). */
export function isLexiconCommonWord(word: string): boolean {
  const tags = lexiconTags(word)
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag))
}

export function isLexiconAdjective(word: string): boolean {
  const tags = lexiconTags(word)
  return tags.includes('Adjective') || tags.includes('Demonym')
}

const spanCache = new Map<string, EntityKind | null>()
const SPAN_CACHE_LIMIT = 20_000

/** compromise's reading of the span on its own, when every word of it carries the same kind of tag. */
export function compromiseKind(span: string): EntityKind | null {
  const cached = spanCache.get(span)
  if (cached !== undefined) return cached
  const terms = nlp(span).docs.flat()
  // Only a reading of the whole span counts: "Krämer Antriebstechnik" holds a surname, not a person.
  const all = (tags: Set<string>): boolean => terms.length > 0 && terms.every((term) => [...(term.tags ?? [])].some((tag) => tags.has(tag)))
  const kind: EntityKind | null = all(PERSON_TAGS) ? 'person' : all(PLACE_TAGS) ? 'place' : all(ORGANISATION_TAGS) ? 'organisation' : null
  if (spanCache.size >= SPAN_CACHE_LIMIT) spanCache.clear()
  spanCache.set(span, kind)
  return kind
}
