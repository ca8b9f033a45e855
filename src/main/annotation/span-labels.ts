import type { SpanLabelRow } from '../../shared/rows'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'

const LABEL_SELECT = `SELECT l.id, l.name, l.colour, l.description, l.built_in AS builtIn,
  (SELECT count(DISTINCT s.span_key) FROM span_judgments s WHERE s.origin = 'coder' AND s.label = l.name COLLATE NOCASE) AS uses
  FROM span_labels l`

type StoredLabel = Omit<SpanLabelRow, 'builtIn'> & { builtIn: number }

const toRow = (row: StoredLabel): SpanLabelRow => ({ ...row, builtIn: row.builtIn === 1 })

/** The built-in labels first (in the codebook's order), then the project's, by name. */
export function listSpanLabels(db: Db): SpanLabelRow[] {
  return (db.prepare(`${LABEL_SELECT} ORDER BY l.built_in DESC, CASE WHEN l.built_in = 1 THEN l.id END, l.name COLLATE NOCASE`).all() as StoredLabel[]).map(toRow)
}

function getSpanLabel(db: Db, id: number): SpanLabelRow {
  const row = db.prepare(`${LABEL_SELECT} WHERE l.id = ?`).get(id) as StoredLabel | undefined
  if (!row) throw new ContractFailure('not_found', `There is no span label ${id}.`)
  return toRow(row)
}

/** The label as this corpus spells it, or null when it is not defined here. */
export function findSpanLabel(db: Db, name: string): { name: string; colour: string } | null {
  return (db.prepare('SELECT name, colour FROM span_labels WHERE name = ? COLLATE NOCASE').get(name.trim()) as { name: string; colour: string } | undefined) ?? null
}

/** A label of the project's own; names are unique regardless of case, since spans carry the name. */
export function createSpanLabel(db: Db, input: { name: string; colour: string; description?: string | undefined }): SpanLabelRow {
  const name = input.name.trim().replace(/\s+/g, ' ')
  const existing = findSpanLabel(db, name)
  if (existing) throw new ContractFailure('invalid_input', `A span label named "${existing.name}" already exists.`)
  const id = Number(db.prepare('INSERT INTO span_labels (name, colour, description) VALUES (?, ?, ?)').run(name, input.colour, input.description?.trim() ?? '').lastInsertRowid)
  return getSpanLabel(db, id)
}

/** Changes a label's colour or description; its name stays, because spans already carry it. */
export function updateSpanLabel(db: Db, input: { id: number; colour?: string | undefined; description?: string | undefined }): SpanLabelRow {
  const label = getSpanLabel(db, input.id)
  db.prepare('UPDATE span_labels SET colour = ?, description = ? WHERE id = ?').run(input.colour ?? label.colour, input.description?.trim() ?? label.description, input.id)
  return getSpanLabel(db, input.id)
}

/** Removes a project label nobody has used; the built-in ones stay so every corpus shares them. */
export function removeSpanLabel(db: Db, id: number): { removed: boolean } {
  const label = getSpanLabel(db, id)
  if (label.builtIn) throw new ContractFailure('invalid_input', `"${label.name}" is one of Slant's built-in labels and cannot be removed.`)
  if (label.uses > 0) throw new ContractFailure('invalid_input', `"${label.name}" is the label of ${label.uses} span${label.uses === 1 ? '' : 's'}; it cannot be removed while coders' history uses it.`)
  db.prepare('DELETE FROM span_labels WHERE id = ?').run(id)
  return { removed: true }
}

/** Makes sure a label carried in from a coder file exists here, so its spans show with a colour. */
export function ensureSpanLabel(db: Db, name: string, colour: string): void {
  if (!findSpanLabel(db, name)) db.prepare('INSERT INTO span_labels (name, colour) VALUES (?, ?)').run(name.trim(), colour)
}
