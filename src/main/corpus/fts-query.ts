/**
 * Turns what a researcher types into a safe FTS5 query. Every term is quoted, so punctuation and
 * FTS5 syntax in the input can never make the query fail; the familiar search-box forms still work:
 * "exact phrase", prefix*, OR between terms, and -excluded terms.
 */
export function toFtsQuery(input: string): string | null {
  const tokens = input.match(/-?"[^"]*"?|\S+/g) ?? []
  const clauses: string[] = []
  const excluded: string[] = []
  let pendingOr = false
  for (const token of tokens) {
    if (token === 'OR') {
      pendingOr = clauses.length > 0
      continue
    }
    if (token === 'AND') continue
    const negative = token.startsWith('-') && token.length > 1
    const body = negative ? token.slice(1) : token
    const term = quoteTerm(body)
    if (!term) continue
    if (negative) {
      excluded.push(term)
      continue
    }
    if (pendingOr && clauses.length > 0) clauses[clauses.length - 1] = `${clauses[clauses.length - 1]} OR ${term}`
    else clauses.push(term)
    pendingOr = false
  }
  if (clauses.length === 0) return null
  const positive = clauses.map((clause) => (clause.includes(' OR ') ? `(${clause})` : clause)).join(' AND ')
  return excluded.reduce((query, term) => `${query} NOT ${term}`, positive)
}

function quoteTerm(raw: string): string | null {
  const isPhrase = raw.startsWith('"')
  let body = isPhrase ? raw.replace(/^"/, '').replace(/"$/, '') : raw
  const prefix = !isPhrase && body.endsWith('*')
  if (prefix) body = body.replace(/\*+$/, '')
  // Only letters and digits make FTS5 tokens; a term without any would match nothing.
  if (!/[\p{L}\p{N}]/u.test(body)) return null
  const quoted = `"${body.replace(/"/g, '""')}"`
  return prefix ? `${quoted}*` : quoted
}
