import type { z } from 'zod'
import { ContractFailure } from '../../shared/errors'
import type { BiasDimension } from '../../shared/rows'
import type { storiesListSchema } from '../../shared/story-schemas'
import type { ScoreSpread, StoryArticleRow, StoryDetail, StoryEditRow, StoryPage, StoryRow, StorySortKey } from '../../shared/story-rows'
import { articleScope, FRAMING_BIAS_SQL, LANGUAGE_BIAS_SQL, OMISSION_BIAS_SQL } from '../corpus/article-scope'
import type { Db } from '../db/open-database'

export type ListStoriesInput = z.output<typeof storiesListSchema>

const DIMENSIONS: BiasDimension[] = ['language', 'framing', 'omission']
const FINAL_SQL: Record<BiasDimension, string> = { language: LANGUAGE_BIAS_SQL, framing: FRAMING_BIAS_SQL, omission: OMISSION_BIAS_SQL }
/** Outlet names a row carries; the count says how many there are in all. */
const OUTLET_NAMES = 12

const OUTLET_COUNT_SQL = '(SELECT count(DISTINCT a.outlet_id) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = s.id)'

/** Max minus min of a dimension's final values across the story: how far its outlets are apart. */
function spreadSql(dimension: BiasDimension): string {
  return `(SELECT max(v) - min(v) FROM (SELECT ${FINAL_SQL[dimension]} AS v FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = s.id))`
}

/** Whitelisted ORDER BY expressions: user input never reaches the SQL text. */
const ORDER_BY: Record<StorySortKey, string> = {
  last_date: 's.last_date',
  first_date: 's.first_date',
  label: 's.label COLLATE NOCASE',
  articles: 's.articles',
  outlets: OUTLET_COUNT_SQL,
  language_spread: spreadSql('language'),
  framing_spread: spreadSql('framing'),
  omission_spread: spreadSql('omission')
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (character) => `\\${character}`)}%`
}

/**
 * A page of stories: filtering, counting, sorting and paging run in SQLite over the stories table,
 * and only the page's stories are then aggregated over their articles (outlets, score spreads).
 */
export function listStories(db: Db, input: ListStoriesInput): StoryPage {
  // A story whose articles were all deleted keeps its row (undo brings them back) but is not listed.
  const conditions: string[] = ['s.articles > 0']
  const params: unknown[] = []
  const words = input.search?.trim().split(/\s+/u).filter(Boolean) ?? []
  for (const word of words) {
    conditions.push("s.label LIKE ? ESCAPE '\\'")
    params.push(likePattern(word))
  }
  const filters = input.filters ?? {}
  if ((input.query && input.query.trim()) || Object.values(filters).some((value) => value !== undefined && !(Array.isArray(value) && value.length === 0))) {
    const scope = articleScope({ query: input.query, filters }, false)
    if (scope.impossible) return { total: 0, rows: [] }
    conditions.push(`s.id IN (SELECT m.story_id FROM ${scope.from} JOIN story_articles m ON m.article_id = a.id WHERE ${scope.where})`)
    params.push(...scope.params)
  }
  if (input.minArticles !== undefined) {
    conditions.push('s.articles >= ?')
    params.push(input.minArticles)
  }
  if (input.minOutlets !== undefined) {
    conditions.push(`${OUTLET_COUNT_SQL} >= ?`)
    params.push(input.minOutlets)
  }
  if (input.editedOnly) conditions.push('(s.label_set_by_hand = 1 OR EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = s.id AND m.pinned = 1))')
  const where = conditions.join(' AND ')
  const total = (db.prepare(`SELECT count(*) AS n FROM stories s WHERE ${where}`).get(...params) as { n: number }).n
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC'
  // Stories with no value on the sort key (no score yet) go last either way.
  const order = `${ORDER_BY[input.sort]} IS NULL, ${ORDER_BY[input.sort]} ${direction}, s.id ${direction}`
  const ids = (db.prepare(`SELECT s.id FROM stories s WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as { id: number }[]).map((row) => row.id)
  return { total, rows: storyRows(db, ids) }
}

interface StoryBaseRow {
  id: number
  label: string
  labelSetByHand: number
  firstDate: string
  lastDate: string
  articles: number
}

/** The stories with their aggregates, in the order of the ids given. */
export function storyRows(db: Db, ids: number[]): StoryRow[] {
  if (ids.length === 0) return []
  const list = JSON.stringify(ids)
  const base = db
    .prepare(
      `SELECT s.id, s.label, s.label_set_by_hand AS labelSetByHand, s.first_date AS firstDate, s.last_date AS lastDate, s.articles
       FROM stories s WHERE s.id IN (SELECT value FROM json_each(?))`
    )
    .all(list) as StoryBaseRow[]
  const outlets = db
    .prepare(
      `SELECT m.story_id AS storyId, o.name AS name, count(*) AS n FROM story_articles m JOIN articles a ON a.id = m.article_id JOIN outlets o ON o.id = a.outlet_id
       WHERE m.story_id IN (SELECT value FROM json_each(?)) GROUP BY m.story_id, o.id ORDER BY m.story_id, n DESC, o.name COLLATE NOCASE`
    )
    .all(list) as { storyId: number; name: string; n: number }[]
  const spreads = db
    .prepare(
      `SELECT storyId, count(*) AS articles, sum(pinned) AS pinned,
         ${DIMENSIONS.map((dimension) => `min(${dimension}) AS ${dimension}Min, max(${dimension}) AS ${dimension}Max, avg(${dimension}) AS ${dimension}Mean, count(${dimension}) AS ${dimension}Scored`).join(', ')}
       FROM (SELECT m.story_id AS storyId, m.pinned AS pinned, ${DIMENSIONS.map((dimension) => `${FINAL_SQL[dimension]} AS ${dimension}`).join(', ')}
             FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id IN (SELECT value FROM json_each(?)))
       GROUP BY storyId`
    )
    .all(list) as Record<string, number | null>[]
  const byId = new Map(base.map((row) => [row.id, row]))
  const spreadById = new Map(spreads.map((row) => [row.storyId as number, row]))
  const rows: StoryRow[] = []
  for (const id of ids) {
    const row = byId.get(id)
    if (!row) continue
    const spread = spreadById.get(id)
    const names = outlets.filter((outlet) => outlet.storyId === id)
    const scores = Object.fromEntries(
      DIMENSIONS.map((dimension): [BiasDimension, ScoreSpread] => {
        const mean = spread?.[`${dimension}Mean`] ?? null
        return [
          dimension,
          {
            min: spread?.[`${dimension}Min`] ?? null,
            max: spread?.[`${dimension}Max`] ?? null,
            mean: mean === null ? null : Math.round(mean * 100) / 100,
            scored: spread?.[`${dimension}Scored`] ?? 0
          }
        ]
      })
    ) as Record<BiasDimension, ScoreSpread>
    rows.push({
      id,
      label: row.label,
      labelSetByHand: row.labelSetByHand === 1,
      firstDate: row.firstDate,
      lastDate: row.lastDate,
      articles: row.articles,
      outletCount: names.length,
      outlets: names.slice(0, OUTLET_NAMES).map((outlet) => outlet.name),
      pinned: spread?.pinned ?? 0,
      scores
    })
  }
  return rows
}

/** One story with every article (final scores, pinned or not) and the edits by hand that touched it. */
export function storyDetail(db: Db, storyId: number): StoryDetail {
  const [story] = storyRows(db, [storyId])
  if (!story) throw new ContractFailure('not_found', `There is no story ${storyId}; it may have been merged or re-clustered. Refresh the list.`)
  const articles = db
    .prepare(
      `SELECT a.id AS articleId, coalesce(a.title, '') AS title, a.outlet_id AS outletId, o.name AS outlet, a.published_at AS publishedAt, m.pinned, m.similarity,
         ${DIMENSIONS.map((dimension) => `${FINAL_SQL[dimension]} AS ${dimension}`).join(', ')}
       FROM story_articles m JOIN articles a ON a.id = m.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE m.story_id = ? ORDER BY coalesce(a.published_at, a.created_at), a.id`
    )
    .all(storyId) as (Omit<StoryArticleRow, 'pinned' | 'scores'> & { pinned: number } & Record<BiasDimension, number | null>)[]
  const edits = db
    .prepare(
      `SELECT id, kind, story_id AS storyId, other_story_ids AS otherStoryIds, article_ids AS articleIds, label, created_at AS createdAt FROM story_edits
       WHERE story_id = ? OR EXISTS (SELECT 1 FROM json_each(other_story_ids) WHERE value = ?) ORDER BY id DESC LIMIT 50`
    )
    .all(storyId, storyId) as (Omit<StoryEditRow, 'otherStoryIds' | 'articleIds'> & { otherStoryIds: string; articleIds: string })[]
  return {
    story,
    articles: articles.map((row) => ({
      articleId: row.articleId,
      title: row.title,
      outletId: row.outletId,
      outlet: row.outlet,
      publishedAt: row.publishedAt,
      pinned: row.pinned === 1,
      similarity: row.similarity,
      scores: { language: row.language, framing: row.framing, omission: row.omission }
    })),
    edits: edits.map((row) => ({ ...row, otherStoryIds: JSON.parse(row.otherStoryIds) as number[], articleIds: JSON.parse(row.articleIds) as number[] }))
  }
}
