import type { Db } from '../db/open-database'

/**
 * New articles enter the full-text index in bulk, one statement per transaction, not through a
 * trigger. A trigger made every article insert its own FTS5 segment: each later statement opens a
 * savepoint, and FTS5 writes out its pending terms at every savepoint. Five times slower on import.
 * Deletes and edits of title or text are still indexed by triggers (see migrations 001 and 004).
 */
export function indexForSearch(db: Db, articleIds: readonly number[]): void {
  if (articleIds.length === 0) return
  db.prepare(
    'INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?))'
  ).run(JSON.stringify(articleIds))
}

/** Collects the ids a transaction stores, for one indexForSearch() before it commits. */
export class SearchIndexQueue {
  private pending: number[] = []

  constructor(private readonly db: Db) {}

  add(articleId: number): void {
    this.pending.push(articleId)
  }

  /** Call inside the transaction that stored the articles, so they are searchable as soon as they are committed. */
  flush(): void {
    indexForSearch(this.db, this.pending)
    this.pending = []
  }
}
