import type { ArticleSortKey } from '../../shared/contract'
import { ContractFailure } from '../../shared/errors'
import type { ArticleDetail, ArticlePage, ArticleListRow } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { articleScope, FRAMING_BIAS_SOURCE_SQL, FRAMING_BIAS_SQL, LANGUAGE_BIAS_SOURCE_SQL, LANGUAGE_BIAS_SQL, OMISSION_BIAS_SOURCE_SQL, OMISSION_BIAS_SQL, type ArticleScope, type ScopeInput } from './article-scope'
import { buildSnippet } from './snippet'

export interface ListArticlesInput extends ScopeInput {
  sort: ArticleSortKey
  direction: 'asc' | 'desc'
  offset: number
  limit: number
}

/** Whitelisted ORDER BY expressions: user input never reaches the SQL text. */
const ORDER_BY: Record<Exclude<ArticleSortKey, 'relevance'>, string> = {
  title: 'a.title COLLATE NOCASE',
  outlet: 'o.name COLLATE NOCASE',
  published_at: 'a.published_at',
  language: 'a.language',
  word_count: 'a.word_count',
  language_bias: LANGUAGE_BIAS_SQL,
  framing_bias: FRAMING_BIAS_SQL,
  omission_bias: OMISSION_BIAS_SQL
}

const LIST_COLUMNS = `a.id AS id, a.title AS title, o.name AS outletName, a.published_at AS publishedAt,
  a.language AS language, a.word_count AS wordCount, ${LANGUAGE_BIAS_SQL} AS languageBias,
  ${FRAMING_BIAS_SQL} AS framingBias, ${OMISSION_BIAS_SQL} AS omissionBias,
  ${LANGUAGE_BIAS_SOURCE_SQL} AS languageBiasSource, ${FRAMING_BIAS_SOURCE_SQL} AS framingBiasSource, ${OMISSION_BIAS_SOURCE_SQL} AS omissionBiasSource,
  (SELECT story_id FROM story_articles WHERE article_id = a.id) AS storyId`

/** Title matches count more than text matches. */
const RANK = 'bm25(articles_fts, 4.0, 1.0)'

function orderClause(sort: Exclude<ArticleSortKey, 'relevance'>, direction: 'asc' | 'desc'): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC'
  return `${ORDER_BY[sort]} ${dir}, a.id ${dir}`
}

type ListRowWithText = Omit<ArticleListRow, 'snippet'> & { text: string }

export function countArticles(db: Db, scope: ArticleScope): number {
  if (scope.impossible) return 0
  if (scope.where === '1' && scope.from === 'articles a') return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  // The index has exactly one row per article (kept in step on insert, edit and delete).
  if (scope.searchOnly !== null) return (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(scope.searchOnly) as { n: number }).n
  return (db.prepare(`SELECT count(*) AS n FROM ${scope.from} WHERE ${scope.where}`).get(...scope.params) as { n: number }).n
}

/**
 * One page of the corpus table. Sorting, filtering and paging all happen in SQLite: first the page's
 * ids, touching only indexes and the small columns; then those rows alone, with their text when a
 * search needs snippets.
 */
export function listArticles(db: Db, input: ListArticlesInput): ArticlePage {
  const hasQuery = Boolean(input.query?.trim())
  const ranked = hasQuery && input.sort === 'relevance'
  const scope = articleScope(input, ranked)
  if (scope.impossible) return { total: 0, offset: input.offset, rows: [] }
  const total = countArticles(db, scope)
  const sort = input.sort === 'relevance' ? 'published_at' : input.sort
  const direction = input.sort === 'relevance' ? 'desc' : input.direction
  const order = scope.ranked ? `${RANK}, a.id` : orderClause(sort, direction)
  const joinOutlets = !scope.ranked && sort === 'outlet' ? ' LEFT JOIN outlets o ON o.id = a.outlet_id' : ''
  const page = (
    scope.ranked && scope.searchOnly !== null
      ? db
          .prepare(`SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY ${RANK}, rowid LIMIT ? OFFSET ?`)
          .all(scope.searchOnly, input.limit, input.offset)
      : db.prepare(`SELECT a.id AS id FROM ${scope.from}${joinOutlets} WHERE ${scope.where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...scope.params, input.limit, input.offset)
  ) as { id: number }[]
  const ids = page.map((row) => row.id)
  if (ids.length === 0) return { total, offset: input.offset, rows: [] }
  const withText = scope.highlights.length > 0
  const found = db
    .prepare(
      `SELECT ${LIST_COLUMNS}${withText ? ', a.text AS text' : ''} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE a.id IN (SELECT value FROM json_each(?))`
    )
    .all(JSON.stringify(ids)) as ListRowWithText[]
  const byId = new Map(found.map((row) => [row.id, row]))
  const rows = ids.flatMap((id) => {
    const row = byId.get(id)
    if (!row) return []
    const { text, ...rest } = row
    return [{ ...rest, snippet: withText ? buildSnippet(text, scope.highlights) : null }]
  })
  return { total, offset: input.offset, rows }
}

/** Every id the scope covers, newest first (for "select all"). */
export function listArticleIds(db: Db, input: ScopeInput): number[] {
  const scope = articleScope(input, false)
  if (scope.impossible) return []
  return (db.prepare(`SELECT a.id AS id FROM ${scope.from} WHERE ${scope.where} ORDER BY a.id`).all(...scope.params) as { id: number }[]).map(
    (row) => row.id
  )
}

interface ArticleRecord {
  id: number
  external_id: string | null
  title: string
  text: string
  url: string | null
  canonical_url: string | null
  outlet_id: number | null
  outlet_name: string | null
  author: string | null
  published_at: string | null
  language: string | null
  country: string | null
  word_count: number
  content_hash: string
  created_at: string
  updated_at: string
}

export function getArticle(db: Db, id: number): ArticleDetail {
  const record = db
    .prepare(`SELECT a.*, o.name AS outlet_name FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`)
    .get(id) as ArticleRecord | undefined
  if (!record) throw new ContractFailure('not_found', `There is no article with id ${id}`)
  const tags = (
    db.prepare('SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name').all(id) as {
      name: string
    }[]
  ).map((row) => row.name)
  return {
    id: record.id,
    externalId: record.external_id,
    title: record.title,
    text: record.text,
    url: record.url,
    canonicalUrl: record.canonical_url,
    outletId: record.outlet_id,
    outletName: record.outlet_name,
    author: record.author,
    publishedAt: record.published_at,
    language: record.language,
    country: record.country,
    wordCount: record.word_count,
    tags,
    contentHash: record.content_hash,
    createdAt: record.created_at,
    updatedAt: record.updated_at
  }
}
