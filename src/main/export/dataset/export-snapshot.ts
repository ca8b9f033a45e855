import Database from 'better-sqlite3'
import { ContractFailure } from '../../../shared/errors'
import type { ExportScope } from '../../../shared/export-schemas'
import { articleScope } from '../../corpus/article-scope'
import type { Db } from '../../db/open-database'

/**
 * The export's own read-only connection to the corpus, inside one read transaction: every table of
 * a dataset comes from the same moment (WAL keeps that snapshot while the app goes on writing), and
 * the app's connection is never held busy by an export's open statements between writes to disk.
 */
export interface ExportSnapshot {
  db: Db
  /** Articles the scope covers. */
  articleCount: number
  /** Lowest and highest article id in scope, to turn a row's article id into progress. */
  firstArticleId: number
  lastArticleId: number
  close(): void
}

/** Fills temp.export_scope with the scope's article ids (before the view below exists, so `articles` is still the main table). */
function fillScope(db: Db, scope: Exclude<ExportScope, { kind: 'all' }>): void {
  const insert = (sql: string, ...params: unknown[]) => db.prepare(`INSERT OR IGNORE INTO temp.export_scope (id) ${sql}`).run(...params)
  switch (scope.kind) {
    case 'search': {
      const sql = articleScope({ query: scope.query, filters: scope.filters }, false)
      if (!sql.impossible) insert(`SELECT a.id FROM ${sql.from} WHERE ${sql.where}`, ...sql.params)
      return
    }
    case 'story':
      if (!db.prepare('SELECT 1 FROM main.stories WHERE id = ?').get(scope.storyId)) throw new ContractFailure('not_found', `There is no story ${scope.storyId}.`)
      insert('SELECT article_id FROM main.story_articles WHERE story_id = ?', scope.storyId)
      return
    case 'selection':
      insert('SELECT a.id FROM main.articles a WHERE a.id IN (SELECT value FROM json_each(?))', JSON.stringify(scope.ids))
      return
    case 'tag':
      if (!db.prepare('SELECT 1 FROM main.tags WHERE name = ? COLLATE NOCASE').get(scope.tag)) throw new ContractFailure('not_found', `There is no tag "${scope.tag}".`)
      insert('SELECT at.article_id FROM main.article_tags at JOIN main.tags t ON t.id = at.tag_id WHERE t.name = ? COLLATE NOCASE', scope.tag)
  }
}

export function openSnapshot(databasePath: string, scope: ExportScope): ExportSnapshot {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    db.exec('BEGIN')
    if (scope.kind !== 'all') {
      db.exec('CREATE TEMP TABLE export_scope (id INTEGER PRIMARY KEY)')
      fillScope(db, scope)
      // Unqualified names look in the temp schema first, so from here on every query of every table
      // (this folder's and the shared row generators alike) sees only the articles in scope.
      db.exec('CREATE TEMP VIEW articles AS SELECT * FROM main.articles WHERE id IN (SELECT id FROM temp.export_scope)')
    }
    const range = db.prepare('SELECT count(*) AS count, coalesce(min(id), 0) AS first, coalesce(max(id), 0) AS last FROM articles').get() as { count: number; first: number; last: number }
    return {
      db,
      articleCount: range.count,
      firstArticleId: range.first,
      lastArticleId: range.last,
      // Closing ends the read transaction with it; nothing was written but the temp tables.
      close: () => db.close()
    }
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Whether the snapshot narrows `articles` to a scope. A table whose rows all belong to some article
 * (judgments: their foreign key says so) needs no check against `articles` when it does not: a
 * million such checks were a tenth of exporting the judgments.
 */
export function isScoped(db: Db): boolean {
  return db.prepare("SELECT 1 FROM temp.sqlite_master WHERE type = 'view' AND name = 'articles'").get() !== undefined
}
