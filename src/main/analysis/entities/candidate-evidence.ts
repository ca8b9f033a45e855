import type { Token } from '../text/tokenize'
import { lexiconKind } from './compromise-typing'
import type { EntityKind } from './gazetteer'
import type { CandidateContext, NameCandidate } from './name-candidates'
import type { NameWord } from './name-runs'
import { isGivenName } from './word-classes'

/**
 * Why a mention is thought to be a person, an organisation or a place, and how strongly. Strengths:
 * 5 gazetteer, 4 a title, a name-forming word ("Ministry", "-based") or an explicit description
 * ("the firm X"), 3 the words around it ("X, a defector", "a X spokesman"), 2 compromise (its
 * lexicon here; its tagger later, per entity, in mergeMentions), 1 weak hints ("in X"), 0 the
 * fallback guess.
 */
export interface Evidence {
  kind: EntityKind
  strength: number
  /** The gazetteer's name for it, when it is listed. */
  canonical: string | null
}

const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5}$/u
const PERSON_NAME_WORD = /^\p{Lu}[\p{Ll}'’.-]*\p{Ll}[\p{Ll}'’.-]*$|^\p{Lu}\.?$/u
const POSSESSIVES = new Set(["'s", '’s', "'", '’'])

const found = (kind: EntityKind, strength: number): Evidence => ({ kind, strength, canonical: null })

export function candidateEvidence(context: CandidateContext, candidate: NameCandidate): Evidence {
  const listed = context.gazetteer.lookup(candidate.text) ?? (followsThe(context, candidate) ? context.gazetteer.lookup(`the ${candidate.text}`) : undefined)
  if (listed) return { kind: listed.kind, strength: 5, canonical: listed.name }
  if (candidate.titled) return found('person', 4)
  const described = precedingEvidence(context, candidate) ?? shapeEvidence(context, candidate) ?? followingEvidence(context, candidate) ?? lexiconEvidence(context, candidate)
  if (described) return described
  return placeHint(context, candidate) ?? found('organisation', 0)
}

const startsRun = (candidate: NameCandidate): boolean => candidate.start === candidate.run.words[0]?.start
const endsRun = (candidate: NameCandidate): boolean => candidate.end === candidate.run.words[candidate.run.words.length - 1]?.end

function followsThe(context: CandidateContext, candidate: NameCandidate): boolean {
  return startsRun(candidate) && context.tokens[candidate.run.firstToken - 1]?.normal === 'the'
}

/** "President Biden", "analyst Lena Ortiz", "the firm Ally Security", "the people of Hollin Cross". */
function precedingEvidence(context: CandidateContext, candidate: NameCandidate): Evidence | null {
  if (!startsRun(candidate)) return null
  const { rules, tokens } = context
  const previous = tokens[candidate.run.firstToken - 1]
  const twoBack = tokens[candidate.run.firstToken - 2]
  if (!previous) return null
  const one = previous.normal
  if (rules.titleSet.has(one) || (twoBack && rules.titleSet.has(`${twoBack.normal} ${one}`))) return found('person', 4)
  if (rules.personRoles.has(one) || rules.personRoles.has(previous.lemma)) return found('person', 4)
  if (rules.organisationNouns.has(one) || rules.organisationNouns.has(previous.lemma)) return found('organisation', 4)
  if (one === 'of' && twoBack) {
    if (rules.placeOfNouns.has(twoBack.lemma)) return found('place', 3)
    // "Bill Thackeray, of Ashcombe,": where someone is from.
    if (twoBack.value === ',') return found('place', 2)
  }
  return null
}

/** Name-forming words: "Lazarus Group", "Bank of England", "Carrick Moor", "Port Ellery", "Dubai-based". */
function shapeEvidence(context: CandidateContext, candidate: NameCandidate): Evidence | null {
  const { rules } = context
  const names = candidate.words.filter((word) => !word.connector)
  const first = (names[0] as NameWord).lower
  const last = (names[names.length - 1] as NameWord).lower
  if (candidate.run.hyphenPlace && endsRun(candidate)) return found('place', 4)
  if (rules.organisationSuffixes.has(last)) return found('organisation', 4)
  // "Bank of England", "University of Port Ellery", "Port Ellery Chamber of Trade".
  const ofHead = candidate.words.some((word, index) => {
    const next = candidate.words[index + 1]
    return next?.connector === true && (next.lower === 'of' || next.lower === 'for') && rules.organisationHeads.has(word.lower)
  })
  if (ofHead) return found('organisation', 4)
  if (names.length > 1 && rules.placeSuffixes.has(last)) return found('place', 4)
  if (names.length > 1 && rules.placePrefixes.has(first)) return found('place', 4)
  if (candidate.run.joinedOf && rules.placeHeads.has(first)) return found('place', 4)
  // A country after a name marks a company's national arm: "Fair Deal UK", "Krämer Drive Systems UK".
  const country = names.length > 1 && !isGivenName(names[0]?.text ?? '', rules) ? context.gazetteer.lookup((names[names.length - 1] as NameWord).text) : undefined
  if (country?.kind === 'place') return found('organisation', rules.organisationSuffixes.has((names[names.length - 2] as NameWord).lower) ? 4 : 3)
  return null
}

/** "the Al-Noor mosque", "a Bybit spokesman"; "X, a defector", "X, a crypto exchange", "X, a town". */
function followingEvidence(context: CandidateContext, candidate: NameCandidate): Evidence | null {
  if (!endsRun(candidate)) return null
  const { rules, tokens } = context
  let next = candidate.run.endToken
  if (POSSESSIVES.has(tokens[next]?.value ?? '')) next++
  const follower = tokens[next]
  if (follower?.pos === 'NOUN' && rules.organisationFollowers.has(follower.lemma)) return found('organisation', 3)
  const head = appositiveHead(tokens, candidate.run.endToken)
  if (!head) return null
  if (rules.personRoles.has(head.lemma) || rules.personRoles.has(head.normal)) return found('person', 3)
  if (rules.organisationNouns.has(head.lemma) || rules.organisationNouns.has(head.normal)) return found('organisation', 3)
  if (rules.placeNouns.has(head.lemma)) return found('place', 3)
  return null
}

/**
 * The head noun of ", a cybersecurity analyst at ..." or ", Krämer's UK managing director": the last
 * noun before the phrase ends, skipping possessors ("the company's").
 */
function appositiveHead(tokens: Token[], index: number): Token | null {
  if (tokens[index]?.value !== ',') return null
  let head: Token | null = null
  for (let position = index + 1, seen = 0; seen < 7; position++, seen++) {
    const token = tokens[position]
    if (!token) break
    if (POSSESSIVES.has(tokens[position + 1]?.value ?? '')) {
      position++
      continue
    }
    if (['a', 'an', 'the'].includes(token.normal) && seen === 0) continue
    if (!['NOUN', 'ADJ', 'PROPN'].includes(token.pos)) break
    if (token.pos === 'NOUN') head = token
  }
  return head
}

/** compromise's lexicon for the whole name, then the given-name shape ("Lena Ortiz", "Jin-su"). */
function lexiconEvidence(context: CandidateContext, candidate: NameCandidate): Evidence | null {
  const kind = lexiconKind(candidate.text)
  if (kind) return found(kind, 2)
  const names = candidate.words.filter((word) => !word.connector)
  const first = names[0] as NameWord
  if (names.length >= 2 && names.length <= 4 && isGivenName(first.text, context.rules) && names.every((word) => PERSON_NAME_WORD.test(word.text))) {
    return found('person', 2)
  }
  if (names.length === 1 && (HYPHENATED_GIVEN_NAME.test(first.text) || isGivenName(first.text, context.rules))) return found('person', 1.5)
  return null
}

/** "in Marrowby", "near Carrick": a weak hint that an unknown name is a place, but not "shares in X". */
function placeHint(context: CandidateContext, candidate: NameCandidate): Evidence | null {
  const { rules, tokens } = context
  const previous = tokens[candidate.run.firstToken - 1]
  if (!startsRun(candidate) || !previous || !rules.placePrepositions.has(previous.normal)) return null
  const before = tokens[candidate.run.firstToken - 2]
  const blocked = before && (rules.placeHintBlockers.has(before.lemma) || rules.placeHintBlockers.has(before.normal.replace(/s$/, '')))
  return blocked ? null : found('place', 1)
}
