import { articleFiltersSchema } from '../../shared/contract'
import { ContractFailure } from '../../shared/errors'
import type { SavedSearch } from '../../shared/rows'
import type { Db } from '../db/open-database'

interface SavedSearchRecord {
  id: number
  name: string
  query: string
  filters: string
  created_at: string
}

function toSavedSearch(record: SavedSearchRecord): SavedSearch {
  const filters = articleFiltersSchema.safeParse(JSON.parse(record.filters))
  return { id: record.id, name: record.name, query: record.query, filters: filters.success ? filters.data : {}, createdAt: record.created_at }
}

export function listSavedSearches(db: Db): SavedSearch[] {
  return (db.prepare('SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE').all() as SavedSearchRecord[]).map(toSavedSearch)
}

/** Saves under a name; saving again under the same name replaces that search. */
export function saveSearch(db: Db, name: string, query: string, filters: SavedSearch['filters']): SavedSearch {
  db.prepare(
    'INSERT INTO saved_searches (name, query, filters) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET query = excluded.query, filters = excluded.filters'
  ).run(name, query, JSON.stringify(filters))
  const record = db.prepare('SELECT * FROM saved_searches WHERE name = ? COLLATE NOCASE').get(name) as SavedSearchRecord | undefined
  if (!record) throw new ContractFailure('internal', `The search "${name}" was not saved`)
  return toSavedSearch(record)
}

export function deleteSavedSearch(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0
}
