import type { Token } from '../text/tokenize'
import { subjectAfter, subjectBefore, type SubjectPhrase } from './noun-phrase'
import type { Segment } from './segments'
import { isAccordingTo, isCoreSpeechVerb, isParticiple, isSpeechVerb } from './speech-verbs'

/** A speech verb (or "according to") in the narration, with whoever it names as speaking. */
export interface SpeechEvent {
  /** Token index of the verb, or of "according". */
  verb: number
  segment: number
  form: 'subject-verb' | 'verb-subject' | 'according' | 'participle'
  subject: SubjectPhrase
  /** For a participle ("…, adding"), the event it borrows its subject from. */
  host: SpeechEvent | null
  /** Reports speech whatever follows, so a following quote-only sentence can inherit the speaker. */
  core: boolean
}

function onlyPunctuation(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (tokens[index]?.pos !== 'PUNCT') return false
  return true
}

function eventAt(tokens: Token[], index: number, segment: Segment, segmentIndex: number, previous: SpeechEvent | null): SpeechEvent | null {
  const token = tokens[index] as Token
  const base = { verb: index, segment: segmentIndex, host: null, core: isCoreSpeechVerb(token) }
  if (isAccordingTo(tokens, index)) {
    const subject = subjectAfter(tokens, index + 2, segment.to)
    return subject ? { ...base, form: 'according', subject, core: true } : null
  }
  if (!isSpeechVerb(tokens, index)) return null
  if (isParticiple(token)) {
    // "she said, adding that…": the subject is the host clause's.
    return previous ? { ...base, form: 'participle', subject: previous.subject, host: previous } : null
  }
  const before = subjectBefore(tokens, index, segment.from)
  if (before) return { ...base, form: 'subject-verb', subject: before }
  // "…," said the minister / The plan is bad, said Reed: the subject follows an inverted verb.
  if (onlyPunctuation(tokens, segment.from, index) || tokens[index - 1]?.pos === 'PUNCT') {
    const after = subjectAfter(tokens, index + 1, segment.to)
    if (after) return { ...base, form: 'verb-subject', subject: after }
  }
  return null
}

export function findSpeechEvents(tokens: Token[], segments: Segment[]): SpeechEvent[] {
  const events: SpeechEvent[] = []
  segments.forEach((segment, segmentIndex) => {
    let previous: SpeechEvent | null = null
    for (let index = segment.from; index < segment.to; index++) {
      const event = eventAt(tokens, index, segment, segmentIndex, previous)
      if (!event) continue
      events.push(event)
      previous = event
    }
  })
  return events
}
