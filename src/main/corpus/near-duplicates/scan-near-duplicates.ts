import type { JobRow } from '../../../shared/rows'
import type { Db } from '../../db/open-database'
import type { JobControl } from '../../jobs/job-control'
import { finishJob, startJob, updateJobProgress } from '../../jobs/job-store'
import { readSettings } from '../settings-store'
import { NearDuplicateIndex, nearDuplicateSignature } from './near-duplicate-index'

const BATCH_SIZE = 1000

/**
 * Indexes the articles that have no MinHash yet (stored before near-duplicate detection existed, or
 * by a tool other than the importer) and flags those that match an earlier article. Oldest first,
 * so the earlier article of a pair is always the original. A job: progress, cancel, resumable.
 */
export async function scanNearDuplicates(
  db: Db,
  hooks: { onJob?: (job: JobRow) => void; jobControl?: JobControl } = {}
): Promise<{ scanned: number; flagged: number }> {
  const threshold = readSettings(db).nearDuplicateThreshold
  const pendingCount = (db.prepare('SELECT count(*) AS n FROM articles WHERE id NOT IN (SELECT article_id FROM article_minhash)').get() as { n: number }).n
  let job = startJob(db, 'near-duplicates', 'Find near-duplicates', { threshold })
  hooks.onJob?.(job)
  const signal = hooks.jobControl?.start(job.id) ?? new AbortController().signal
  const index = new NearDuplicateIndex(db)
  const nextBatch = db.prepare<[number, number], { id: number; text: string; word_count: number }>(
    'SELECT id, text, word_count FROM articles WHERE id > ? AND id NOT IN (SELECT article_id FROM article_minhash) ORDER BY id LIMIT ?'
  )
  const flag = db.prepare<[number, number, number]>(
    "INSERT OR IGNORE INTO near_duplicates (article_id, duplicate_of, similarity, status) VALUES (?, ?, ?, 'flagged')"
  )
  const markChecked = db.prepare<[number, Buffer]>('INSERT OR REPLACE INTO article_minhash (article_id, signature) VALUES (?, ?)')
  let scanned = 0
  let flagged = 0
  let lastId = 0
  try {
    while (!signal.aborted) {
      const rows = nextBatch.all(lastId, BATCH_SIZE)
      if (rows.length === 0) break
      db.transaction(() => {
        for (const row of rows) {
          lastId = row.id
          scanned++
          const signature = nearDuplicateSignature(row.text, row.word_count)
          // Too short to compare: remember it was looked at, with an empty signature that matches nothing.
          if (!signature) {
            markChecked.run(row.id, Buffer.alloc(0))
            continue
          }
          const match = index.find(signature, threshold, row.id)
          index.add(row.id, signature)
          if (match && match.of < row.id) {
            flag.run(row.id, match.of, match.similarity)
            flagged++
          }
        }
      })()
      job = updateJobProgress(db, job.id, pendingCount === 0 ? 1 : scanned / pendingCount, scanned, { scanned, flagged })
      hooks.onJob?.(job)
      await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    hooks.jobControl?.finish(job.id)
  }
  job = finishJob(db, job.id, signal.aborted ? 'cancelled' : 'done', { counts: { scanned, flagged }, processed: scanned })
  hooks.onJob?.(job)
  return { scanned, flagged }
}
