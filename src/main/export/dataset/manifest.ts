import type { DatasetRequest } from '../../../shared/export-schemas'
import type { Db } from '../../db/open-database'
import { LIST_SEPARATOR } from './cell-encoding'

export interface ManifestFile {
  name: string
  /** The dataset table, or "codebook". */
  table: string
  rows: number
  columns: string[]
  bytes: number
  sha256: string
}

export interface DatasetManifest {
  generator: 'Slant'
  slantVersion: string
  schemaVersion: number
  databaseId: string
  createdAt: string
  /** The request that made the dataset: running it again on the same corpus gives the same rows. */
  request: DatasetRequest
  scope: DatasetRequest['scope'] & { articles: number }
  scoreSource: DatasetRequest['scoreSource']
  finalValueRule: string
  encoding: {
    format: 'csv' | 'jsonl'
    characterSet: 'UTF-8'
    byteOrderMark: boolean
    delimiter: string | null
    lineEnding: string
    decimalSeparator: string
    listSeparator: string | null
    formulaEscaping: string | null
    dates: string
  }
  analysisRuns: { id: number; analyzer: string; version: string; origin: string; label: string; parameters: unknown; startedAt: string; finishedAt: string | null }[]
  coders: { uid: string; name: string; judgments: number; labels: number; spans: number }[]
  files: ManifestFile[]
}

const FINAL_VALUE_RULE =
  'the adjudicated value, else the human consensus (two or more coders, all equal), else the latest human value, else the latest machine value; each *_source column names the one used'

interface RunRecord {
  id: number
  analyzer: string
  version: string
  origin: string
  label: string
  parameters: string
  startedAt: string
  finishedAt: string | null
}

/** The runs whose results the scoped articles carry (the snapshot's `articles` is already the scope). */
function analysisRuns(db: Db, scoped: boolean): DatasetManifest['analysisRuns'] {
  const inScope = (alias: string) => (scoped ? ` JOIN articles a ON a.id = ${alias}.article_id` : '')
  const runs = db
    .prepare(
      `SELECT id, analyzer, version, origin, label, parameters, started_at AS startedAt, finished_at AS finishedAt FROM analysis_runs
       WHERE id IN (SELECT x.run_id FROM article_analyses x${inScope('x')} UNION SELECT s.run_id FROM article_scores s${inScope('s')})
       ORDER BY id`
    )
    .all() as RunRecord[]
  return runs.map(({ parameters, ...run }) => ({ ...run, parameters: JSON.parse(parameters) as unknown }))
}

/** Every coder with work on the scoped articles, and how much (stored rows, edits and undos included). */
function coders(db: Db, scoped: boolean): DatasetManifest['coders'] {
  // One grouped pass per table, not one count per coder; the whole corpus needs no look-up per row.
  const inScope = scoped ? ' WHERE article_id IN (SELECT id FROM articles)' : ''
  const counted = (table: string) => `(SELECT coder_id, count(*) AS n FROM ${table}${inScope} GROUP BY coder_id)`
  return db
    .prepare(
      `SELECT c.uid, c.name, coalesce(j.n, 0) AS judgments, coalesce(l.n, 0) AS labels, coalesce(s.n, 0) AS spans
       FROM coders c LEFT JOIN ${counted('judgments')} j ON j.coder_id = c.id LEFT JOIN ${counted('label_judgments')} l ON l.coder_id = c.id
         LEFT JOIN ${counted('span_judgments')} s ON s.coder_id = c.id
       WHERE coalesce(j.n, 0) + coalesce(l.n, 0) + coalesce(s.n, 0) > 0
       ORDER BY c.name COLLATE NOCASE, c.id`
    )
    .all() as DatasetManifest['coders']
}

export function buildManifest(input: {
  db: Db
  slantVersion: string
  databaseId: string
  createdAt: string
  request: DatasetRequest
  articleCount: number
  files: ManifestFile[]
}): DatasetManifest {
  const { request } = input
  const csv = request.file.format === 'csv'
  return {
    generator: 'Slant',
    slantVersion: input.slantVersion,
    schemaVersion: input.db.pragma('user_version', { simple: true }) as number,
    databaseId: input.databaseId,
    createdAt: input.createdAt,
    request,
    scope: { ...request.scope, articles: input.articleCount },
    scoreSource: request.scoreSource,
    finalValueRule: FINAL_VALUE_RULE,
    encoding: {
      format: request.file.format,
      characterSet: 'UTF-8',
      byteOrderMark: csv && request.file.bom,
      delimiter: csv ? request.file.delimiter : null,
      lineEnding: csv ? 'CRLF (RFC 4180); line breaks inside a field are kept, in a quoted field' : 'LF, one JSON object per line',
      decimalSeparator: csv && request.file.delimiter === ';' ? ',' : '.',
      listSeparator: csv ? LIST_SEPARATOR : null,
      formulaEscaping: csv && request.file.profile === 'excel' ? "text cells starting with = + - @, a tab or a carriage return get a leading ' so spreadsheets show them as text" : null,
      dates: 'ISO 8601 (UTC where a time is given)'
    },
    analysisRuns: analysisRuns(input.db, request.scope.kind !== 'all'),
    coders: coders(input.db, request.scope.kind !== 'all'),
    files: input.files
  }
}
