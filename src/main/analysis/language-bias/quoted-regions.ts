/**
 * Where the text quotes someone. Words inside quotation marks are the source's, not the outlet's, so
 * they count for less (but are still reported: choosing to print a loaded quote is itself a choice).
 *
 * Only double quotation marks (" “ ” „ « ») open a quote: the single ones double as apostrophes
 * ("Trump’s") and cannot be told apart cheaply. A quote left open ends at the paragraph break, the
 * way newspapers leave a multi-paragraph quotation open at each paragraph's end.
 */
import type { TextSpan } from '../text/tokenize'

const OPENERS = new Set(['“', '„', '«'])
const CLOSERS = new Set(['”', '»'])
// Only the characters that can change the state: a regex jumps between them (a char-by-char loop
// cost a fifth of the whole language-bias pass).
const MARKS = /["“”„«»]|\n\n/g

export function quotedRegions(text: string): TextSpan[] {
  const regions: TextSpan[] = []
  let openAt = -1
  for (const mark of text.matchAll(MARKS)) {
    const char = mark[0]
    const index = mark.index
    if (char === '\n\n') {
      if (openAt >= 0) regions.push({ start: openAt, end: index })
      openAt = -1
    } else if (openAt < 0 && (OPENERS.has(char) || char === '"')) {
      openAt = index + 1
    } else if (openAt >= 0 && (CLOSERS.has(char) || char === '"')) {
      regions.push({ start: openAt, end: index })
      openAt = -1
    }
  }
  if (openAt >= 0) regions.push({ start: openAt, end: text.length })
  return regions
}

/** For spans sorted by start: is each inside a quoted region? One pass, no search per span. */
export function markQuoted(spans: readonly TextSpan[], regions: readonly TextSpan[]): boolean[] {
  let cursor = 0
  return spans.map((span) => {
    while (cursor < regions.length && (regions[cursor] as TextSpan).end <= span.start) cursor++
    const region = regions[cursor]
    return region !== undefined && region.start <= span.start && span.end <= region.end
  })
}
