import type { OutletRow } from '../../shared/rows'
import type { Db } from '../db/open-database'

export function listOutlets(db: Db): OutletRow[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.country, o.language,
         (SELECT count(*) FROM articles a WHERE a.outlet_id = o.id) AS articleCount,
         (SELECT group_concat(domain, ' ') FROM (SELECT domain FROM outlet_domains d WHERE d.outlet_id = o.id ORDER BY domain)) AS domains
       FROM outlets o ORDER BY articleCount DESC, o.name COLLATE NOCASE`
    )
    .all() as (Omit<OutletRow, 'domains'> & { domains: string | null })[]
  return rows.map((row) => ({ ...row, domains: row.domains ? row.domains.split(' ') : [] }))
}
