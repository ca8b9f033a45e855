/**
 * Turns what a researcher types into a safe FTS5 query. Every term is quoted, so punctuation and
 * FTS5 syntax in the input can never make the query fail; the familiar search-box forms still work:
 * "exact phrase", prefix*, OR between terms, and -excluded terms.
 */

/** A token to mark in snippets, folded the way the FTS5 tokenizer folds it. */
export interface HighlightToken {
  token: string
  prefix: boolean
}

export interface ParsedSearch {
  /** The FTS5 MATCH expression, or null when the input holds nothing searchable. */
  match: string | null
  highlights: HighlightToken[]
}

const TOKEN = /[\p{L}\p{N}]+/gu

/** Lower case without diacritics, as FTS5's unicode61 tokenizer with remove_diacritics 2 sees a token. */
export function foldToken(token: string): string {
  return token.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
}

export function parseSearch(input: string): ParsedSearch {
  const tokens = input.match(/-?"[^"]*"?|\S+/g) ?? []
  const clauses: string[] = []
  const excluded: string[] = []
  const highlights: HighlightToken[] = []
  let pendingOr = false
  for (const token of tokens) {
    if (token === 'OR') {
      pendingOr = clauses.length > 0
      continue
    }
    if (token === 'AND') continue
    const negative = token.startsWith('-') && token.length > 1
    const term = quoteTerm(negative ? token.slice(1) : token)
    if (!term) continue
    if (negative) {
      excluded.push(term.expression)
      continue
    }
    const words = term.body.match(TOKEN) ?? []
    words.forEach((word, index) => highlights.push({ token: foldToken(word), prefix: term.prefix && index === words.length - 1 }))
    if (pendingOr && clauses.length > 0) clauses[clauses.length - 1] = `${clauses[clauses.length - 1]} OR ${term.expression}`
    else clauses.push(term.expression)
    pendingOr = false
  }
  if (clauses.length === 0) return { match: null, highlights: [] }
  const positive = clauses.map((clause) => (clause.includes(' OR ') ? `(${clause})` : clause)).join(' AND ')
  return { match: excluded.reduce((query, term) => `${query} NOT ${term}`, positive), highlights }
}

export function toFtsQuery(input: string): string | null {
  return parseSearch(input).match
}

function quoteTerm(raw: string): { expression: string; body: string; prefix: boolean } | null {
  const isPhrase = raw.startsWith('"')
  let body = isPhrase ? raw.replace(/^"/, '').replace(/"$/, '') : raw
  const prefix = !isPhrase && body.endsWith('*')
  if (prefix) body = body.replace(/\*+$/, '')
  // Only letters and digits make FTS5 tokens; a term without any would match nothing.
  if (!/[\p{L}\p{N}]/u.test(body)) return null
  const quoted = `"${body.replace(/"/g, '""')}"`
  return { expression: prefix ? `${quoted}*` : quoted, body, prefix }
}
