import type { DatasetTable } from '../../../shared/export-schemas'
import type { Db } from '../../db/open-database'
import type { DatasetColumn } from './cell-encoding'

/** The score source with its coder looked up: what every table's rows need to pick values. */
export type ResolvedScoreSource = { kind: 'final' } | { kind: 'machine' } | { kind: 'coder'; coderId: number; coderName: string }

export interface TableContext {
  /** The export's own read connection: one snapshot, `articles` narrowed to the scope (export-snapshot.ts). */
  db: Db
  scoreSource: ResolvedScoreSource
}

export interface DatasetTableDefinition {
  name: DatasetTable
  /** What one row is, for the codebook. */
  describes: string
  columns: DatasetColumn[]
  /** The rows of the scoped articles in article order, cells in `columns` order. */
  rows(context: TableContext): Iterable<unknown[]>
}

/**
 * The newest of Slant's own runs that analysed the article `a` (as in analysis-tables.ts): the
 * machine values a table reports come from it, so a re-analysis shows up as a new run id.
 */
export const LATEST_SLANT_RUN = `(SELECT max(x.run_id) FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id
  WHERE x.article_id = a.id AND r.origin = 'slant')`

/** Adapts an object-row generator to cells in column order. */
export function* cellsOf(columns: readonly DatasetColumn[], rows: Iterable<Record<string, unknown>>): Generator<unknown[]> {
  const names = columns.map((column) => column.name)
  for (const row of rows) yield names.map((name) => row[name] ?? null)
}
