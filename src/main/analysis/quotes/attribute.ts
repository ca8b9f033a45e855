import type { Token } from '../text/tokenize'
import type { Entity } from './entity-tracker'
import type { QuoteSpan } from './quote-marks'
import { quoteRegion, type Narration } from './segments'
import type { SpeechEvent } from './speech-events'

export interface Attribution {
  entity: Entity
  /** How it was found, with the speaker written as X: "said X", "she said: pronoun resolved to X". */
  how: string
}

/** "said X", "X told", "according to X", "she added: pronoun resolved to X", "X said, adding". */
export function describe(tokens: Token[], event: SpeechEvent): string {
  const verb = (tokens[event.verb] as Token).value.toLowerCase()
  if (event.form === 'according') return 'according to X'
  if (event.form === 'verb-subject') return `${verb} X`
  const host = event.host ?? event
  const hostVerb = (tokens[host.verb] as Token).value.toLowerCase()
  const subject = tokens[host.subject.phrase.from] as Token
  const pronoun = host.subject.phrase.to - host.subject.phrase.from === 1 && subject.pos === 'PRON'
  const head = pronoun ? `${subject.normal} ${hostVerb}` : host.form === 'verb-subject' ? `${hostVerb} X` : `X ${hostVerb}`
  const clause = event.host ? `${head}, ${verb}` : head
  return pronoun ? `${clause}: pronoun resolved to X` : clause
}

function firstWord(tokens: Token[], from: number, to: number): number {
  let index = from
  while (index < to && tokens[index]?.pos === 'PUNCT') index++
  return index
}

/**
 * The speaker of a quote from the narration touching it, most reliable first: an attribution opening
 * the segment right after it (`"…," said X` / `"…," X said` / `"…," according to X`), the speech verb
 * nearest before it in its sentence (`X told the BBC: "…"`), any speech verb after it in its sentence.
 */
export function directAttribution(
  quote: number,
  tokens: Token[],
  parts: Narration,
  eventsBySegment: Map<number, SpeechEvent[]>,
  speakers: Map<SpeechEvent, Entity>
): Attribution | null {
  const afterIndex = parts.after[quote] ?? -1
  const beforeIndex = parts.before[quote] ?? -1
  const after = parts.segments[afterIndex]
  const pick = (event: SpeechEvent | undefined): Attribution | null => {
    const entity = event ? speakers.get(event) : undefined
    return event && entity ? { entity, how: describe(tokens, event) } : null
  }
  const afterEvents = (eventsBySegment.get(afterIndex) ?? []).filter((event) => speakers.has(event))
  if (after) {
    const word = firstWord(tokens, after.from, after.to)
    const tight = afterEvents.find((event) =>
      event.form === 'subject-verb' ? event.subject.phrase.from === word : event.verb === word
    )
    if (tight) return pick(tight)
  }
  const beforeEvents = (eventsBySegment.get(beforeIndex) ?? []).filter((event) => speakers.has(event))
  return pick(beforeEvents[beforeEvents.length - 1]) ?? pick(afterEvents[0])
}

/** Only spaces (and, when allowed, line breaks) between two offsets. */
export function onlySpace(text: string, from: number, to: number, lineBreaks: boolean): boolean {
  for (let index = from; index < to; index++) {
    const char = text[index] as string
    if (char === '\n' ? !lineBreaks : !/\s/u.test(char)) return false
  }
  return true
}

/** Whether a quote stands alone: no narration words in its segments on either side. */
export function isQuoteOnly(quote: number, parts: Narration): boolean {
  const after = parts.segments[parts.after[quote] ?? -1]
  const before = parts.segments[parts.before[quote] ?? -1]
  return !after?.hasWords && !before?.hasWords
}

export function regionEnd(text: string, span: QuoteSpan): number {
  return quoteRegion(text, span)[1]
}
