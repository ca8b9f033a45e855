import { ContractFailure } from '../../shared/errors'

/**
 * Span offsets are JavaScript string indices: UTF-16 code units into the stored text, what a browser
 * selection and String.prototype.slice use. A character outside the Basic Multilingual Plane (most
 * emoji) takes two units, so an offset may never fall between the two halves of such a pair.
 */

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** True when the offset would cut a surrogate pair (one astral character) in two. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))
}

function excerpt(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}

/** Refuses offsets outside the text, cutting a character in two, or not quoting what the text has there. */
export function checkSpanOffsets(text: string, start: number, end: number, quote: string): void {
  if (!(start >= 0 && start < end && end <= text.length)) {
    throw new ContractFailure('invalid_input', `A span must have 0 <= start < end <= ${text.length} (the article's length in UTF-16 code units); got ${start}-${end}.`)
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new ContractFailure('invalid_input', `The span ${start}-${end} cuts a character (an emoji or other astral character) in two; offsets are UTF-16 code units.`)
  }
  const actual = text.slice(start, end)
  if (actual !== quote) {
    throw new ContractFailure('invalid_input', `The quoted text "${excerpt(quote)}" is not what the article has at ${start}-${end} ("${excerpt(actual)}"); offsets are UTF-16 code units into the stored text.`)
  }
}

/** The offset in code points (characters as Python and R count them) of a UTF-16 offset. */
export function codePointOffset(text: string, offset: number): number {
  let points = 0
  for (let index = 0; index < offset; index++) {
    if (!(isLowSurrogate(text.charCodeAt(index)) && index > 0 && isHighSurrogate(text.charCodeAt(index - 1)))) points++
  }
  return points
}

/**
 * Where a quoted span is in another copy of the article: at its offsets if the text there is the
 * same, else the occurrence of the quote nearest to them; null when the quote is not in the text.
 */
export function reanchorSpan(text: string, start: number, quote: string): { start: number; end: number } | null {
  if (text.slice(start, start + quote.length) === quote) return { start, end: start + quote.length }
  let best: number | null = null
  for (let found = text.indexOf(quote); found !== -1; found = text.indexOf(quote, found + 1)) {
    if (best === null || Math.abs(found - start) < Math.abs(best - start)) best = found
  }
  return best === null ? null : { start: best, end: best + quote.length }
}
