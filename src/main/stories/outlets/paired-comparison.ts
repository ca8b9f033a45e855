import type { z } from 'zod'
import type { PairedComparison, PairedDifference } from '../../../shared/outlet-comparison-rows'
import type { pairedComparisonSchema } from '../../../shared/story-schemas'
import type { Db } from '../../db/open-database'
import { intervalOf } from './interval'
import { materialiseScope, scopedScoresSql } from './outlet-profiles'

export type PairedComparisonInput = z.output<typeof pairedComparisonSchema>

const round = (value: number) => Math.round(value * 1000) / 1000
const mean = (values: number[]) => (values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length))

/**
 * Outlets compared on the same stories: for each pair, the stories both covered (with a value on the
 * dimension), each outlet's mean score per story (an outlet may have several articles in one story),
 * and the per-story differences' mean with a paired 95% interval. A difference between outlets is then
 * not a difference of which stories they chose to cover.
 */
export function pairedComparison(db: Db, input: PairedComparisonInput): PairedComparison {
  return db.transaction(() => {
    materialiseScope(db, input)
    const rows = db
      .prepare(
        `SELECT m.story_id AS storyId, v.outletId, avg(v.value) AS value FROM (${scopedScoresSql(input.dimension)}) v
         JOIN story_articles m ON m.article_id = v.articleId WHERE v.value IS NOT NULL GROUP BY m.story_id, v.outletId`
      )
      .all() as { storyId: number; outletId: number; value: number }[]
    const names = new Map(
      (db.prepare('SELECT id, name FROM outlets WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(input.outletIds)) as { id: number; name: string }[]).map((row) => [row.id, row.name])
    )
    db.exec('DROP TABLE temp.scoped_articles')
    /** storyId -> outletId -> that outlet's mean score in the story. */
    const byStory = new Map<number, Map<number, number>>()
    for (const row of rows) {
      if (!byStory.has(row.storyId)) byStory.set(row.storyId, new Map())
      byStory.get(row.storyId)?.set(row.outletId, row.value)
    }
    const pairs: PairedDifference[] = []
    input.outletIds.forEach((first, index) => {
      for (const second of input.outletIds.slice(index + 1)) {
        const firstValues: number[] = []
        const secondValues: number[] = []
        for (const outlets of byStory.values()) {
          const a = outlets.get(first)
          const b = outlets.get(second)
          if (a === undefined || b === undefined) continue
          firstValues.push(a)
          secondValues.push(b)
        }
        pairs.push({
          outletIds: [first, second],
          outlets: [names.get(first) ?? `Outlet ${first}`, names.get(second) ?? `Outlet ${second}`],
          stories: firstValues.length,
          means: [mean(firstValues), mean(secondValues)],
          difference: intervalOf(firstValues.map((value, story) => value - (secondValues[story] as number)))
        })
      }
    })
    const sharedByAll = [...byStory.values()].filter((outlets) => input.outletIds.every((id) => outlets.has(id))).length
    return { dimension: input.dimension, sharedByAll, pairs }
  })()
}
