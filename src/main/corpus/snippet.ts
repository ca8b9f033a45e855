import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../shared/rows'
import { foldToken, type HighlightToken } from './fts-query'

const TOKEN = /[\p{L}\p{N}]+/gu
/** Words shown before the first match, so it is read in context. */
const LEAD_WORDS = 6

function matches(token: string, highlights: HighlightToken[]): boolean {
  const folded = foldToken(token)
  return highlights.some((highlight) => (highlight.prefix ? folded.startsWith(highlight.token) : folded === highlight.token))
}

/**
 * A window of the text around the first match with every matching word marked. Built here rather than
 * with FTS5's snippet(), which would have to run for every match before the page is sorted and cut.
 * With no match in the text (the title matched) it shows the opening words.
 */
export function buildSnippet(text: string, highlights: HighlightToken[], windowWords = 24): string {
  const tokens = [...text.matchAll(TOKEN)]
  if (tokens.length === 0) return ''
  const first = highlights.length > 0 ? tokens.findIndex((token) => matches(token[0], highlights)) : -1
  const start = first < 0 ? 0 : Math.max(0, first - LEAD_WORDS)
  const end = Math.min(tokens.length, start + windowWords)
  let snippet = start > 0 ? '…' : ''
  let cursor = (tokens[start] as RegExpExecArray).index
  for (let index = start; index < end; index++) {
    const token = tokens[index] as RegExpExecArray
    snippet += text.slice(cursor, token.index)
    snippet += matches(token[0], highlights) ? `${SNIPPET_OPEN}${token[0]}${SNIPPET_CLOSE}` : token[0]
    cursor = token.index + token[0].length
  }
  snippet += end < tokens.length ? '…' : text.slice(cursor)
  return snippet
}
