import { ContractFailure } from '../../shared/errors'
import type { JobRow, JobState } from '../../shared/rows'
import type { Db } from '../db/open-database'

interface JobRecord {
  id: number
  kind: string
  label: string
  state: JobState
  progress: number | null
  processed: number
  counts: string
  error: string | null
  created_at: string
  started_at: string | null
  finished_at: string | null
}

const COLUMNS = 'id, kind, label, state, progress, processed, counts, error, created_at, started_at, finished_at'

function toJobRow(record: JobRecord): JobRow {
  return {
    id: record.id,
    kind: record.kind,
    label: record.label,
    state: record.state,
    progress: record.progress,
    processed: record.processed,
    counts: JSON.parse(record.counts) as Record<string, number>,
    error: record.error,
    createdAt: record.created_at,
    startedAt: record.started_at,
    finishedAt: record.finished_at
  }
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

export function startJob(db: Db, kind: string, label: string, params: unknown): JobRow {
  const id = db
    .prepare(`INSERT INTO jobs (kind, label, params, state, started_at) VALUES (?, ?, ?, 'running', ${NOW})`)
    .run(kind, label, JSON.stringify(params)).lastInsertRowid as number
  return getJob(db, id)
}

export function getJob(db: Db, id: number): JobRow {
  const job = findJob(db, id)
  if (!job) throw new Error(`No job with id ${id}`)
  return job
}

export function findJob(db: Db, id: number): JobRow | null {
  const record = db.prepare(`SELECT ${COLUMNS} FROM jobs WHERE id = ?`).get(id) as JobRecord | undefined
  return record ? toJobRow(record) : null
}

export function updateJobProgress(db: Db, id: number, progress: number | null, processed: number, counts: Record<string, number>): JobRow {
  db.prepare('UPDATE jobs SET progress = ?, processed = ?, counts = ? WHERE id = ?').run(progress, processed, JSON.stringify(counts), id)
  return getJob(db, id)
}

export function finishJob(
  db: Db,
  id: number,
  state: Exclude<JobState, 'queued' | 'running'>,
  outcome: { counts: Record<string, number>; processed: number; result?: unknown; error?: string | null }
): JobRow {
  db.prepare(
    `UPDATE jobs SET state = ?, progress = CASE WHEN ? = 'done' THEN 1 ELSE progress END, processed = ?, counts = ?, result = ?, error = ?,
       finished_at = CASE WHEN ? = 'paused' THEN NULL ELSE ${NOW} END WHERE id = ?`
  ).run(state, state, outcome.processed, JSON.stringify(outcome.counts), outcome.result === undefined ? null : JSON.stringify(outcome.result), outcome.error ?? null, state, id)
  return getJob(db, id)
}

export function listJobs(db: Db, limit: number): JobRow[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM jobs ORDER BY id DESC LIMIT ?`).all(limit) as JobRecord[]).map(toJobRow)
}

/**
 * Jobs still marked running when the corpus opens were cut off by a crash or a quit. Imports commit in
 * batches and skip duplicates, so what they stored is kept and re-running the import adds the rest.
 */
export function markInterruptedJobs(db: Db): number {
  // Analysis jobs resume where they stopped (analysis-job.ts); imports are re-run by the researcher.
  return db
    .prepare(
      `UPDATE jobs SET state = 'failed', error = 'interrupted: Slant stopped while this job ran; work committed before that is kept (run it again to finish)', finished_at = ${NOW} WHERE state IN ('running', 'queued') AND kind <> 'analyze'`
    )
    .run().changes
}

/** The result a finished job stored, parsed; null while it runs or when it stored none. */
export function jobResult(db: Db, id: number): unknown {
  const row = db.prepare('SELECT result FROM jobs WHERE id = ?').get(id) as { result: string | null } | undefined
  if (!row) throw new ContractFailure('not_found', `There is no job with id ${id}`)
  return row.result === null ? null : (JSON.parse(row.result) as unknown)
}
