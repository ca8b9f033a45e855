/**
 * News-like ~5 KB articles for the analysis benches. The import corpus (synthetic-articles.ts) is
 * tuned for search: ~2 KB of Zipf-sampled words with few quotes, figures or loaded terms, so most
 * analyzers would find nothing and return early. Analysis cost depends on what the text contains, so
 * each article here keeps one import-corpus record (its title, outlet, date and body) and interleaves
 * paragraphs written from news templates: quotes with attributions in the usual forms, people named in
 * full then by surname, pronoun or role, organisations and places from the shipped gazetteer, figures,
 * and terms from the shipped loaded-language lexicon. Deterministic for a given seed.
 */
import { readFileSync } from 'node:fs'
import { REPO_ROOT } from './bench-paths.ts'
import { seededRandom, type Random } from './prng.ts'
import { syntheticArticles, type SyntheticRecord } from './synthetic-articles.ts'
import { vocabulary } from './vocabulary.ts'
import { FAMILY_NAMES, GIVEN_NAMES, PLACES, TOPICS, type Topic } from './word-lists.ts'

/** Not the import corpus's seed: these benches build their own corpus and must not depend on that one. */
export const ANALYSIS_SEED = 20_260_311

/** Aim for 4.6-5.6 KB per article: the "5 KB articles", with some spread as real lengths have. */
const MIN_CHARS = 4_600
const MAX_CHARS = 5_600

interface LexiconTerm {
  term: string
  category: string
  pos?: string
}

interface Resources {
  /** Lexicon terms without a part-of-speech constraint: they match wherever they stand. */
  freeTerms: LexiconTerm[]
  /** Lexicon verbs, placed after "will" so wink tags them VERB and the POS-restricted entries match. */
  verbTerms: string[]
  organisations: string[]
}

let cached: Resources | null = null

function gazetteerNames(file: string): string[] {
  const data = JSON.parse(readFileSync(`${REPO_ROOT}resources/gazetteer/${file}`, 'utf8')) as { entries: { name: string }[] }
  return data.entries.map((entry) => entry.name)
}

/** Read from the repository's resources, so the text contains what the shipped analyzers look for. */
function resources(): Resources {
  if (cached) return cached
  const lexicon = JSON.parse(readFileSync(`${REPO_ROOT}resources/lexicons/loaded-language.json`, 'utf8')) as LexiconTerm[]
  // Plain words and phrases only: terms with wildcards or punctuation would need their own frames.
  const usable = lexicon.filter((entry) => /^[a-z][a-z' -]*$/u.test(entry.term))
  cached = {
    freeTerms: usable.filter((entry) => !entry.pos),
    verbTerms: usable.filter((entry) => entry.pos === 'VERB' && !entry.term.includes(' ')).map((entry) => entry.term),
    organisations: [...gazetteerNames('government-bodies.json'), ...gazetteerNames('international-organisations.json'), ...gazetteerNames('companies.json')]
  }
  return cached
}

interface Person {
  full: string
  surname: string
  pronoun: 'he' | 'she' | 'they'
  role: string
}

const ROLES = [
  'the finance minister', 'a senior adviser', 'the opposition leader', 'a spokeswoman for the ministry', 'the chief executive',
  'a professor of economics', 'the mayor', 'a union representative', 'the party chairman', 'a former ambassador',
  'the health secretary', 'a defence analyst', 'the attorney general', 'a local councillor', 'the committee chair'
]
const SPEECH = ['said', 'told reporters', 'warned', 'added', 'insisted', 'argued', 'explained', 'claimed', 'admitted', 'stressed']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** Real words only, for quotes and template clauses: readable text tags (and so parses) like real prose. */
const CLAUSE_WORDS = [
  'the government', 'the plan', 'this decision', 'the new rules', 'our families', 'the country', 'the market', 'these figures',
  'the public', 'the budget', 'the agreement', 'local people', 'the committee', 'the report', 'ordinary workers', 'the region'
]
const CLAUSE_VERBS = [
  'will not survive', 'cannot afford', 'has failed', 'must change', 'is working for', 'will protect', 'has ignored', 'needs',
  'is hurting', 'will deliver', 'has betrayed', 'depends on', 'was never about', 'will cost', 'has already changed'
]

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function person(random: Random): Person {
  const given = random.pick(GIVEN_NAMES)
  const surname = random.pick(FAMILY_NAMES)
  return { full: `${given} ${surname}`, surname, pronoun: random.pick(['he', 'she', 'they'] as const), role: random.pick(ROLES) }
}

function loadedTerm(random: Random): string {
  return random.pick(resources().freeTerms).term
}

/** A clause with a subject, a verb and an object phrase, sometimes carrying a loaded term. */
function clause(random: Random, topic: Topic): string {
  const object = random.chance(0.2) ? `the ${loadedTerm(random)} ${random.pick(topic.phrases)}` : `the ${random.pick(topic.phrases)}`
  return `${random.pick(CLAUSE_WORDS)} ${random.pick(CLAUSE_VERBS)} ${object}`
}

/** A figure in one of the forms news uses: a percentage, money, a count, a ratio, a multiple. */
function figure(random: Random): string {
  switch (random.int(0, 5)) {
    case 0:
      return `${random.int(1, 38)}.${random.int(0, 9)}%`
    case 1:
      return `$${random.int(1, 900)}${random.pick(['', '.5'])} ${random.pick(['million', 'billion'])}`
    case 2:
      return `${random.int(1, 99)},${String(random.int(0, 999)).padStart(3, '0')} ${random.pick(['people', 'households', 'jobs', 'homes', 'patients'])}`
    case 3:
      return `one in ${random.pick(['three', 'four', 'five', 'ten'])} ${random.pick(['voters', 'families', 'firms', 'residents'])}`
    case 4:
      return `${random.int(2, 12)} per cent`
    default:
      return `£${random.int(10, 800)}m`
  }
}

function figureSentence(random: Random, topic: Topic, place: string, organisation: string): string {
  const subject = capitalize(random.pick(topic.words))
  switch (random.int(0, 3)) {
    case 0:
      return `${subject} ${random.pick(['rose', 'fell', 'climbed', 'dropped'])} by ${figure(random)} in ${random.pick(MONTHS)}, the ${random.pick(['highest', 'lowest', 'sharpest'])} level since ${random.int(1990, 2022)}.`
    case 1:
      return `According to figures from the ${organisation}, ${figure(random)} in ${place} were affected by the ${random.pick(topic.phrases)}.`
    case 2:
      return `The ${random.pick(topic.phrases)} will cost ${figure(random)} over ${random.pick(['two', 'three', 'five'])} years, ${random.pick(['doubling', 'tripling', 'halving'])} the earlier estimate.`
    default:
      return `Some ${figure(random)} have been ${random.pick(['hit', 'affected', 'left waiting'])} since the ${random.pick(topic.phrases)} began, and ${figure(random)} more are expected by ${random.pick(MONTHS)}.`
  }
}

function quoted(random: Random, topic: Topic): string {
  const first = capitalize(clause(random, topic))
  return random.chance(0.5) ? `${first}, and ${clause(random, topic)}` : first
}

/** One paragraph of reported speech, in one of the attribution forms the quote extractor must handle. */
function quoteParagraph(random: Random, topic: Topic, speaker: Person, organisation: string, introduced: boolean): string {
  const name = introduced ? random.pick([speaker.surname, speaker.pronoun === 'they' ? speaker.surname : speaker.pronoun, speaker.role]) : speaker.full
  const verb = random.pick(SPEECH)
  switch (random.int(0, 5)) {
    case 0:
      return `“${quoted(random, topic)},” ${name} ${verb}.`
    case 1:
      // Inverted attribution ("said X, the minister") takes "said" only in news style.
      return `“${quoted(random, topic)},” said ${speaker.full}, ${speaker.role}. “${quoted(random, topic)}.”`
    case 2:
      return `${capitalize(name)} ${verb} the ${random.pick(topic.phrases)} was “${clause(random, topic)}”, adding that ${clause(random, topic)}.`
    case 3:
      return `${capitalize(name)} told the ${organisation}: “${quoted(random, topic)}. ${quoted(random, topic)}.”`
    case 4:
      return `A spokesperson for the ${organisation} ${verb} that ${clause(random, topic)}. “${quoted(random, topic)},” the statement read.`
    default:
      return `According to ${speaker.full}, ${clause(random, topic)}. Critics ${random.pick(['said', 'argued'])} the move would ${random.pick(resources().verbTerms)} the ${random.pick(topic.phrases)}.`
  }
}

/** Narration with loaded language, labels and hedges, the way opinionated copy mixes them in. */
function loadedParagraph(random: Random, topic: Topic, place: string, organisation: string, speaker: Person): string {
  const sentences = [
    `The ${loadedTerm(random)} ${random.pick(topic.phrases)} in ${place} has ${random.pick(['divided', 'alarmed', 'energised'])} the ${organisation}.`,
    `Opponents will ${random.pick(resources().verbTerms)} ${speaker.surname} over what they call a ${loadedTerm(random)} ${random.pick(topic.words)}.`,
    `${capitalize(random.pick(topic.phrases))} is ${loadedTerm(random)}, ${random.pick(['some', 'many', 'several'])} ${random.pick(['observers', 'experts', 'officials'])} ${random.pick(['believe', 'say', 'suggest'])}.`
  ]
  return sentences.slice(0, random.int(2, 3)).join(' ')
}

/** A sentence of the import corpus's kind, from real words only, to vary the narration between templates. */
function plainSentence(random: Random, topic: Topic, place: string): string {
  const words = vocabulary()
  const parts: string[] = []
  const length = random.int(10, 22)
  for (let index = 0; index < length; index++) {
    const roll = random.next()
    parts.push(roll < 0.12 ? random.pick(topic.words) : roll < 0.15 ? place : (words.words[random.int(0, words.realWords - 1)] as string))
  }
  return `${capitalize(parts.join(' '))}.`
}

export interface AnalysisArticle {
  title: string
  text: string
  url: string
  outlet: string
  published_at: string
  language: string
  country: string
  author?: string
}

/** Paragraphs of the import corpus's body, so names, bursty topic words and the long tail stay in the mix. */
function baseParagraphs(record: SyntheticRecord): string[] {
  return record.text.split('\n\n').filter(Boolean)
}

/** The record does not name its topic; its body repeats that topic's words, so the most frequent wins. */
function inferTopic(record: SyntheticRecord): Topic {
  const words = new Set(record.text.toLowerCase().split(/[^a-z]+/u))
  let best = TOPICS[0] as Topic
  let bestHits = -1
  for (const topic of TOPICS) {
    const hits = topic.words.filter((word) => words.has(word)).length
    if (hits > bestHits) [best, bestHits] = [topic, hits]
  }
  return best
}

function compose(record: SyntheticRecord, serial: number, random: Random): AnalysisArticle {
  const topic = inferTopic(record)
  const place = random.pick(PLACES)
  const people = [person(random), person(random), person(random)]
  const organisations = [random.pick(resources().organisations), random.pick(resources().organisations)]
  const introduced = new Set<Person>()
  const base = baseParagraphs(record)
  const target = random.int(MIN_CHARS, MAX_CHARS)
  const paragraphs: string[] = []
  let length = 0
  const push = (paragraph: string) => {
    paragraphs.push(paragraph)
    length += paragraph.length + 2
  }
  // Lede: who, where, a figure; then alternate template paragraphs with the base body until the target.
  push(`${people[0]?.full}, ${people[0]?.role}, ${random.pick(['defended', 'attacked', 'announced'])} the ${random.pick(topic.phrases)} in ${place} on ${random.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}. ${figureSentence(random, topic, place, organisations[0] as string)}`)
  introduced.add(people[0] as Person)
  let baseIndex = 0
  while (length < target) {
    const roll = random.next()
    const speaker = random.pick(people)
    const organisation = random.pick(organisations)
    if (roll < 0.4) {
      push(quoteParagraph(random, topic, speaker, organisation, introduced.has(speaker)))
      introduced.add(speaker)
    } else if (roll < 0.55) push(`${figureSentence(random, topic, place, organisation)} ${plainSentence(random, topic, place)}`)
    else if (roll < 0.65) push(loadedParagraph(random, topic, place, organisation, speaker))
    else if (baseIndex < base.length) push(base[baseIndex++] as string)
    else push(`${plainSentence(random, topic, place)} ${plainSentence(random, topic, place)}`)
  }
  // Stop at the paragraph that crosses the target, then trim to the cap at a sentence end.
  let text = paragraphs.join('\n\n')
  if (text.length > MAX_CHARS) {
    const cut = text.lastIndexOf('. ', MAX_CHARS)
    text = cut > MIN_CHARS ? text.slice(0, cut + 1) : text.slice(0, MAX_CHARS)
  }
  return {
    title: record.title,
    text,
    // The import corpus repeats some records on purpose (re-shared links, syndication); here every
    // article must be stored, so each gets a URL of its own.
    url: `${record.url.split('?')[0]}-a${serial}`,
    outlet: record.outlet,
    published_at: record.published_at,
    language: record.language,
    country: record.country,
    ...(record.author ? { author: record.author } : {})
  }
}

/** `count` articles; the same seed always yields the same ones. */
export function* analysisArticles(count: number, seed = ANALYSIS_SEED): Generator<AnalysisArticle> {
  const random = seededRandom(seed)
  let serial = 0
  for (const record of syntheticArticles(count, seed)) yield compose(record, ++serial, random)
}
