import { ContractFailure } from '../../shared/errors'
import type { OutletRow } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { outletDomain } from './canonical-url'
import { getOutlet } from './outlet-queries'

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

function requireOutlet(db: Db, id: number): void {
  if (!db.prepare('SELECT 1 FROM outlets WHERE id = ?').get(id)) throw new ContractFailure('not_found', `There is no outlet with id ${id}`)
}

export function updateOutlet(db: Db, id: number, changes: { name?: string | undefined; country?: string | null | undefined; language?: string | null | undefined }): OutletRow {
  requireOutlet(db, id)
  if (changes.name !== undefined) {
    const clash = db.prepare('SELECT id FROM outlets WHERE name = ? COLLATE NOCASE AND id <> ?').get(changes.name, id) as { id: number } | undefined
    if (clash) throw new ContractFailure('invalid_input', `Another outlet is already named "${changes.name}"; merge the two instead`)
    db.prepare(`UPDATE outlets SET name = ?, updated_at = ${NOW} WHERE id = ?`).run(changes.name, id)
  }
  if (changes.country !== undefined) db.prepare(`UPDATE outlets SET country = ?, updated_at = ${NOW} WHERE id = ?`).run(changes.country || null, id)
  if (changes.language !== undefined) db.prepare(`UPDATE outlets SET language = ?, updated_at = ${NOW} WHERE id = ?`).run(changes.language || null, id)
  return getOutlet(db, id)
}

/** Every article, domain and attribute of `fromId` moves to `intoId`; attributes the target has already win. */
export function mergeOutlets(db: Db, fromId: number, intoId: number): OutletRow {
  if (fromId === intoId) throw new ContractFailure('invalid_input', 'An outlet cannot be merged into itself')
  requireOutlet(db, fromId)
  requireOutlet(db, intoId)
  db.transaction(() => {
    db.prepare(`UPDATE articles SET outlet_id = ?, updated_at = ${NOW} WHERE outlet_id = ?`).run(intoId, fromId)
    db.prepare('UPDATE outlet_domains SET outlet_id = ? WHERE outlet_id = ?').run(intoId, fromId)
    db.prepare('INSERT OR IGNORE INTO outlet_attributes (outlet_id, name, value, source) SELECT ?, name, value, source FROM outlet_attributes WHERE outlet_id = ?').run(
      intoId,
      fromId
    )
    db.prepare(
      `UPDATE outlets SET country = coalesce(country, (SELECT country FROM outlets WHERE id = ?)),
         language = coalesce(language, (SELECT language FROM outlets WHERE id = ?)), updated_at = ${NOW} WHERE id = ?`
    ).run(fromId, fromId, intoId)
    db.prepare('DELETE FROM outlets WHERE id = ?').run(fromId)
  })()
  return getOutlet(db, intoId)
}

export function addOutletDomain(db: Db, id: number, domain: string): OutletRow {
  requireOutlet(db, id)
  const normalized = outletDomain(/^https?:\/\//i.test(domain) ? domain : `https://${domain}`)
  if (!normalized || !normalized.includes('.')) throw new ContractFailure('invalid_input', `"${domain}" is not a domain such as example.com`)
  const owner = db.prepare('SELECT o.name FROM outlet_domains d JOIN outlets o ON o.id = d.outlet_id WHERE d.domain = ? AND d.outlet_id <> ?').get(normalized, id) as
    | { name: string }
    | undefined
  if (owner) throw new ContractFailure('invalid_input', `${normalized} already belongs to ${owner.name}`)
  db.prepare('INSERT OR IGNORE INTO outlet_domains (domain, outlet_id) VALUES (?, ?)').run(normalized, id)
  return getOutlet(db, id)
}

export function removeOutletDomain(db: Db, id: number, domain: string): OutletRow {
  requireOutlet(db, id)
  db.prepare('DELETE FROM outlet_domains WHERE outlet_id = ? AND domain = ?').run(id, domain)
  return getOutlet(db, id)
}

export function setOutletAttribute(db: Db, id: number, name: string, value: string, source: string | undefined): OutletRow {
  requireOutlet(db, id)
  db.prepare(
    'INSERT INTO outlet_attributes (outlet_id, name, value, source) VALUES (?, ?, ?, ?) ON CONFLICT(outlet_id, name) DO UPDATE SET value = excluded.value, source = excluded.source'
  ).run(id, name, value, source || null)
  return getOutlet(db, id)
}

export function removeOutletAttribute(db: Db, id: number, name: string): OutletRow {
  requireOutlet(db, id)
  db.prepare('DELETE FROM outlet_attributes WHERE outlet_id = ? AND name = ?').run(id, name)
  return getOutlet(db, id)
}
