import type { NearDuplicatePage, NearDuplicatePair } from '../../../shared/rows'
import type { Db } from '../../db/open-database'

interface PairRecord {
  similarity: number
  status: 'flagged' | 'dismissed'
  created_at: string
  article_id: number
  article_title: string
  article_outlet: string | null
  article_date: string | null
  original_id: number
  original_title: string
  original_outlet: string | null
  original_date: string | null
}

export function listNearDuplicates(db: Db, status: 'flagged' | 'dismissed', offset: number, limit: number): NearDuplicatePage {
  const total = (db.prepare('SELECT count(*) AS n FROM near_duplicates WHERE status = ?').get(status) as { n: number }).n
  const records = db
    .prepare(
      `SELECT n.similarity, n.status, n.created_at,
         a.id AS article_id, a.title AS article_title, ao.name AS article_outlet, a.published_at AS article_date,
         b.id AS original_id, b.title AS original_title, bo.name AS original_outlet, b.published_at AS original_date
       FROM near_duplicates n
       JOIN articles a ON a.id = n.article_id LEFT JOIN outlets ao ON ao.id = a.outlet_id
       JOIN articles b ON b.id = n.duplicate_of LEFT JOIN outlets bo ON bo.id = b.outlet_id
       WHERE n.status = ? ORDER BY n.created_at DESC, n.article_id DESC LIMIT ? OFFSET ?`
    )
    .all(status, limit, offset) as PairRecord[]
  const pairs: NearDuplicatePair[] = records.map((record) => ({
    article: { id: record.article_id, title: record.article_title, outletName: record.article_outlet, publishedAt: record.article_date },
    original: { id: record.original_id, title: record.original_title, outletName: record.original_outlet, publishedAt: record.original_date },
    similarity: record.similarity,
    status: record.status,
    createdAt: record.created_at
  }))
  return { total, pairs }
}

export function setNearDuplicateStatus(db: Db, articleIds: number[], status: 'flagged' | 'dismissed'): number {
  return db
    .prepare(
      `UPDATE near_duplicates SET status = ?, reviewed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       WHERE article_id IN (SELECT value FROM json_each(?)) AND status <> ?`
    )
    .run(status, JSON.stringify(articleIds), status).changes
}
