import type { Db } from '../db/open-database'

/** Units listed as the most disputed in an agreement report. */
export const DISAGREEMENTS_SHOWN = 20

export interface ArticleInfo {
  title: string
  outletId: number | null
  outlet: string
}

/** Each article's title and outlet, for agreement by outlet; articles without an outlet share one group. */
export function articleInfoLookup(db: Db): (articleId: number) => ArticleInfo {
  const statement = db.prepare<[number], ArticleInfo>(
    `SELECT a.title, a.outlet_id AS outletId, coalesce(o.name, 'no outlet') AS outlet FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`
  )
  return (articleId) => statement.get(articleId) ?? { title: '', outletId: null, outlet: 'no outlet' }
}
