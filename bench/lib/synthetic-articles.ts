import { OUTLETS, type SyntheticOutlet } from './outlets.ts'
import { seededRandom, zipfSampler, type Random } from './prng.ts'
import { vocabulary } from './vocabulary.ts'
import { FAMILY_NAMES, GIVEN_NAMES, HEADLINE_VERBS, PLACES, TOPICS, type Topic } from './word-lists.ts'

/** One JSONL record in the import format. */
export interface SyntheticRecord {
  title: string
  text: string
  url: string
  outlet: string
  published_at: string
  author?: string
  language: string
  country: string
  external_id?: string
  tags?: string[] | string
}

/**
 * A rewritten wire copy the generator planted: the near-duplicate detection should flag `copyUrl`
 * against `originalUrl`. Exact copies (re-shared links, verbatim syndication) are not listed: the
 * import rejects them before near-duplicate detection sees them.
 */
export interface PlantedNearDuplicate {
  copyUrl: string
  originalUrl: string
}

/**
 * Share of records that copy an earlier article. Real feeds carry wire stories rewritten by several
 * outlets (kept, different text), re-shared links with tracking parameters and verbatim syndication
 * (both rejected as duplicates): the import's duplicate checks must run on realistic input.
 */
const WIRE_REWRITE = 0.004
const RESHARED_LINK = 0.002
const VERBATIM_COPY = 0.001
const RECENT_KEPT = 500

interface Cast {
  people: string[]
  place: string
}

const DAY_MS = 86_400_000
const FIRST_DAY = Date.UTC(2015, 0, 1)
const DAYS = 11 * 365

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function sentence(random: Random, topic: Topic, cast: Cast): string {
  const words = vocabulary()
  const length = random.int(8, 26)
  const parts: string[] = []
  for (let index = 0; index < length; index++) {
    // Articles repeat their topic's words and their own names: that burstiness is what bm25 ranks on.
    const roll = random.next()
    let token: string
    if (roll < 0.08) token = random.pick(topic.words)
    else if (roll < 0.1) token = random.pick(topic.phrases)
    else if (roll < 0.13) token = random.chance(0.7) ? (random.pick(cast.people).split(' ')[1] as string) : cast.place
    else token = words.sample(random)
    parts.push(random.chance(0.06) && index < length - 1 ? `${token},` : token)
  }
  let text = capitalize(parts.join(' '))
  if (random.chance(0.15)) text += `, ${random.pick(cast.people)} said`
  return `${text}.`
}

function body(random: Random, topic: Topic, cast: Cast): string {
  const target = random.int(1700, 2400)
  const paragraphs: string[] = []
  let length = 0
  while (length < target) {
    const sentences: string[] = []
    const count = random.int(2, 5)
    for (let index = 0; index < count && length < target; index++) {
      const next = sentence(random, topic, cast)
      sentences.push(next)
      length += next.length + 1
    }
    paragraphs.push(sentences.join(' '))
  }
  return paragraphs.join('\n\n')
}

function headline(random: Random, topic: Topic, cast: Cast): string {
  const person = random.pick(cast.people)
  const phrase = random.pick(topic.phrases)
  const word = random.pick(topic.words)
  const verb = random.pick(HEADLINE_VERBS)
  switch (random.int(0, 4)) {
    case 0:
      return `${person} ${verb} ${phrase} plan as ${word} ${random.pick(['grows', 'deepens', 'eases', 'looms'])}`
    case 1:
      return `${capitalize(phrase)}: what the ${word} ${random.pick(['vote', 'ruling', 'report', 'deal'])} means for ${cast.place}`
    case 2:
      return `${cast.place} ${verb} ${word} after ${random.int(2, 40)} days of ${random.pick(topic.words)}`
    case 3:
      return `Analysis: why ${phrase} ${random.pick(['matters', 'is back', 'divides voters', 'keeps rising'])} in ${cast.place}`
    default:
      return `${capitalize(word)} ${verb} ${phrase}, ${random.pick(['officials say', 'report finds', 'data show', 'sources say'])}`
  }
}

function publishedAt(random: Random): string {
  const instant = new Date(FIRST_DAY + random.int(0, DAYS - 1) * DAY_MS + random.int(0, DAY_MS / 1000 - 1) * 1000)
  const iso = instant.toISOString()
  const roll = random.next()
  if (roll < 0.25) return iso.slice(0, 10)
  if (roll < 0.4) return `${iso.slice(0, 19)}+02:00`
  return `${iso.slice(0, 19)}Z`
}

function articleUrl(outlet: SyntheticOutlet, topic: Topic, title: string, date: string, serial: number): string {
  const slug = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, 7)
    .join('-')
  const host = outlet.www ? `www.${outlet.domain}` : outlet.domain
  return `https://${host}/${topic.section}/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}-${serial}`
}

/** The seed of the bench corpus; the search bench relies on getting the same corpus as the import bench. */
export const CORPUS_SEED = 20_251_125

/**
 * Yields `count` records; the same seed always yields the same records. `onPlanted` hears of each
 * rewritten wire copy as it is yielded; it draws nothing from the PRNG, so listening changes no record.
 */
export function* syntheticArticles(
  count: number,
  seed: number,
  onPlanted?: (planted: PlantedNearDuplicate) => void
): Generator<SyntheticRecord> {
  const random = seededRandom(seed)
  // Large outlets publish far more than small ones.
  const outletRank = zipfSampler(OUTLETS.length, 0.8, 1)
  const recent: SyntheticRecord[] = []
  for (let serial = 1; serial <= count; serial++) {
    const outlet = OUTLETS[outletRank(random)] as SyntheticOutlet
    const topic = random.pick(TOPICS)
    const cast: Cast = {
      people: [0, 1, 2].map(() => `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`),
      place: random.pick(PLACES)
    }
    const copyRoll = random.next()
    const original = recent.length > 0 ? random.pick(recent) : null
    if (original && copyRoll < RESHARED_LINK) {
      yield { ...original, url: `${original.url.split('?')[0]}?utm_source=twitter&utm_medium=social` }
      continue
    }
    if (original && copyRoll < RESHARED_LINK + VERBATIM_COPY) {
      yield { ...original, outlet: outlet.name, url: articleUrl(outlet, topic, original.title, original.published_at, serial) }
      continue
    }
    const date = publishedAt(random)
    const title = headline(random, topic, cast)
    const rewrite = original !== null && copyRoll < RESHARED_LINK + VERBATIM_COPY + WIRE_REWRITE
    const text = rewrite ? `${sentence(random, topic, cast)}\n\n${original.text}` : body(random, topic, cast)
    const record: SyntheticRecord = {
      title,
      text,
      url: articleUrl(outlet, topic, title, date, serial) + (random.chance(0.1) ? '?utm_source=rss' : ''),
      outlet: outlet.name,
      published_at: date,
      language: outlet.language,
      country: outlet.country
    }
    if (random.chance(0.85)) record.author = random.pick(cast.people)
    if (random.chance(0.5)) record.external_id = `${outlet.domain.split('.')[0]}-${serial}`
    const tagRoll = random.next()
    if (tagRoll < 0.4) record.tags = [topic.name, topic.section]
    else if (tagRoll < 0.5) record.tags = `${topic.name}, ${random.pick(topic.words)}`
    if (recent.length < RECENT_KEPT) recent.push(record)
    else recent[random.int(0, RECENT_KEPT - 1)] = record
    if (rewrite && onPlanted) onPlanted({ copyUrl: record.url, originalUrl: original.url })
    yield record
  }
}
