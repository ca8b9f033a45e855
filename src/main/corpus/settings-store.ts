import { z } from 'zod'
import type { Db } from '../db/open-database'

/** Researcher-adjustable settings with their defaults; stored values are validated on every read. */
export const settingsSchema = z.object({
  /** Jaccard similarity of word 3-grams at or above which an article is flagged as a near-duplicate. */
  nearDuplicateThreshold: z.number().min(0.5).max(1).default(0.8),
  /** Analyse articles as soon as an import adds them (and, at start-up, any the CLI added meanwhile). */
  autoAnalyse: z.boolean().default(false),
  /** Similarity (0-1: term cosine, shared names and figures) at or above which an article joins a story. */
  storyThreshold: z.number().min(0.1).max(0.9).default(0.35),
  /** The coder whose judgments this app records (picked at start, shown in the frame). */
  coderId: z.number().int().positive().nullable().default(null)
})

export type Settings = z.infer<typeof settingsSchema>

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]
  const stored: Record<string, unknown> = {}
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value)
    } catch {
      // A damaged value falls back to its default rather than breaking every import.
    }
  }
  // Field by field: a damaged value falls back to its own default and leaves the others alone.
  const settings: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = field.safeParse(stored[key])
    settings[key] = parsed.success ? parsed.data : field.parse(undefined)
  }
  return settings as Settings
}

export function writeSettings(db: Db, changes: Partial<Settings>): Settings {
  const next = settingsSchema.parse({ ...readSettings(db), ...changes })
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
  db.transaction(() => {
    for (const [key, value] of Object.entries(next)) upsert.run(key, JSON.stringify(value))
  })()
  return next
}
