/**
 * Finding quoted spans by their quotation marks, at character level, so a quote can run over several
 * sentences and its offsets are exact whatever the tokenizer does with the marks.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or null when the quote ran to the end of its paragraph unclosed. */
  close: number | null
  /** The quoted words, trimmed of surrounding spaces and the comma that leads into an attribution. */
  start: number
  end: number
  /** The paragraph ended unclosed and the next paragraph reopens the quote: the news convention for a
   * quote that runs over paragraphs. The continuation is the next span. */
  continued: boolean
}

/** Which marks may close a quote opened by each mark. Mixed straight/curly pairs happen in pasted text. */
const CLOSERS: Record<string, string> = {
  '"': '"”“',
  '“': '”"',
  '„': '“”"',
  '«': '»',
  '»': '«',
  '”': '”"'
}

const SPACE = /\s/u
/** Characters after which a straight mark reads as opening: nothing, a space, a bracket or a dash. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013/:-]/u

function isOpeningContext(text: string, index: number): boolean {
  if (index === 0) return true
  return OPENING_CONTEXT.test(text[index - 1] as string)
}

function followedByWord(text: string, index: number): boolean {
  const next = text[index + 1]
  return next !== undefined && !SPACE.test(next)
}

/** Whether a mark can open a quote here. Curly “ and „ always open; the symmetrical ones need context. */
function canOpen(text: string, index: number, mark: string): boolean {
  if (mark === '“' || mark === '„' || mark === '«') return true
  // 12" is an inch mark, not a quote.
  if (mark === '"' && /\d/u.test(text[index - 1] ?? '')) return false
  return followedByWord(text, index) && (isOpeningContext(text, index) || mark === '"')
}

/** Strip spaces and a trailing attribution comma so `"We will," she said` yields `We will`. */
function trimContent(text: string, start: number, end: number): [number, number] {
  let from = start
  let to = end
  while (from < to && SPACE.test(text[from] as string)) from++
  while (to > from && /[\s,;:]/u.test(text[to - 1] as string)) to--
  return [from, to]
}

function nextNonSpace(text: string, index: number): number {
  let cursor = index
  while (cursor < text.length && SPACE.test(text[cursor] as string)) cursor++
  return cursor
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let openAt = -1
  let closers = ''
  const finish = (close: number | null, endAt: number, continued: boolean): void => {
    const [start, end] = trimContent(text, openAt + 1, endAt)
    if (end > start) spans.push({ open: openAt, close, start, end, continued })
    openAt = -1
  }
  // Jump from mark to mark (and line break) rather than visiting every character.
  const marks = /["“”„«»\n]/gu
  for (let match = marks.exec(text); match !== null; match = marks.exec(text)) {
    const index = match.index
    const char = match[0]
    if (openAt >= 0) {
      if (char === '\n') {
        // A quote never crosses a line break: the next paragraph either reopens it or it was a stray mark.
        const next = text[nextNonSpace(text, index)]
        finish(null, index, next !== undefined && next in CLOSERS)
        continue
      }
      if (closers.includes(char)) {
        finish(index, index, false)
        continue
      }
      continue
    }
    if (char in CLOSERS && canOpen(text, index, char)) {
      openAt = index
      closers = CLOSERS[char] as string
    }
  }
  if (openAt >= 0) finish(null, text.length, false)
  return spans
}
