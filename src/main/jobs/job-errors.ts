import { ContractFailure } from '../../shared/errors'
import type { JobErrorPage } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { findJob } from './job-store'

/** The articles a job could not process, with the reason each failed, oldest first. */
export function listJobErrors(db: Db, jobId: number, offset: number, limit: number): JobErrorPage {
  if (!findJob(db, jobId)) throw new ContractFailure('not_found', `There is no job with id ${jobId}`)
  const total = (db.prepare('SELECT count(*) AS n FROM job_errors WHERE job_id = ?').get(jobId) as { n: number }).n
  const rows = db
    .prepare(
      `SELECT e.article_id AS articleId, a.title AS title, e.error AS error, e.created_at AS createdAt
       FROM job_errors e LEFT JOIN articles a ON a.id = e.article_id
       WHERE e.job_id = ? ORDER BY e.created_at, e.article_id LIMIT ? OFFSET ?`
    )
    .all(jobId, limit, offset) as JobErrorPage['rows']
  return { total, rows }
}
