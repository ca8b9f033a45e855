import type { EntityFinding } from '../analysis-types'
import type { TokenizedText } from '../text/tokenize'
import { candidateEvidence, type Evidence } from './candidate-evidence'
import { loadGazetteer, type Gazetteer } from './gazetteer'
import { mergeMentions, type Mention } from './merge-mentions'
import { candidatesFromRun, isGenericWord, type CandidateContext, type NameCandidate } from './name-candidates'
import { loadNameRules, type NameRules } from './name-rules'
import { findNameRuns, type NameRun } from './name-runs'

export interface EntityResources {
  gazetteer: Gazetteer
  rules: NameRules
}

let loaded: EntityResources | null = null

/** The gazetteer and name rules, read from resources/ once per process (each worker has its own). */
export function entityResources(): EntityResources {
  loaded ??= { gazetteer: loadGazetteer(), rules: loadNameRules() }
  return loaded
}

/**
 * People, organisations and places named in a tokenized article, with how often each is mentioned
 * and where it is first mentioned (a character offset into the article text). Capitalised runs are
 * typed by the gazetteer, then by name-forming words and titles, then by the words around them,
 * then by compromise; short references ("Ms Ortiz", "Ortiz") count toward the full name.
 */
export function extractEntities(tokenized: TokenizedText, resources: EntityResources = entityResources()): EntityFinding[] {
  const runs = findNameRuns(tokenized, resources.rules, resources.gazetteer)
  const context: CandidateContext = {
    text: tokenized.text,
    tokens: tokenized.tokens,
    rules: resources.rules,
    gazetteer: resources.gazetteer,
    namesInside: namesInside(runs, resources.rules)
  }
  // German capitalises every noun, and a text in title case every word: there capitals say nothing
  // and only names the gazetteer knows are reported.
  const listedOnly = capitalisedShare(tokenized) > CAPITALISED_SHARE_LIMIT
  const mentions: Mention[] = []
  for (const run of runs) {
    for (const candidate of candidatesFromRun(context, run)) {
      const evidence = candidateEvidence(context, candidate)
      if (listedOnly && !evidence.canonical) continue
      const previous = mentions[mentions.length - 1]
      mentions.push({ candidate, evidence: previous ? coordinated(context, previous, candidate, evidence) : evidence })
    }
  }
  return mergeMentions(mentions, resources.rules)
}

/** English news capitalises 10-16% of the words inside sentences; German about 38%. */
const CAPITALISED_SHARE_LIMIT = 0.3
/** Below this many words the share says little. */
const SHARE_MINIMUM_WORDS = 40

function capitalisedShare(tokenized: TokenizedText): number {
  let words = 0
  let capitalised = 0
  tokenized.tokens.forEach((token, index) => {
    const previous = tokenized.tokens[index - 1]
    if (!previous || previous.sentence !== token.sentence || !/^\p{L}/u.test(token.value)) return
    words++
    if (/^\p{Lu}/u.test(token.value)) capitalised++
  })
  return words < SHARE_MINIMUM_WORDS ? 0 : capitalised / words
}

const COORDINATORS = new Set(['and', 'or', ','])

/** "in Port Ellery and Marrowby": an unknown name listed right after a place is most likely one too. */
function coordinated(context: CandidateContext, previous: Mention, candidate: NameCandidate, evidence: Evidence): Evidence {
  if (evidence.strength >= 1.5 || previous.evidence.kind !== 'place' || previous.evidence.strength < 2) return evidence
  const between = candidate.run.firstToken - previous.candidate.run.endToken
  const joiner = context.tokens[candidate.run.firstToken - 1]?.normal ?? ''
  return between === 1 && COORDINATORS.has(joiner) ? { kind: 'place', strength: 1.5, canonical: null } : evidence
}

/**
 * Words the text uses as names where capitals do mean something: alone mid-sentence ("from Bybit"),
 * or as the first or last word of a longer name ("Carys Maddox" makes a later "Maddox said" a name).
 */
function namesInside(runs: NameRun[], rules: NameRules): Set<string> {
  const names = new Set<string>()
  for (const run of runs) {
    const words = run.words.filter((word) => !word.connector)
    const first = words[0]
    const last = words[words.length - 1]
    if (!first || !last) continue
    if (words.length === 1) {
      if (!run.initial) names.add(first.lower)
      continue
    }
    // A sentence's first word proves nothing; a surname at the end of a full name does.
    for (const word of run.initial ? [last] : [first, last]) if (!isGenericWord(word.lower, rules)) names.add(word.lower)
  }
  return names
}
