import type { ArticleFacts } from './article-facts'

export type OmissionKind = 'name' | 'figure' | 'voice' | 'voice_type' | 'unquoted' | 'unattributed'

export interface OmissionItem {
  kind: OmissionKind
  /** What is missing, as a sibling wrote it (a name, a figure, a speaker, a kind of source). */
  item: string
  /** Carried by at least two siblings and three quarters of them: a central fact or voice (codebook level 3). */
  central: boolean
  carriedBy: number
  siblings: number
  /** Where a sibling says it (or, in the fallback, where this article does), for a link. */
  source: { articleId: number; start: number; end: number } | null
}

export interface OmissionFinding {
  score: number
  rationale: string
  confidence: number
  /** No sibling article: judged within the article alone. */
  fallback: boolean
  items: OmissionItem[]
}

/** Share of siblings that must carry something for its absence to count. */
const MOST = 0.5
const CENTRAL = 3 / 4
/**
 * What a missing item weighs toward the score. A voice is a perspective (the codebook's "major
 * stakeholder"); a figure is a fact, but outlets round and restate figures, so one unmatched number
 * weighs less than a missing name. Places are never central: outlets locate a story differently.
 */
const CENTRAL_WEIGHT: Record<OmissionKind, number> = { voice: 1.5, voice_type: 1.5, name: 1, figure: 0.6, unquoted: 0, unattributed: 0 }
const MINOR_WEIGHT = 0.25
/** Points at which the score reaches 2, 3, 4 and 5; fitted to the scores the sample corpus's articles were written to earn (npm run eval). */
const SCORE_STEPS = [0.5, 2.5, 6, 11]
const ITEMS_KEPT = 10

const VOICE_TYPES: Record<string, string> = {
  official: 'officials',
  expert: 'experts',
  company: 'the companies involved',
  affected: 'the people affected'
}

function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/u)
  return words[words.length - 1] ?? ''
}

/** The article mentions the name: whole, or (for a person) by surname, anywhere in its text. */
function mentions(facts: ArticleFacts, key: string, kind: string): boolean {
  if (facts.names.some((name) => name.key === key) || facts.searchText.includes(key)) return true
  const surname = lastWord(key)
  return kind === 'person' && surname.length >= 3 && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'u').test(facts.searchText)
}

function quotes(facts: ArticleFacts, key: string): boolean {
  const surname = lastWord(key)
  return facts.voices.some((voice) => voice.key === key || (surname.length >= 3 && lastWord(voice.key) === surname))
}

const REPORTED_SPEECH = /\b(?:said|says|told|tells|according to|argued|argues|warned|warns|stated|added|insisted|insists)\b/u

/** Quoted, or given in reported speech ("Lund said the company remained ready to talk"). */
function heard(facts: ArticleFacts, key: string): boolean {
  if (quotes(facts, key)) return true
  const surname = lastWord(key)
  if (surname.length < 3) return false
  return facts.searchText.split(/(?<=[.!?])\s+/u).some((sentence) => sentence.includes(surname) && REPORTED_SPEECH.test(sentence))
}

interface Tally {
  display: string
  kind: string
  carriers: Set<number>
  source: OmissionItem['source']
}

function tally(map: Map<string, Tally>, key: string, display: string, kind: string, articleId: number, source: OmissionItem['source']): void {
  let entry = map.get(key)
  if (!entry) map.set(key, (entry = { display, kind, carriers: new Set(), source }))
  entry.carriers.add(articleId)
}

function quoteList(items: OmissionItem[]): string {
  return items.map((item) => (item.kind === 'figure' ? item.item : `${item.item}`)).join(', ')
}

/**
 * Bias by omission against the other articles of the story: the names, figures and voices most of
 * them carry that this one lacks. Central omissions set the score by the codebook (a central name or
 * voice: 3; several: 4; coverage built on what it leaves out: 5); lesser ones alone make it 2.
 */
export function findOmissions(target: ArticleFacts, siblings: ArticleFacts[]): OmissionFinding {
  if (siblings.length === 0) return fallback(target)
  const outlets = new Set([target, ...siblings].map((facts) => facts.outlet?.toLowerCase()).filter((name): name is string => Boolean(name)))
  const names = new Map<string, Tally>()
  const figures = new Map<string, Tally>()
  const voices = new Map<string, Tally>()
  const voiceTypes = new Map<string, Tally>()
  for (const sibling of siblings) {
    for (const name of sibling.names) {
      if (outlets.has(name.key)) continue
      const start = name.start ?? 0
      tally(names, name.key, name.display, name.kind, sibling.articleId, name.start === null ? null : { articleId: sibling.articleId, start, end: start + name.display.length })
    }
    for (const figure of sibling.figures) tally(figures, figure.value, figure.value, 'figure', sibling.articleId, { articleId: sibling.articleId, start: figure.start, end: figure.end })
    for (const voice of sibling.voices) {
      tally(voices, voice.key, voice.display, voice.type ?? 'other', sibling.articleId, { articleId: sibling.articleId, start: voice.start, end: voice.end })
      if (voice.type && VOICE_TYPES[voice.type]) tally(voiceTypes, voice.type, VOICE_TYPES[voice.type] as string, 'voice_type', sibling.articleId, { articleId: sibling.articleId, start: voice.start, end: voice.end })
    }
  }
  const count = siblings.length
  const items: OmissionItem[] = []
  const consider = (map: Map<string, Tally>, kind: OmissionKind, missing: (key: string, entry: Tally) => boolean) => {
    for (const [key, entry] of map) {
      const carriedBy = entry.carriers.size
      if (carriedBy / count < MOST || !missing(key, entry)) continue
      const central = carriedBy >= 2 && carriedBy / count >= CENTRAL && entry.kind !== 'place'
      items.push({ kind, item: entry.display, central, carriedBy, siblings: count, source: entry.source })
    }
  }
  const targetFigures = new Set(target.figures.map((figure) => figure.value))
  const targetTypes = new Set(target.voices.map((voice) => voice.type))
  consider(names, 'name', (key, entry) => !mentions(target, key, entry.kind))
  consider(figures, 'figure', (key) => !targetFigures.has(key))
  consider(voices, 'voice', (key) => !heard(target, key))
  // A missing voice counts once: a kind of source is only named when no missing speaker stands for it.
  const missingSpeakerTypes = new Set(items.filter((item) => item.kind === 'voice').map((item) => voices.get(item.item.toLowerCase())?.kind))
  // A kind of source is heard when one of the siblings' speakers of that kind is heard here.
  const heardTypes = new Set([...voices].filter(([key]) => heard(target, key)).map(([, entry]) => entry.kind))
  consider(voiceTypes, 'voice_type', (key) => !targetTypes.has(key) && !heardTypes.has(key) && !missingSpeakerTypes.has(key))
  items.sort((a, b) => Number(b.central) - Number(a.central) || b.carriedBy - a.carriedBy || a.item.localeCompare(b.item))
  const kept = items.slice(0, ITEMS_KEPT)
  const central = items.filter((item) => item.central).length
  const points = items.reduce((sum, item) => sum + (item.central ? CENTRAL_WEIGHT[item.kind] : MINOR_WEIGHT), 0)
  const score = 1 + SCORE_STEPS.filter((step) => points >= step).length
  const confidence = Math.round(Math.min(0.8, 0.4 + 0.1 * Math.min(4, count)) * 100) / 100
  return { score, rationale: rationale(kept, count, central), confidence, fallback: false, items: kept }
}

function rationale(items: OmissionItem[], siblings: number, central: number): string {
  const against = `Compared with ${siblings} other article${siblings === 1 ? '' : 's'} of the same story`
  if (items.length === 0) return `${against}, it carries the names, figures and voices that most of them carry.`
  const parts: string[] = []
  const of = (item: OmissionItem) => `${item.carriedBy} of ${item.siblings}`
  const names = items.filter((item) => item.kind === 'name')
  const figures = items.filter((item) => item.kind === 'figure')
  const voices = items.filter((item) => item.kind === 'voice')
  const types = items.filter((item) => item.kind === 'voice_type')
  if (names.length > 0) parts.push(`not mentioned: ${names.map((item) => `${item.item} (in ${of(item)})`).join(', ')}`)
  if (figures.length > 0) parts.push(`figures left out: ${quoteList(figures)} (in ${figures.map(of).join(', ')})`)
  if (voices.length > 0) parts.push(`not quoted: ${voices.map((item) => `${item.item} (quoted in ${of(item)})`).join(', ')}`)
  if (types.length > 0) parts.push(`no voice from ${types.map((item) => `${item.item} (heard in ${of(item)})`).join(', ')}`)
  const weight = central === 0 ? 'Only secondary items are missing' : `${central} central item${central === 1 ? ' is' : 's are'} missing`
  return `${against}: ${parts.join('; ')}. ${weight}.`
}

/** Without siblings: stakeholders named but never quoted, and figures stated without a source. */
function fallback(target: ArticleFacts): OmissionFinding {
  const items: OmissionItem[] = []
  for (const name of target.names) {
    if (name.kind === 'place' || name.mentions < 2 || quotes(target, name.key)) continue
    if (target.outlet && target.outlet.toLowerCase() === name.key) continue
    const start = name.start ?? 0
    items.push({ kind: 'unquoted', item: name.display, central: false, carriedBy: 0, siblings: 0, source: name.start === null ? null : { articleId: target.articleId, start, end: start + name.display.length } })
  }
  for (const claim of target.unattributedClaims) {
    const text = claim.text.length > 90 ? `${claim.text.slice(0, 87).trimEnd()}...` : claim.text
    items.push({ kind: 'unattributed', item: text, central: false, carriedBy: 0, siblings: 0, source: { articleId: target.articleId, start: claim.start, end: claim.end } })
  }
  const kept = items.slice(0, ITEMS_KEPT)
  const score = items.length === 0 ? 1 : items.length <= 2 ? 2 : 3
  const parts: string[] = []
  const unquoted = kept.filter((item) => item.kind === 'unquoted')
  const unattributed = kept.filter((item) => item.kind === 'unattributed')
  if (unquoted.length > 0) parts.push(`named but never quoted: ${unquoted.map((item) => item.item).join(', ')}`)
  if (unattributed.length > 0) parts.push(`${unattributed.length} figure${unattributed.length === 1 ? '' : 's'} stated without a source`)
  const found = parts.length === 0 ? 'every stakeholder named more than once is quoted and every figure has a source.' : `${parts.join('; ')}.`
  return {
    score,
    rationale: `Fallback: no other article of this story is in the corpus, so omission is judged within the article alone (at most 3, low confidence): ${found}`,
    confidence: 0.25,
    fallback: true,
    items: kept
  }
}
