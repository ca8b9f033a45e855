import type { EntityFinding } from '../analysis-types'
import type { Evidence } from './candidate-evidence'
import { compromiseKind } from './compromise-typing'
import type { EntityKind } from './gazetteer'
import type { NameCandidate } from './name-candidates'
import { exactKey, foldedKey, isCapitalsOnly } from './name-keys'
import type { NameRules } from './name-rules'

export interface Mention {
  candidate: NameCandidate
  evidence: Evidence
}

interface Cluster {
  key: string
  /** Mentions by the entity's own name, whose evidence decides its kind. */
  mentions: Mention[]
  /** Short references counted toward it ("Ortiz", "Nordwind"): they add mentions, not evidence. */
  references: Mention[]
  /** Evidence from how the text refers to it: being referred to by surname alone. */
  extra: Evidence[]
}

const KINDS: EntityKind[] = ['person', 'organisation', 'place']

/**
 * compromise's tagger costs about 0.3 ms a name, so per article only the most mentioned entities
 * that nothing else could type are parsed. The cap depends on the article alone (never on what a
 * cache already holds), so the same text always gets the same entities.
 */
const PARSED_PER_ARTICLE = 4

/**
 * Groups mentions into entities: the same name (case and apostrophes aside), a gazetteer alias and
 * its canonical name, an acronym and the name it was introduced with ("(NMWU)"), and short
 * references ("Ortiz", "Ms Ortiz" count toward "Lena Ortiz"; "Nordwind" toward "Nordwind Energie").
 */
export function mergeMentions(mentions: Mention[], rules: NameRules): EntityFinding[] {
  const clusters = new Map<string, Cluster>()
  const owner = new Map<Mention, Cluster>()
  for (const mention of mentions) {
    const key = foldedKey(mention.evidence.canonical ?? mention.candidate.text)
    let cluster = clusters.get(key)
    if (!cluster) {
      cluster = { key, mentions: [], references: [], extra: [] }
      clusters.set(key, cluster)
    }
    cluster.mentions.push(mention)
    owner.set(mention, cluster)
  }
  mergeAcronyms(clusters, mentions, owner)
  linkShortReferences(clusters, rules)
  const kept = [...clusters.values()].filter((cluster) => !shoutedOnly(cluster))
  parseUntyped(kept)
  const findings = kept.map(toFinding)
  return findings.sort((a, b) => b.mentions - a.mentions || a.firstOffset - b.firstOffset)
}

/** Moves one cluster into another; as references when the other only names it in short. */
function absorb(clusters: Map<string, Cluster>, into: Cluster, from: Cluster, asReferences: boolean): void {
  if (into === from) return
  if (asReferences) into.references.push(...from.mentions, ...from.references)
  else {
    into.mentions.push(...from.mentions)
    into.references.push(...from.references)
    into.extra.push(...from.extra)
  }
  clusters.delete(from.key)
}

function mergeAcronyms(clusters: Map<string, Cluster>, mentions: Mention[], owner: Map<Mention, Cluster>): void {
  for (const mention of mentions) {
    const acronym = mention.candidate.run.acronym
    const long = owner.get(mention)
    if (!acronym || !long || !clusters.has(long.key) || mention.evidence.canonical) continue
    // The acronym must start like the name it abbreviates: "Nursing ... Union (NMWU)".
    if (acronym[0]?.toLowerCase() !== mention.candidate.text[0]?.toLowerCase()) continue
    const short = clusters.get(foldedKey(acronym))
    if (short && short.mentions.every((item) => item.candidate.text === acronym && !item.evidence.canonical)) absorb(clusters, long, short, false)
  }
}

function nameWords(mention: Mention): string[] {
  return mention.candidate.words.filter((word) => !word.connector).map((word) => word.lower.replace(/['’]s?$/, ''))
}

/**
 * A one-word name that is the surname of a person named in full, or the first word of an
 * organisation named in full, is counted there. When several people share a surname, the nearest
 * full name before the mention wins.
 */
function linkShortReferences(clusters: Map<string, Cluster>, rules: NameRules): void {
  const full = [...clusters.values()].filter((cluster) => cluster.mentions.some((mention) => nameWords(mention).length > 1 && !mention.evidence.canonical))
  for (const cluster of [...clusters.values()]) {
    const sample = cluster.mentions[0] as Mention
    if (sample.evidence.canonical || !cluster.mentions.every((mention) => nameWords(mention).length === 1)) continue
    const word = nameWords(sample)[0] as string
    const own = kindOf(cluster)
    let surname = false
    const targets = full.filter((target) => {
      if (target === cluster || !clusters.has(target.key)) return false
      const kind = kindOf(target)
      return target.mentions.some((mention) => {
        const words = nameWords(mention)
        if (words.length < 2) return false
        if (words[words.length - 1] === word && (kind.kind === 'person' || (kind.strength < 3 && own.kind !== 'place'))) {
          surname = true
          return true
        }
        // "Nordwind" for "Nordwind Energie", "Krämer" for "Krämer Antriebstechnik"; but "Marrowby" is a
        // place in its own right, and "Marrowby Borough Council" only a public body named after it.
        const publicBody = words.slice(1).every((part) => rules.publicBodyWords.has(part))
        return words[0] === word && kind.kind === 'organisation' && !publicBody && (own.kind === 'organisation' || own.strength < 3)
      })
    })
    if (targets.length === 0) continue
    const at = firstOffset(cluster)
    const before = targets.filter((target) => firstOffset(target) < at)
    const target = (before.length > 0 ? before.sort((a, b) => firstOffset(b) - firstOffset(a)) : targets.sort((a, b) => firstOffset(a) - firstOffset(b)))[0] as Cluster
    // Being called by surname alone is what people are: it supports the full name being a person's.
    if (surname && kindOf(target).kind === 'person') target.extra.push({ kind: 'person', strength: 3, canonical: null })
    else if (surname && own.kind === 'person') target.extra.push({ kind: 'person', strength: Math.min(own.strength + 1, 3), canonical: null })
    absorb(clusters, target, cluster, true)
  }
}

function firstOffset(cluster: Cluster): number {
  return Math.min(...[...cluster.mentions, ...cluster.references].map((mention) => mention.candidate.start))
}

/** The kind with the strongest single piece of evidence; ties go to the kind with more evidence. */
function kindOf(cluster: Cluster): { kind: EntityKind; strength: number } {
  let best: { kind: EntityKind; strength: number; total: number } = { kind: 'organisation', strength: -1, total: 0 }
  const evidence = [...cluster.mentions.map((mention) => mention.evidence), ...cluster.extra]
  for (const kind of KINDS) {
    const own = evidence.filter((item) => item.kind === kind)
    if (own.length === 0) continue
    const strength = Math.max(...own.map((item) => item.strength))
    const total = own.reduce((sum, item) => sum + item.strength, 0)
    if (strength > best.strength || (strength === best.strength && total > best.total)) best = { kind, strength, total }
  }
  return best
}

/** A name seen only in a shouted all-capitals line, and nowhere else, is too likely a headline word. */
function shoutedOnly(cluster: Cluster): boolean {
  return cluster.mentions.every((mention) => !mention.evidence.canonical && mention.candidate.run.shouted)
}

function nameOf(cluster: Cluster): string {
  return cluster.mentions.find((mention) => mention.evidence.canonical)?.evidence.canonical ?? displayName(cluster)
}

/**
 * compromise's tagger, once per entity that nothing else could type (not once per mention: by now
 * most surnames alone, "Ortiz said", count toward a full name), the most mentioned first.
 */
function parseUntyped(clusters: Cluster[]): void {
  const untyped = clusters
    .filter((cluster) => kindOf(cluster).strength < 2)
    .sort((a, b) => b.mentions.length + b.references.length - (a.mentions.length + a.references.length) || firstOffset(a) - firstOffset(b))
    .slice(0, PARSED_PER_ARTICLE)
  for (const cluster of untyped) {
    const parsed = compromiseKind(nameOf(cluster))
    if (parsed) cluster.extra.push({ kind: parsed, strength: 2, canonical: null })
  }
}

function toFinding(cluster: Cluster): EntityFinding {
  return {
    kind: kindOf(cluster).kind,
    name: nameOf(cluster),
    mentions: cluster.mentions.length + cluster.references.length,
    firstOffset: firstOffset(cluster)
  }
}

/** The fullest form of the name, as first written; a dateline's capitals become "Port Ellery". */
function displayName(cluster: Cluster): string {
  const ordered = [...cluster.mentions].sort((a, b) => nameWords(b).length - nameWords(a).length || a.candidate.start - b.candidate.start)
  const written = ordered.find((mention) => !isCapitalsOnly(mention.candidate.text)) ?? ordered[0]
  const text = exactKey((written as Mention).candidate.text)
  if (!isCapitalsOnly(text) || text.replace(/[^\p{L}]/gu, '').length <= 5) return text
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_match, space: string, letter: string) => space + letter.toUpperCase())
}
