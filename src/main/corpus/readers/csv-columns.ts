import { UnreadableFileError, type ArticleFields } from './record-source'

export type ArticleField = keyof ArticleFields

/**
 * Column names that say which field they hold, best first. Each field's own name comes first, so a
 * "text" column wins over a "body" column.
 */
const FIELD_NAMES: Readonly<Record<ArticleField, readonly string[]>> = {
  text: ['text', 'body', 'content', 'article', 'full_text', 'fulltext', 'article_text', 'body_text', 'main_text', 'story'],
  html: ['html', 'raw_html', 'body_html', 'content_html'],
  title: ['title', 'headline', 'heading', 'article_title'],
  url: ['url', 'link', 'uri', 'article_url', 'web_url', 'permalink'],
  outlet: ['outlet', 'source', 'publication', 'site', 'source_name', 'site_name', 'publisher', 'newspaper', 'media_outlet'],
  published_at: ['published_at', 'date', 'published', 'pubdate', 'pub_date', 'publish_date', 'published_date', 'date_published', 'publication_date', 'datetime'],
  author: ['author', 'byline', 'authors', 'writer', 'creator'],
  language: ['language', 'lang'],
  country: ['country', 'country_code'],
  external_id: ['external_id', 'id', 'article_id', 'doc_id', 'document_id', 'uid'],
  tags: ['tags', 'tag', 'keywords', 'categories', 'category', 'labels', 'topics']
}

export const ARTICLE_FIELDS = Object.keys(FIELD_NAMES) as ArticleField[]

/** "Published At", "published-at" and "PUBLISHED_AT" all name the same column. */
function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
}

function autoMapping(columns: readonly string[], taken: ReadonlySet<number>, fields: readonly ArticleField[]): Map<ArticleField, number> {
  const normalized = columns.map(normalizeName)
  const mapping = new Map<ArticleField, number>()
  const used = new Set(taken)
  for (const field of fields) {
    for (const name of FIELD_NAMES[field]) {
      const index = normalized.findIndex((column, position) => column === name && !used.has(position))
      if (index !== -1) {
        mapping.set(field, index)
        used.add(index)
        break
      }
    }
  }
  return mapping
}

/** Field -> column name for the columns whose names say what they hold, for a mapping dialog. */
export function suggestMapping(columns: readonly string[]): Record<string, string> {
  const suggested: Record<string, string> = {}
  for (const [field, index] of autoMapping(columns, new Set(), ARTICLE_FIELDS)) suggested[field] = columns[index] as string
  return suggested
}

function findColumn(columns: readonly string[], wanted: string): number {
  const exact = columns.indexOf(wanted)
  if (exact !== -1) return exact
  const key = wanted.trim().toLowerCase()
  return columns.findIndex((column) => column.trim().toLowerCase() === key)
}

function listColumns(columns: readonly string[]): string {
  const shown = columns.slice(0, 30).map((column) => JSON.stringify(column))
  return columns.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ')
}

/**
 * Which column feeds each field: the mapping the researcher chose, then names that say what they
 * hold. A mapping naming a missing column, or no column for the text, fails the whole file.
 */
export function resolveColumns(columns: readonly string[], explicit: Readonly<Record<string, string>> = {}): Map<ArticleField, number> {
  const chosen = new Map<ArticleField, number>()
  for (const [key, column] of Object.entries(explicit)) {
    const field = ARTICLE_FIELDS.find((name) => name === key.trim().toLowerCase())
    if (!field) throw new UnreadableFileError(`the column mapping names "${key}", which is not an article field (${ARTICLE_FIELDS.join(', ')})`)
    const index = findColumn(columns, column)
    if (index === -1) throw new UnreadableFileError(`the column mapping ${field}=${column}: the header has no column "${column}" (columns: ${listColumns(columns)})`)
    chosen.set(field, index)
  }
  const rest = ARTICLE_FIELDS.filter((field) => !chosen.has(field))
  const mapping = new Map([...chosen, ...autoMapping(columns, new Set(chosen.values()), rest)])
  if (!mapping.has('text') && !mapping.has('html')) {
    throw new UnreadableFileError(
      `no column holds the article text: name one "text" (or body, content, article) or map one, e.g. text=COLUMN (columns: ${listColumns(columns)})`
    )
  }
  return mapping
}

/** The fields of one row; empty cells are left out, tags are split on ";" or ",". */
export function rowFields(row: readonly string[], mapping: ReadonlyMap<ArticleField, number>): ArticleFields {
  const fields: ArticleFields = {}
  for (const [field, index] of mapping) {
    const cell = row[index]
    if (cell === undefined || cell.trim() === '') continue
    if (field === 'tags') {
      fields.tags = cell
        .split(/[;,]/)
        .map((tag) => tag.trim())
        .filter((tag) => tag.length > 0)
    } else {
      fields[field] = cell
    }
  }
  return fields
}
