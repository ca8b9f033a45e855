import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/open-database'

/** Kept in the settings table, beside the researcher's settings but outside their schema. */
const KEY = 'databaseId'

/**
 * The corpus's stable id, made on first use: a dataset's manifest names it, so two datasets can be
 * told apart as exports of the same corpus or of different ones (a copied file keeps its id).
 */
export function ensureDatabaseId(db: Db): string {
  const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined
  if (stored) {
    try {
      const parsed = JSON.parse(stored) as unknown
      if (typeof parsed === 'string' && parsed.length > 0) return parsed
    } catch {
      // A damaged value is replaced below, like any other damaged setting.
    }
  }
  const id = randomUUID()
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(id))
  return id
}
