import type { Token } from '../text/tokenize'
import type { QuoteSpan } from './quote-marks'

/**
 * The narration between quotes, cut into segments at quotes, line breaks and sentence-final
 * punctuation. An attribution lives in the segment right after a quote (`"…," she said.`) or right
 * before it (`She said: "…"`), and a quote is "quote-only" when both are empty. Token indices, [from, to).
 */
export interface Segment {
  from: number
  to: number
  /** The quote this segment starts right after, if any. */
  afterQuote: number | null
  /** The quote this segment runs right up to, if any. */
  beforeQuote: number | null
  /** Whether it holds any word, not just punctuation. */
  hasWords: boolean
}

const TERMINAL = new Set(['.', '!', '?', '…', '...'])

export interface Narration {
  segments: Segment[]
  /** Per quote, the index of the segment starting right after it / running right up to it, or -1. */
  after: Int32Array
  before: Int32Array
  /** Quote index per token inside a quote or on its marks; -1 elsewhere. */
  quoteOf: Int32Array
}

/** The extent a quote covers in the text, marks included. */
export function quoteRegion(text: string, quote: QuoteSpan): [number, number] {
  if (quote.close !== null) return [quote.open, quote.close + 1]
  const newline = text.indexOf('\n', quote.end)
  return [quote.open, newline < 0 ? text.length : newline]
}

function markQuotes(text: string, tokens: Token[], quotes: QuoteSpan[]): Int32Array {
  const quoteOf = new Int32Array(tokens.length).fill(-1)
  let position = 0
  quotes.forEach((quote, index) => {
    const [from, to] = quoteRegion(text, quote)
    while (position < tokens.length && (tokens[position] as Token).end <= from) position++
    let cursor = position
    while (cursor < tokens.length && (tokens[cursor] as Token).start < to) quoteOf[cursor++] = index
  })
  return quoteOf
}

function endsSentence(text: string, quote: QuoteSpan): boolean {
  return quote.close !== null && text[quote.end - 1] === '.'
}

export function narration(text: string, tokens: Token[], quotes: QuoteSpan[]): Narration {
  const quoteOf = markQuotes(text, tokens, quotes)
  const segments: Segment[] = []
  let current: Segment | null = null
  let lastQuote: number | null = null
  const close = (beforeQuote: number | null): void => {
    if (current) {
      // "£4.2m." ends its sentence even though the tokenizer kept the dot: no link to the next quote.
      const last = tokens[current.to - 1]
      current.beforeQuote = last && /[.!?]$/u.test(last.value) && last.value.length > 1 ? null : beforeQuote
      segments.push(current)
    }
    current = null
  }
  tokens.forEach((token, index) => {
    const quote = quoteOf[index] as number
    if (quote >= 0) {
      if (quote !== lastQuote) close(quote)
      lastQuote = quote
      return
    }
    const boundary = TERMINAL.has(token.value) || (token.pos === 'SPACE' && token.value.includes('\n'))
    if (boundary) {
      close(null)
      lastQuote = null
      return
    }
    if (token.pos === 'SPACE') return
    if (!current) {
      // A quote closing on a full stop ended its sentence: `"…add up." A spokesperson told…` is not an attribution.
      const ended = lastQuote !== null && endsSentence(text, quotes[lastQuote] as QuoteSpan)
      current = { from: index, to: index + 1, afterQuote: ended ? null : lastQuote, beforeQuote: null, hasWords: false }
      lastQuote = null
    }
    current.to = index + 1
    current.hasWords ||= /[\p{L}\p{N}]/u.test(token.value)
  })
  close(null)
  const after = new Int32Array(quotes.length).fill(-1)
  const before = new Int32Array(quotes.length).fill(-1)
  segments.forEach((segment, index) => {
    if (segment.afterQuote !== null) after[segment.afterQuote] = index
    if (segment.beforeQuote !== null) before[segment.beforeQuote] = index
  })
  return { segments, after, before, quoteOf }
}
