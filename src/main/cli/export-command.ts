import type { Backend } from '../api/backend'
import { listArticleIds } from '../corpus/article-queries'
import { ARTICLE_COLUMNS, articleRows, SENTENCE_COLUMNS, sentenceRows } from '../export/analysis-tables'
import { writeTable, type ExportFormat } from '../export/write-table'
import { stringOption, UsageError, type ParsedArguments } from './parse-arguments'
import { formatCount, formatSeconds, type Terminal } from './terminal'

const TABLES = {
  sentences: { columns: SENTENCE_COLUMNS, rows: sentenceRows },
  articles: { columns: ARTICLE_COLUMNS, rows: articleRows }
} as const

export async function exportCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): Promise<number> {
  const table = parsed.positionals[0]
  if (!table || !(table in TABLES)) throw new UsageError(`export needs a table: ${Object.keys(TABLES).join(' or ')} (the full set of tables comes with dataset export)`)
  const format = (stringOption(parsed, 'format') ?? 'csv') as ExportFormat
  if (format !== 'csv' && format !== 'jsonl') throw new UsageError('--format must be csv or jsonl')
  const out = stringOption(parsed, 'out')
  if (!out) throw new UsageError('export needs --out PATH')
  const query = stringOption(parsed, 'query')
  const started = Date.now()
  const { columns, rows } = TABLES[table as keyof typeof TABLES]
  // --query narrows the export to the articles a search finds, with the search box's syntax.
  const scope = query ? new Set(listArticleIds(backend.db, { query })) : null
  const selected = scope ? filterRows(rows(backend.db), (row) => scope.has(row.article_id as number)) : rows(backend.db)
  const count = await writeTable(out, format, columns, selected)
  terminal.out(`Exported ${formatCount(count)} ${table} rows to ${out} in ${formatSeconds(Date.now() - started)}`)
  return 0
}

function* filterRows(rows: Iterable<Record<string, unknown>>, keep: (row: Record<string, unknown>) => boolean): Generator<Record<string, unknown>> {
  for (const row of rows) if (keep(row)) yield row
}
