import { randomUUID } from 'node:crypto'
import type { CoderRow } from '../../shared/rows'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'

const CODER_COLUMNS = 'id, uid, name, initials, colour, created_at AS createdAt'

export function listCoders(db: Db): CoderRow[] {
  return db.prepare(`SELECT ${CODER_COLUMNS} FROM coders ORDER BY name COLLATE NOCASE, id`).all() as CoderRow[]
}

export function getCoder(db: Db, id: number): CoderRow {
  const coder = db.prepare(`SELECT ${CODER_COLUMNS} FROM coders WHERE id = ?`).get(id) as CoderRow | undefined
  if (!coder) throw new ContractFailure('not_found', `There is no coder ${id}.`)
  return coder
}

/** A new coder profile; the name must be new, since every judgment shows it. */
export function createCoder(db: Db, input: { name: string; initials: string; colour: string }): CoderRow {
  const name = input.name.trim()
  if (db.prepare('SELECT 1 FROM coders WHERE name = ? COLLATE NOCASE').get(name)) throw new ContractFailure('invalid_input', `A coder named "${name}" already exists.`)
  const id = Number(db.prepare('INSERT INTO coders (uid, name, initials, colour) VALUES (?, ?, ?, ?)').run(randomUUID(), name, input.initials.trim().toUpperCase(), input.colour).lastInsertRowid)
  return getCoder(db, id)
}
