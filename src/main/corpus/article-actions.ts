import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'
import { indexForSearch } from './search-index'

/** Deleted batches older than this are purged when the next deletion happens. */
const UNDO_WINDOW_DAYS = 30

function idList(ids: number[]): string {
  return JSON.stringify([...new Set(ids)])
}

export function tagArticles(db: Db, ids: number[], tag: string): number {
  return db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)').run(tag)
    const tagId = (db.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE').get(tag) as { id: number }).id
    return db
      .prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT id, ? FROM articles WHERE id IN (SELECT value FROM json_each(?))')
      .run(tagId, idList(ids)).changes
  })()
}

export function untagArticles(db: Db, ids: number[], tag: string): number {
  return db.transaction(() => {
    const found = db.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE').get(tag) as { id: number } | undefined
    if (!found) return 0
    const changed = db
      .prepare('DELETE FROM article_tags WHERE tag_id = ? AND article_id IN (SELECT value FROM json_each(?))')
      .run(found.id, idList(ids)).changes
    db.prepare('DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = ?)').run(found.id, found.id)
    return changed
  })()
}

export function listTags(db: Db): { name: string; count: number }[] {
  return db
    .prepare('SELECT t.name AS name, count(at.article_id) AS count FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE')
    .all() as { name: string; count: number }[]
}

/**
 * Tables whose rows belong to an article and must come back with it on undo: every table with a
 * foreign key to articles, found in the schema, so a table added by a later migration is never
 * forgotten. Near-duplicate flags name two articles and are restored separately.
 */
function dependentTables(db: Db): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT m.name AS name FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f."table" = 'articles' AND m.name <> 'near_duplicates' ORDER BY m.name`
      )
      .all() as { name: string }[]
  ).map((row) => row.name)
}

interface DeletedPayload {
  articles: Record<string, unknown>[]
  dependents: Record<string, Record<string, unknown>[]>
  nearDuplicates: Record<string, unknown>[]
}

/**
 * Deletes articles and everything that hangs off them, keeping an exact copy so the deletion can be
 * undone with the same ids. Runs in one transaction: all of it happens, or none.
 */
export function deleteArticles(db: Db, ids: number[]): { batchId: number; deleted: number } {
  return db.transaction(() => {
    const list = idList(ids)
    const articles = db.prepare('SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(list) as Record<string, unknown>[]
    if (articles.length === 0) throw new ContractFailure('not_found', 'None of those articles exists')
    const dependents: DeletedPayload['dependents'] = {}
    for (const table of dependentTables(db)) {
      dependents[table] = db.prepare(`SELECT * FROM ${table} WHERE article_id IN (SELECT value FROM json_each(?))`).all(list) as Record<string, unknown>[]
    }
    const nearDuplicates = db
      .prepare('SELECT * FROM near_duplicates WHERE article_id IN (SELECT value FROM json_each(?)) OR duplicate_of IN (SELECT value FROM json_each(?))')
      .all(list, list) as Record<string, unknown>[]
    const payload: DeletedPayload = { articles, dependents, nearDuplicates }
    db.prepare(`DELETE FROM deleted_batches WHERE created_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-${UNDO_WINDOW_DAYS} days')`).run()
    const batchId = db
      .prepare('INSERT INTO deleted_batches (label, article_count, payload) VALUES (?, ?, ?)')
      .run(`${articles.length} article${articles.length === 1 ? '' : 's'}`, articles.length, JSON.stringify(payload, keepBlobs)).lastInsertRowid as number
    const deleted = db.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(list).changes
    return { batchId, deleted }
  })()
}

/**
 * Blobs (MinHash signatures) survive the JSON copy as base64. Buffer's own toJSON runs before a
 * replacer sees the value, so the replacer recognises its output shape.
 */
function keepBlobs(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)) {
    return { blob: Buffer.from((value as { data: number[] }).data).toString('base64') }
  }
  return value
}

function restoreBlobs(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && typeof (value as { blob?: unknown }).blob === 'string' && Object.keys(value).length === 1) {
    return Buffer.from((value as { blob: string }).blob, 'base64')
  }
  return value
}

/** Inserts the rows that are not there yet and returns those it inserted. */
function insertRows(db: Db, table: string, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.filter((row) => {
    const columns = Object.keys(row)
    return (
      db
        .prepare(`INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
        .run(...columns.map((column) => row[column])).changes > 0
    )
  })
}

export function restoreArticles(db: Db, batchId: number): number {
  return db.transaction(() => {
    const batch = db.prepare('SELECT payload FROM deleted_batches WHERE id = ?').get(batchId) as { payload: string } | undefined
    if (!batch) throw new ContractFailure('not_found', `Nothing to undo: deletion ${batchId} is not kept (any more)`)
    const payload = JSON.parse(batch.payload, restoreBlobs) as DeletedPayload
    // The outlet may have been merged away since; the article comes back without one rather than not at all.
    const outletExists = db.prepare('SELECT 1 FROM outlets WHERE id = ?')
    const articles = payload.articles.map((row) => (row.outlet_id !== null && !outletExists.get(row.outlet_id) ? { ...row, outlet_id: null } : row))
    indexForSearch(db, insertRows(db, 'articles', articles).map((row) => row.id as number))
    for (const table of dependentTables(db)) insertRows(db, table, payload.dependents[table] ?? [])
    const articleExists = db.prepare('SELECT 1 FROM articles WHERE id = ?')
    insertRows(db, 'near_duplicates', payload.nearDuplicates.filter((row) => articleExists.get(row.article_id) && articleExists.get(row.duplicate_of)))
    db.prepare('DELETE FROM deleted_batches WHERE id = ?').run(batchId)
    return payload.articles.length
  })()
}
