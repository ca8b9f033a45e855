import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { ContractFailure } from '../../../shared/errors'
import type { DatasetRequest, DatasetTable, ExportScope, ScoreSource } from '../../../shared/export-schemas'
import { DATASET_TABLES } from '../../../shared/export-schemas'
import type { DatasetTableInfo, ExportDefaults, ExportPreview, ExportResult } from '../../../shared/export-rows'
import type { JobRow } from '../../../shared/rows'
import type { Db } from '../../db/open-database'
import type { JobControl } from '../../jobs/job-control'
import { findJob, finishJob, jobResult, startJob, updateJobProgress } from '../../jobs/job-store'
import { LIST_SEPARATOR } from './cell-encoding'
import { chosenColumns, TABLE_DEFINITIONS } from './dataset-tables'
import { openSnapshot } from './export-snapshot'
import { resolveScoreSource, runDatasetExport, validateExportRequest, type ExportOutcome } from './run-dataset-export'
import { ExportCancelled } from './table-file'

export function datasetTables(): DatasetTableInfo[] {
  return DATASET_TABLES.map((name) => {
    const { describes, columns } = TABLE_DEFINITIONS[name]
    return { name, describes, columns: columns.map((column) => ({ ...column })) }
  })
}

/** The exports folder beside the corpus file (the dialog's default; browser mode has no folder picker). */
export function exportFolder(databasePath: string): string {
  return join(dirname(databasePath), 'exports')
}

export function exportDefaults(db: Db, databasePath: string): ExportDefaults {
  const coders = db.prepare('SELECT name FROM coders ORDER BY name COLLATE NOCASE').pluck().all() as string[]
  return { folder: exportFolder(databasePath), tables: datasetTables(), coders }
}

/** The first rows of a table as the export would write them, from the same scope and score source. */
export function previewTable(
  db: Db,
  databasePath: string,
  input: { table: DatasetTable; scope: ExportScope; scoreSource: ScoreSource; columns?: string[] | undefined; limit: number }
): ExportPreview {
  const definition = TABLE_DEFINITIONS[input.table]
  const { columns, indexes } = chosenColumns(definition, input.columns)
  const scoreSource = resolveScoreSource(db, input.scoreSource)
  const snapshot = openSnapshot(databasePath, input.scope)
  try {
    const rows: ExportPreview['rows'] = []
    for (const row of definition.rows({ db: snapshot.db, scoreSource })) {
      rows.push(
        indexes.map((index) => {
          const value = row[index]
          if (value === undefined || value === null) return null
          if (Array.isArray(value)) return value.join(LIST_SEPARATOR)
          return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value)
        })
      )
      if (rows.length >= input.limit) break
    }
    return { table: input.table, columns, rows, articles: snapshot.articleCount }
  } finally {
    snapshot.close()
  }
}

export interface ExportJobContext {
  db: Db
  databasePath: string
  slantVersion: string
  jobControl: JobControl
  onJob: (job: JobRow) => void
}

function describeScope(scope: ExportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'the whole corpus'
    case 'search':
      return scope.query ? `search "${scope.query}"` : 'the current filters'
    case 'story':
      return `story ${scope.storyId}`
    case 'selection':
      return `${scope.ids.length} selected article${scope.ids.length === 1 ? '' : 's'}`
    case 'tag':
      return `tag "${scope.tag}"`
  }
}

function resultOf(outcome: ExportOutcome): ExportResult {
  return {
    path: outcome.path,
    manifestPath: outcome.manifestPath,
    articles: outcome.manifest.scope.articles,
    files: outcome.manifest.files.map(({ name, table, rows, bytes, sha256 }) => ({ name, table, rows, bytes, sha256 }))
  }
}

/** Progress goes to the jobs table and the event bus at most this often. */
const PROGRESS_INTERVAL_MS = 250

/**
 * Runs an export as a job: progress through the event bus, cancel through jobs.cancel. `started`
 * answers as soon as the job exists (the app's dialog follows it); `finished` when it ends, with
 * the files written, or rejects with why it stopped.
 */
export function startExportJob(context: ExportJobContext, request: DatasetRequest): { jobId: number; finished: Promise<ExportResult> } {
  // The suggested folder beside the corpus is made on first use; any other folder must exist already.
  if (dirname(resolve(request.out)) === exportFolder(context.databasePath)) mkdirSync(exportFolder(context.databasePath), { recursive: true })
  validateExportRequest(context.db, request)
  const tables = request.tables.length === DATASET_TABLES.length ? 'all tables' : request.tables.join(', ')
  const job = startJob(context.db, 'export', `Export ${tables} of ${describeScope(request.scope)}`, request)
  const signal = context.jobControl.start(job.id)
  context.onJob(job)
  let lastReport = 0
  let rowsWritten = 0
  const finished = (async () => {
    try {
      const outcome = await runDatasetExport(request, {
        db: context.db,
        databasePath: context.databasePath,
        slantVersion: context.slantVersion,
        signal,
        onProgress: (progress) => {
          rowsWritten = progress.rows
          const now = Date.now()
          if (now - lastReport < PROGRESS_INTERVAL_MS) return
          lastReport = now
          context.onJob(updateJobProgress(context.db, job.id, progress.fraction, progress.rows, { rows: progress.rows }))
        }
      })
      const result = resultOf(outcome)
      const rows = result.files.filter((file) => file.table !== 'codebook').reduce((sum, file) => sum + file.rows, 0)
      context.onJob(finishJob(context.db, job.id, 'done', { counts: { rows, files: result.files.length + 1 }, processed: rows, result }))
      return result
    } catch (error) {
      const cancelled = error instanceof ExportCancelled
      context.onJob(finishJob(context.db, job.id, cancelled ? 'cancelled' : 'failed', { counts: { rows: rowsWritten }, processed: rowsWritten, error: (error as Error).message }))
      throw error
    } finally {
      context.jobControl.finish(job.id)
    }
  })()
  // The app follows the job through events; a caller that never awaits must not see an unhandled rejection.
  finished.catch(() => undefined)
  return { jobId: job.id, finished }
}

/** A finished export job's files, for the dialog; null while it runs. */
export function exportJobResult(db: Db, jobId: number): ExportResult | null {
  const job = findJob(db, jobId)
  if (!job) throw new ContractFailure('not_found', `There is no job ${jobId}.`)
  if (job.kind !== 'export') throw new ContractFailure('invalid_input', `Job ${jobId} is not an export.`)
  return jobResult(db, jobId) as ExportResult | null
}
