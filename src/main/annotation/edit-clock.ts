import type { Db } from '../db/open-database'

/**
 * The time to stamp on a coder's next edit, score, label or span. A coder's undo and redo form one stack
 * across their tables, replayed in time order, so two edits of one coder must never share a
 * millisecond: when the clock has not moved on (or went back), the edit is stamped one millisecond
 * after the coder's latest.
 */
export function nextEditTime(db: Db, coderId: number): string {
  const latest = db
    .prepare<[number, number, number], { latest: string | null }>(
      `SELECT max(latest) AS latest FROM (
         SELECT max(created_at) AS latest FROM judgments WHERE coder_id = ?
         UNION ALL SELECT max(created_at) FROM label_judgments WHERE coder_id = ?
         UNION ALL SELECT max(created_at) FROM span_judgments WHERE coder_id = ?)`
    )
    .get(coderId, coderId, coderId)?.latest
  const now = Date.now()
  const after = latest ? Date.parse(latest) + 1 : Number.NEGATIVE_INFINITY
  return new Date(Math.max(now, after)).toISOString()
}
