import type { ArticleSortKey } from '../../shared/contract'
import { ContractFailure } from '../../shared/errors'
import type { ArticleDetail, ArticlePage, ArticleListRow } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { parseSearch } from './fts-query'
import { buildSnippet } from './snippet'

export interface ListArticlesInput {
  query?: string | undefined
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
  word_count: 'a.word_count'
}

const LIST_COLUMNS = `a.id AS id, a.title AS title, o.name AS outletName, a.published_at AS publishedAt,
  a.language AS language, a.word_count AS wordCount`

/** Title matches count more than text matches. */
const RANK = 'bm25(articles_fts, 4.0, 1.0)'

function orderClause(sort: Exclude<ArticleSortKey, 'relevance'>, direction: 'asc' | 'desc'): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC'
  return `${ORDER_BY[sort]} ${dir}, a.id ${dir}`
}

type ListRowWithText = Omit<ArticleListRow, 'snippet'> & { text: string }

/** One page of the corpus table. Sorting, filtering and paging all happen here, in SQLite. */
export function listArticles(db: Db, input: ListArticlesInput): ArticlePage {
  const search = input.query ? parseSearch(input.query) : null
  if (input.query && input.query.trim() && !search?.match) return { total: 0, offset: input.offset, rows: [] }
  if (!search?.match) {
    const sort = input.sort === 'relevance' ? 'published_at' : input.sort
    const direction = input.sort === 'relevance' ? 'desc' : input.direction
    const total = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
    const rows = db
      .prepare(
        `SELECT ${LIST_COLUMNS}, NULL AS snippet FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
         ORDER BY ${orderClause(sort, direction)} LIMIT ? OFFSET ?`
      )
      .all(input.limit, input.offset) as ArticleListRow[]
    return { total, offset: input.offset, rows }
  }
  const match = search.match
  const total = (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as { n: number }).n
  // First the page's ids, touching only the index (and the small columns when sorting by them);
  // then those rows alone with their text, for the snippets.
  const ids = (
    input.sort === 'relevance'
      ? db.prepare(`SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY ${RANK}, rowid LIMIT ? OFFSET ?`)
      : db.prepare(
          `SELECT a.id AS id FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
           WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)
           ORDER BY ${orderClause(input.sort, input.direction)} LIMIT ? OFFSET ?`
        )
  )
    .all(match, input.limit, input.offset)
    .map((row) => (row as { id: number }).id)
  if (ids.length === 0) return { total, offset: input.offset, rows: [] }
  const found = db
    .prepare(
      `SELECT ${LIST_COLUMNS}, a.text AS text FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE a.id IN (SELECT value FROM json_each(?))`
    )
    .all(JSON.stringify(ids)) as ListRowWithText[]
  const byId = new Map(found.map((row) => [row.id, row]))
  const rows = ids.flatMap((id) => {
    const row = byId.get(id)
    if (!row) return []
    const { text, ...rest } = row
    return [{ ...rest, snippet: buildSnippet(text, search.highlights) }]
  })
  return { total, offset: input.offset, rows }
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
