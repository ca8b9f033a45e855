import type { z } from 'zod'
import { ContractFailure } from '../../../shared/errors'
import type { Blindspots, OutletGroup } from '../../../shared/outlet-comparison-rows'
import type { blindspotsSchema } from '../../../shared/story-schemas'
import { articleScope } from '../../corpus/article-scope'
import type { Db } from '../../db/open-database'

export type BlindspotsInput = z.output<typeof blindspotsSchema>

/** Outlets with no value for the attribute form a group of their own, so none drops out unseen. */
const NOT_SET = '(not set)'

/**
 * Blindspots: stories that some groups of outlets covered and others did not. Coverage is counted in
 * SQLite (each article in scope tagged with its group), and only a page of stories is returned.
 */
export function blindspots(db: Db, input: BlindspotsInput): Blindspots {
  const byOutlet = input.groupBy.kind === 'outlet'
  const groupExpression = byOutlet ? 'CAST(a.outlet_id AS TEXT)' : `coalesce((SELECT value FROM outlet_attributes x WHERE x.outlet_id = a.outlet_id AND x.name = ?), '${NOT_SET}')`
  const groupParams = byOutlet ? [] : [input.groupBy.kind === 'attribute' ? input.groupBy.name : '']
  if (!byOutlet && input.groupBy.kind === 'attribute') {
    const known = db.prepare('SELECT 1 FROM outlet_attributes WHERE name = ? LIMIT 1').get(input.groupBy.name)
    if (!known) throw new ContractFailure('invalid_input', `No outlet has an attribute "${input.groupBy.name}". Set it in Outlets (for example lean: left, centre, right) first.`)
  }
  const outletIds = input.groupBy.kind === 'outlet' ? input.groupBy.outletIds : null
  const scope = articleScope({ query: input.query, filters: { ...input.filters, ...(outletIds ? { outletIds } : {}) } }, false)
  if (scope.impossible) return { groups: [], total: 0, rows: [] }
  return db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS temp.story_coverage')
    db.exec('CREATE TEMP TABLE story_coverage (story_id INTEGER NOT NULL, grp TEXT NOT NULL, articles INTEGER NOT NULL, PRIMARY KEY (story_id, grp))')
    db.prepare(
      `INSERT INTO temp.story_coverage (story_id, grp, articles)
       SELECT m.story_id, ${groupExpression} AS grp, count(*) FROM ${scope.from} JOIN story_articles m ON m.article_id = a.id
       WHERE ${scope.where} AND a.outlet_id IS NOT NULL GROUP BY m.story_id, grp`
    ).run(...groupParams, ...scope.params)
    // The groups: the chosen outlets (even one that covered nothing), or every value the attribute has.
    const groupRows = byOutlet
      ? (db.prepare('SELECT CAST(id AS TEXT) AS key, name AS label, 1 AS outlets FROM outlets WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name COLLATE NOCASE').all(JSON.stringify(outletIds)) as Omit<OutletGroup, 'stories'>[])
      : (db
          .prepare(
            `SELECT coalesce(x.value, '${NOT_SET}') AS key, coalesce(x.value, '${NOT_SET}') AS label, count(*) AS outlets FROM outlets o
             LEFT JOIN outlet_attributes x ON x.outlet_id = o.id AND x.name = ? GROUP BY key ORDER BY key = '${NOT_SET}', key COLLATE NOCASE`
          )
          .all(groupParams[0]) as Omit<OutletGroup, 'stories'>[])
    const storyCounts = new Map((db.prepare('SELECT grp, count(*) AS n FROM temp.story_coverage GROUP BY grp').all() as { grp: string; n: number }[]).map((row) => [row.grp, row.n]))
    const groups: OutletGroup[] = groupRows.map((group) => ({ ...group, stories: storyCounts.get(group.key) ?? 0 }))
    const keys = groups.map((group) => group.key)
    if (input.missing !== undefined && !keys.includes(input.missing)) throw new ContractFailure('invalid_input', `There is no group "${input.missing}" to look for blindspots of.`)
    const having = ['count(*) < ?', 'sum(c.articles) >= ?', ...(input.missing !== undefined ? ['sum(c.grp = ?) = 0'] : [])]
    const havingParams = [keys.length, input.minArticles, ...(input.missing !== undefined ? [input.missing] : [])]
    const base = `SELECT c.story_id FROM temp.story_coverage c WHERE c.grp IN (SELECT value FROM json_each(?)) GROUP BY c.story_id HAVING ${having.join(' AND ')}`
    const total = (db.prepare(`SELECT count(*) AS n FROM (${base})`).get(JSON.stringify(keys), ...havingParams) as { n: number }).n
    const rows = db
      .prepare(
        `SELECT s.id AS storyId, s.label, s.first_date AS firstDate, s.last_date AS lastDate, s.articles,
           (SELECT json_group_array(grp) FROM temp.story_coverage c WHERE c.story_id = s.id) AS covered
         FROM stories s WHERE s.id IN (${base}) ORDER BY s.articles DESC, s.last_date DESC, s.id LIMIT ? OFFSET ?`
      )
      .all(JSON.stringify(keys), ...havingParams, input.limit, input.offset) as { storyId: number; label: string; firstDate: string; lastDate: string; articles: number; covered: string }[]
    db.exec('DROP TABLE temp.story_coverage')
    const labelOf = new Map(groups.map((group) => [group.key, group.label]))
    return {
      groups,
      total,
      rows: rows.map((row) => {
        const covered = new Set(JSON.parse(row.covered) as string[])
        return {
          storyId: row.storyId,
          label: row.label,
          firstDate: row.firstDate,
          lastDate: row.lastDate,
          articles: row.articles,
          covered: keys.filter((key) => covered.has(key)).map((key) => labelOf.get(key) ?? key),
          missing: keys.filter((key) => !covered.has(key)).map((key) => labelOf.get(key) ?? key)
        }
      })
    }
  })()
}
