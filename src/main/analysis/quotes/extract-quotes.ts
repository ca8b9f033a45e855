import type { QuoteFinding } from '../analysis-types'
import type { Token, TokenizedText } from '../text/tokenize'
import { directAttribution, isQuoteOnly, onlySpace, regionEnd, type Attribution } from './attribute'
import type { Entity } from './entity-tracker'
import { findQuoteSpans, type QuoteSpan } from './quote-marks'
import { resolveSpeakers } from './resolve-speakers'
import { narration, type Narration } from './segments'
import { classifySpeaker } from './speaker-type'
import { findSpeechEvents, type SpeechEvent } from './speech-events'

/** How far back, in sentences, "X said the bridge was failing." still owns a following quote-only sentence. */
const FOLLOW_ON_SENTENCES = 2

function groupBySegment(events: SpeechEvent[]): Map<number, SpeechEvent[]> {
  const bySegment = new Map<number, SpeechEvent[]>()
  for (const event of events) {
    const list = bySegment.get(event.segment) ?? []
    list.push(event)
    bySegment.set(event.segment, list)
  }
  return bySegment
}

function firstTokens(parts: Narration, count: number): number[] {
  const first = new Array<number>(count).fill(-1)
  parts.quoteOf.forEach((quote, index) => {
    if (quote >= 0 && first[quote] === -1) first[quote] = index
  })
  return first
}

interface Context {
  text: string
  tokens: Token[]
  spans: QuoteSpan[]
  parts: Narration
  events: SpeechEvent[]
  speakers: Map<SpeechEvent, Entity>
  firstToken: number[]
  latest: (SpeechEvent | null)[]
}

/** Per quote, the latest core speech event with a speaker before its opening mark: one merged walk. */
function latestSpeech(tokens: Token[], spans: QuoteSpan[], events: SpeechEvent[], speakers: Map<SpeechEvent, Entity>): (SpeechEvent | null)[] {
  const latest: (SpeechEvent | null)[] = []
  let cursor = 0
  let best: SpeechEvent | null = null
  for (const span of spans) {
    while (cursor < events.length && (tokens[(events[cursor] as SpeechEvent).verb] as Token).start < span.open) {
      const event = events[cursor++] as SpeechEvent
      if (event.core && speakers.has(event)) best = event
    }
    latest.push(best)
  }
  return latest
}

/** Whoever last spoke before a quote, if at most two sentences back. */
function recentSpeech(context: Context, quote: number): Attribution | null {
  const { tokens, speakers, firstToken, latest } = context
  const best = latest[quote]
  const sentence = tokens[firstToken[quote] ?? -1]?.sentence ?? 0
  if (!best || sentence - (tokens[best.verb] as Token).sentence > FOLLOW_ON_SENTENCES) return null
  return { entity: speakers.get(best) as Entity, how: 'follow-on quote' }
}

/**
 * A quote standing alone takes its speaker from its neighbours: the attributed quote right after it on
 * the same line (`"We will fight." "And win," she said.`), the quote before it (continued paragraphs
 * or back-to-back quotes), else whoever last spoke within two sentences.
 */
function followOn(context: Context, found: (Attribution | null)[], direct: (Attribution | null)[], quote: number): Attribution | null {
  const { text, spans } = context
  const span = spans[quote] as QuoteSpan
  const next = spans[quote + 1]
  const nextDirect = direct[quote + 1]
  if (span.close !== null && next && nextDirect && onlySpace(text, span.close + 1, next.open, false)) {
    return { entity: nextDirect.entity, how: 'follow-on quote' }
  }
  const previous = spans[quote - 1]
  const previousFound = found[quote - 1]
  if (previous && previousFound && (previous.continued || onlySpace(text, regionEnd(text, previous), span.open, true))) {
    return { entity: previousFound.entity, how: previous.continued ? 'continued quote' : 'follow-on quote' }
  }
  return recentSpeech(context, quote)
}

function attribute(context: Context): (Attribution | null)[] {
  const { tokens, spans, parts, speakers, events } = context
  const bySegment = groupBySegment(events)
  const direct = spans.map((_, quote) => directAttribution(quote, tokens, parts, bySegment, speakers))
  const found: (Attribution | null)[] = []
  spans.forEach((_, quote) => {
    found.push(direct[quote] ?? (isQuoteOnly(quote, parts) ? followOn(context, found, direct, quote) : null))
  })
  // A paragraph that opens a quote and leaves it open belongs to whoever the continuation names.
  for (let quote = spans.length - 2; quote >= 0; quote--) {
    const later = found[quote + 1]
    if (!found[quote] && (spans[quote] as QuoteSpan).continued && later) found[quote] = { entity: later.entity, how: 'continued quote' }
  }
  return found
}

/**
 * Quoted spans with their speakers. Quotes are found by their marks (straight, curly, „…“, «…»), so
 * they may span sentences; speakers come from the narration around each quote, with pronouns, bare
 * surnames and "the minister" resolved to the person they refer back to.
 */
export function extractQuotes(tokenized: TokenizedText): QuoteFinding[] {
  const { text, tokens } = tokenized
  const spans = findQuoteSpans(text)
  if (spans.length === 0) return []
  const parts = narration(text, tokens, spans)
  const events = findSpeechEvents(tokens, parts.segments)
  const speakers = resolveSpeakers(text, tokens, parts.segments, events)
  const context: Context = {
    text, tokens, spans, parts, events, speakers,
    firstToken: firstTokens(parts, spans.length),
    latest: latestSpeech(tokens, spans, events, speakers)
  }
  const found = attribute(context)
  const types = new Map<Entity, ReturnType<typeof classifySpeaker>>()
  return spans.map((span, quote) => {
    const attribution = found[quote] ?? null
    const entity = attribution?.entity ?? null
    if (entity && !types.has(entity)) types.set(entity, classifySpeaker(entity.cues.join(' ')))
    return {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      speaker: entity?.name ?? null,
      speakerType: entity ? (types.get(entity) ?? 'other') : null,
      attribution: attribution?.how ?? null
    }
  })
}
