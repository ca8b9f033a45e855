import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../shared/rows'
import type { Backend } from '../api/backend'
import { listArticles } from '../corpus/article-queries'
import { integerOption, UsageError, type ParsedArguments } from './parse-arguments'
import { formatCount, type Terminal } from './terminal'

export function searchCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): number {
  const query = parsed.positionals.join(' ').trim()
  if (!query) throw new UsageError('search needs a query: slant search "climate policy" [--limit N]')
  const limit = integerOption(parsed, 'limit', 20, 1, 500)
  const page = listArticles(backend.db, { query, sort: 'relevance', direction: 'desc', offset: 0, limit })
  const [open, close] = terminal.isTTY ? ['\u001b[1m', '\u001b[22m'] : ['[', ']']
  for (const row of page.rows) {
    const meta = [row.publishedAt?.slice(0, 10), row.outletName].filter(Boolean).join('  ')
    terminal.out(`#${row.id}  ${row.title || '(untitled)'}${meta ? `  (${meta})` : ''}`)
    if (row.snippet) {
      const snippet = row.snippet.replace(/\s+/g, ' ').split(SNIPPET_OPEN).join(open).split(SNIPPET_CLOSE).join(close)
      terminal.out(`    ${snippet}`)
    }
  }
  terminal.out(`${formatCount(page.total)} article${page.total === 1 ? '' : 's'} match "${query}"${page.total > page.rows.length ? ` (showing ${page.rows.length})` : ''}`)
  return 0
}
