import { ContractFailure } from '../../shared/errors'
import type { OutletAttribute, OutletRow } from '../../shared/rows'
import type { Db } from '../db/open-database'

const OUTLET_SELECT = `SELECT o.id, o.name, o.country, o.language,
    (SELECT count(*) FROM articles a WHERE a.outlet_id = o.id) AS articleCount,
    (SELECT group_concat(domain, ' ') FROM (SELECT domain FROM outlet_domains d WHERE d.outlet_id = o.id ORDER BY domain)) AS domains,
    (SELECT json_group_array(json_object('name', name, 'value', value, 'source', source))
       FROM (SELECT name, value, source FROM outlet_attributes x WHERE x.outlet_id = o.id ORDER BY name)) AS attributes
  FROM outlets o`

type OutletRecord = Omit<OutletRow, 'domains' | 'attributes'> & { domains: string | null; attributes: string }

function toOutletRow(record: OutletRecord): OutletRow {
  return {
    ...record,
    domains: record.domains ? record.domains.split(' ') : [],
    attributes: JSON.parse(record.attributes) as OutletAttribute[]
  }
}

export function listOutlets(db: Db): OutletRow[] {
  return (db.prepare(`${OUTLET_SELECT} ORDER BY articleCount DESC, o.name COLLATE NOCASE`).all() as OutletRecord[]).map(toOutletRow)
}

export function getOutlet(db: Db, id: number): OutletRow {
  const record = db.prepare(`${OUTLET_SELECT} WHERE o.id = ?`).get(id) as OutletRecord | undefined
  if (!record) throw new ContractFailure('not_found', `There is no outlet with id ${id}`)
  return toOutletRow(record)
}
