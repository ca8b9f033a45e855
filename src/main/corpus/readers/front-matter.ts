import type { ArticleFields } from './record-source'

/** Front-matter keys (Jekyll, Hugo, Obsidian, Pandoc) and the article field each feeds. */
const KEYS: Readonly<Record<string, keyof ArticleFields>> = {
  title: 'title',
  date: 'published_at',
  published: 'published_at',
  published_at: 'published_at',
  pubdate: 'published_at',
  author: 'author',
  authors: 'author',
  byline: 'author',
  url: 'url',
  link: 'url',
  source_url: 'url',
  canonical_url: 'url',
  tags: 'tags',
  keywords: 'tags',
  categories: 'tags',
  lang: 'language',
  language: 'language',
  outlet: 'outlet',
  publication: 'outlet',
  source: 'outlet',
  site: 'outlet'
}

const OPENING = /^---[ \t]*\n/
const CLOSING = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/

function unquote(value: string): string {
  const trimmed = value.trim()
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed
}

function list(value: string): string[] {
  const inner = value.trim().replace(/^\[|\]$/g, '')
  return inner
    .split(',')
    .map(unquote)
    .filter((item) => item.length > 0)
}

/**
 * Splits a leading YAML front-matter block from a Markdown body and reads the simple `key: value`
 * lines an article's metadata uses; anything more elaborate is skipped rather than misread.
 */
export function splitFrontMatter(text: string): { fields: ArticleFields; body: string } {
  if (!OPENING.test(text)) return { fields: {}, body: text }
  const start = text.indexOf('\n') + 1
  const closing = CLOSING.exec(text.slice(start))
  if (!closing) return { fields: {}, body: text }
  const block = text.slice(start, start + closing.index)
  const body = text.slice(start + closing.index + closing[0].length)
  const fields: ArticleFields = {}
  let listField: keyof ArticleFields | null = null
  for (const line of block.split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(line)
    if (item && listField) {
      const value = unquote(item[1] ?? '')
      if (listField === 'tags') fields.tags = [...((fields.tags as string[] | undefined) ?? []), value]
      else if (listField === 'author') fields.author = fields.author ? `${fields.author}, ${value}` : value
      continue
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    listField = null
    if (!pair) continue
    const field = KEYS[(pair[1] ?? '').toLowerCase()]
    const raw = pair[2] ?? ''
    if (!field || fields[field] !== undefined) continue
    if (raw.trim() === '') {
      listField = field
      continue
    }
    if (field === 'tags') fields.tags = list(raw)
    else if (field === 'author' && raw.trim().startsWith('[')) fields.author = list(raw).join(', ')
    else fields[field] = unquote(raw)
  }
  return { fields, body }
}
