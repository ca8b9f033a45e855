import type { Token } from '../text/tokenize'
import { EntityTracker, type Entity } from './entity-tracker'
import { appositiveAfter, phraseEndingAt, phraseStartingAt, subjectBefore, type Phrase } from './noun-phrase'
import { capitalisedRuns, readRun } from './person-name'
import type { Segment } from './segments'
import type { SpeechEvent } from './speech-events'
import { isSpeechVerb } from './speech-verbs'
import { personRef, speakerRef, type SpeakerRef } from './speaker-ref'

interface Reference {
  ref: SpeakerRef
  /** Narration mentions of an unknown bare surname should not invent a person. */
  create: boolean
  event: SpeechEvent | null
}

function slice(text: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from]
  const last = tokens[to - 1]
  return first && last && to > from ? text.slice(first.start, last.end) : ''
}

/** The words around a name that say who it is: "economist Amira Shah", "The Health Secretary, Wes
 * Streeting,", "Tom Reed, a resident of Elm Street", "appointed Omar Berrada as chief executive". */
function describeRun(text: string, tokens: Token[], segment: Segment, run: Phrase, lead: number | null): string {
  const parts = [lead === null ? '' : slice(text, tokens, lead, run.from)]
  if (lead === null && tokens[run.from - 1]?.value === ',' && run.from - 2 >= segment.from) {
    const before = phraseEndingAt(tokens, run.from - 2, segment.from)
    if (before !== null) parts.push(slice(text, tokens, before, run.from - 1))
  }
  parts.push(slice(text, tokens, run.from, run.to))
  const appositive = appositiveAfter(tokens, run.to, segment.to)
  if (appositive) parts.push(slice(text, tokens, appositive.from, appositive.to))
  const role = tokens[run.to]?.normal === 'as' ? phraseStartingAt(tokens, run.to + 1, segment.to) : null
  if (role !== null) parts.push(slice(text, tokens, run.to + 1, role))
  return parts.filter(Boolean).join(' ')
}

function organisationRef(text: string, tokens: Token[], run: Phrase, subject: boolean): SpeakerRef {
  const name = slice(text, tokens, run.from, run.to)
  return {
    kind: 'nominal', name, key: name.toLowerCase(), surname: null, cues: name, gender: null, collective: true,
    anaphoric: false, head: null, strong: false, personal: false, subject, offset: (tokens[run.from] as Token).start
  }
}

/** People and organisations named in the narration, with what is said of them around the name. */
function mentions(text: string, tokens: Token[], segments: Segment[]): Reference[] {
  const found: Reference[] = []
  for (const segment of segments) {
    for (const run of capitalisedRuns(tokens, segment.from, segment.to)) {
      const read = readRun(tokens, run)
      if (read.kind === 'place' || read.kind === 'title') continue
      const next = tokens[run.to]
      if (read.kind === 'organisation') {
        // "Green Party campaigners staged…": the party only qualifies the subject.
        found.push({ ref: organisationRef(text, tokens, run, isVerb(next)), create: true, event: null })
        continue
      }
      // "on Capitol Hill", "outside the Treasury": a name after a preposition is a place or an object.
      const governed = tokens[run.from - 1]?.pos === 'ADP' || (tokens[run.from - 2]?.pos === 'ADP' && tokens[run.from - 1]?.pos === 'DET')
      const lead = run.from > segment.from ? phraseEndingAt(tokens, run.from - 1, segment.from) : null
      // Followed by its verb or opening its clause: "Rachel Reeves met Mel Stride" makes Reeves the subject.
      const opens = (lead ?? run.from) === firstWord(tokens, segment) && next?.pos !== 'NOUN'
      const strong = read.strong && !governed
      const ref = personRef(text, tokens, read.name, strong, describeRun(text, tokens, segment, run, lead))
      found.push({ ref: { ...ref, subject: isVerb(next) || opens }, create: strong, event: null })
    }
    const group = groupSubject(text, tokens, segment)
    if (group) found.push({ ref: group, create: true, event: null })
  }
  return found
}

function isVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX')
}

/** "Green Party campaigners staged a protest": a plural group opening its clause, which "they" may mean. */
function groupSubject(text: string, tokens: Token[], segment: Segment): SpeakerRef | null {
  for (let index = segment.from; index < segment.to; index++) {
    if (!isVerb(tokens[index])) continue
    if (isSpeechVerb(tokens, index)) return null
    const subject = subjectBefore(tokens, index, segment.from)
    if (!subject || subject.phrase.from !== firstWord(tokens, segment)) return null
    const ref = speakerRef(text, tokens, subject)
    return ref && ref.kind === 'nominal' && ref.collective ? ref : null
  }
  return null
}

function firstWord(tokens: Token[], segment: Segment): number {
  let index = segment.from
  while (index < segment.to && (tokens[index]?.pos === 'PUNCT' || tokens[index]?.pos === 'CCONJ')) index++
  return index
}

/**
 * Every speech event's speaker as an entity. Mentions and event subjects are fed to the tracker in
 * text order, so a pronoun resolves to the last compatible person named before it.
 */
export function resolveSpeakers(text: string, tokens: Token[], segments: Segment[], events: SpeechEvent[]): Map<SpeechEvent, Entity> {
  const references = mentions(text, tokens, segments)
  for (const event of events) {
    if (event.host) continue
    const ref = speakerRef(text, tokens, event.subject)
    if (ref) references.push({ ref, create: true, event })
  }
  references.sort((a, b) => a.ref.offset - b.ref.offset || (a.event ? 1 : 0) - (b.event ? 1 : 0))
  const tracker = new EntityTracker()
  const speakers = new Map<SpeechEvent, Entity>()
  for (const reference of references) {
    const entity = tracker.refer(reference.ref, reference.create)
    if (entity && reference.event) speakers.set(reference.event, entity)
  }
  for (const event of events) {
    const entity = event.host ? speakers.get(event.host) : undefined
    if (entity) speakers.set(event, entity)
  }
  return speakers
}
