import type { z } from 'zod'
import type { OutletProfile, OutletProfiles } from '../../../shared/outlet-comparison-rows'
import type { BiasDimension } from '../../../shared/rows'
import type { outletProfilesSchema } from '../../../shared/story-schemas'
import { articleScope, FRAMING_BIAS_SQL, LANGUAGE_BIAS_SQL, OMISSION_BIAS_SQL } from '../../corpus/article-scope'
import type { Db } from '../../db/open-database'
import { intervalOfCounts } from './interval'

export type OutletProfilesInput = z.output<typeof outletProfilesSchema>

const DIMENSIONS: BiasDimension[] = ['language', 'framing', 'omission']
const FINAL_SQL: Record<BiasDimension, string> = { language: LANGUAGE_BIAS_SQL, framing: FRAMING_BIAS_SQL, omission: OMISSION_BIAS_SQL }
const NEWEST_RUN = `(SELECT max(x.run_id) FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = a.id AND r.origin = 'slant')`
const TOP = 5

/**
 * The articles in scope as a temporary table (id, outlet, newest Slant run), so every aggregate below
 * reads the scope once instead of running the search again.
 */
export function materialiseScope(db: Db, input: { query?: string | undefined; filters?: OutletProfilesInput['filters']; outletIds?: number[] | undefined }): void {
  const scope = articleScope({ query: input.query, filters: { ...(input.filters ?? {}), ...(input.outletIds ? { outletIds: input.outletIds } : {}) } }, false)
  db.exec('DROP TABLE IF EXISTS temp.scoped_articles')
  db.exec('CREATE TEMP TABLE scoped_articles (id INTEGER PRIMARY KEY, outlet_id INTEGER NOT NULL, run_id INTEGER)')
  if (scope.impossible) return
  db.prepare(`INSERT INTO temp.scoped_articles (id, outlet_id, run_id) SELECT a.id, a.outlet_id, ${NEWEST_RUN} FROM ${scope.from} WHERE ${scope.where} AND a.outlet_id IS NOT NULL`).run(
    ...scope.params
  )
}

/** The final value of a dimension for each article in scope, by the final-value rule. */
export function scopedScoresSql(dimension: BiasDimension): string {
  return `SELECT a.id AS articleId, s.outlet_id AS outletId, ${FINAL_SQL[dimension]} AS value FROM temp.scoped_articles s JOIN articles a ON a.id = s.id`
}

/** Per outlet: articles, each score's distribution with its mean and 95% interval, frames, goals, topics and voices. */
export function outletProfiles(db: Db, input: OutletProfilesInput): OutletProfiles {
  return db.transaction(() => {
    materialiseScope(db, input)
    const outlets = db
      .prepare('SELECT o.id AS outletId, o.name AS outlet, count(*) AS articles FROM temp.scoped_articles s JOIN outlets o ON o.id = s.outlet_id GROUP BY o.id ORDER BY articles DESC, o.name COLLATE NOCASE')
      .all() as { outletId: number; outlet: string; articles: number }[]
    const profiles = new Map<number, OutletProfile>(
      outlets.map((row) => [
        row.outletId,
        {
          ...row,
          scores: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, { distribution: [0, 0, 0, 0, 0], mean: intervalOfCounts(new Map()) }])) as OutletProfile['scores'],
          frames: [],
          sdgs: [],
          topics: [],
          voices: []
        }
      ])
    )
    for (const dimension of DIMENSIONS) {
      const rows = db.prepare(`SELECT outletId, value, count(*) AS n FROM (${scopedScoresSql(dimension)}) WHERE value IS NOT NULL GROUP BY outletId, value`).all() as { outletId: number; value: number; n: number }[]
      const counts = new Map<number, Map<number, number>>()
      for (const row of rows) {
        const profile = profiles.get(row.outletId)
        if (!profile) continue
        profile.scores[dimension].distribution[row.value - 1] = row.n
        if (!counts.has(row.outletId)) counts.set(row.outletId, new Map())
        counts.get(row.outletId)?.set(row.value, row.n)
      }
      for (const [outletId, values] of counts) {
        const profile = profiles.get(outletId)
        if (profile) profile.scores[dimension].mean = intervalOfCounts(values)
      }
    }
    const tally = <T extends { outletId: number }>(sql: string, apply: (profile: OutletProfile, row: T) => void) => {
      for (const row of db.prepare(sql).all() as T[]) {
        const profile = profiles.get(row.outletId)
        if (profile) apply(profile, row)
      }
    }
    tally<{ outletId: number; frame: string; n: number }>(
      `SELECT s.outlet_id AS outletId, json_extract(x.details, '$.frames[0].frame') AS frame, count(*) AS n FROM temp.scoped_articles s
       JOIN article_analyses x ON x.run_id = s.run_id AND x.article_id = s.id WHERE frame IS NOT NULL GROUP BY s.outlet_id, frame ORDER BY n DESC, frame`,
      (profile, row) => profile.frames.push({ frame: row.frame, articles: row.n })
    )
    tally<{ outletId: number; goal: number; n: number }>(
      `SELECT s.outlet_id AS outletId, g.goal, count(*) AS n FROM temp.scoped_articles s JOIN article_sdgs g ON g.run_id = s.run_id AND g.article_id = s.id
       GROUP BY s.outlet_id, g.goal ORDER BY n DESC, g.goal`,
      (profile, row) => profile.sdgs.push({ goal: row.goal, articles: row.n })
    )
    tally<{ outletId: number; topic: string; n: number }>(
      `SELECT s.outlet_id AS outletId, t.topic, count(*) AS n FROM temp.scoped_articles s JOIN article_topics t ON t.run_id = s.run_id AND t.article_id = s.id
       GROUP BY s.outlet_id, t.topic ORDER BY n DESC, t.topic`,
      (profile, row) => {
        if (profile.topics.length < TOP) profile.topics.push({ topic: row.topic, articles: row.n })
      }
    )
    tally<{ outletId: number; type: string; n: number }>(
      `SELECT s.outlet_id AS outletId, coalesce(q.speaker_type, 'unidentified') AS type, count(*) AS n FROM temp.scoped_articles s
       JOIN article_quotes q ON q.run_id = s.run_id AND q.article_id = s.id GROUP BY s.outlet_id, type ORDER BY n DESC, type`,
      (profile, row) => profile.voices.push({ type: row.type, quotes: row.n })
    )
    const total = (db.prepare('SELECT count(*) AS n FROM temp.scoped_articles').get() as { n: number }).n
    db.exec('DROP TABLE temp.scoped_articles')
    return { articles: total, outlets: [...profiles.values()] }
  })()
}

