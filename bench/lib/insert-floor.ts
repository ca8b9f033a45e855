import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { SlantServices } from './services.ts'

type NormalizedArticle = Extract<ReturnType<SlantServices['normalizeArticleRecord']>, { ok: true }>['article']

export interface FloorResult {
  rows: number
  milliseconds: number
}

/**
 * The rows the import would store: validated and normalised by the app's own code, minus what its
 * duplicate checks (same canonical URL, same text) would skip. Prepared before the clock starts.
 */
export class StorableArticles {
  readonly articles: NormalizedArticle[] = []
  private readonly urls = new Set<string>()
  private readonly hashes = new Set<string>()
  private readonly services: SlantServices

  // A plain field, not a parameter property: Node's type stripping runs erasable syntax only.
  constructor(services: SlantServices) {
    this.services = services
  }

  add(record: unknown): void {
    const result = this.services.normalizeArticleRecord(record)
    if (!result.ok) return
    const { article } = result
    if ((article.canonicalUrl && this.urls.has(article.canonicalUrl)) || this.hashes.has(article.contentHash)) return
    if (article.canonicalUrl) this.urls.add(article.canonicalUrl)
    this.hashes.add(article.contentHash)
    this.articles.push(article)
  }
}

async function storableFromJsonl(services: SlantServices, jsonlPath: string): Promise<NormalizedArticle[]> {
  const storable = new StorableArticles(services)
  const lines = createInterface({ input: createReadStream(jsonlPath), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line.trim()) storable.add(JSON.parse(line))
  }
  return storable.articles
}

/**
 * The floor for import throughput: the least work that leaves the same rows in the same schema, its
 * indexes and full-text index included: bare prepared INSERTs in one transaction, then one statement
 * that indexes them all for search (the cheapest way FTS5 takes them), outlets and tags created
 * beforehand. Reading, parsing, validating, duplicate lookups and MinHash are what the import adds.
 */
export async function measureInsertFloor(services: SlantServices, jsonlPath: string, databasePath: string): Promise<FloorResult> {
  return insertFloor(services, await storableFromJsonl(services, jsonlPath), databasePath)
}

/** The timed part of the floor, for rows prepared by the caller (see StorableArticles). */
export function insertFloor(services: SlantServices, articles: NormalizedArticle[], databasePath: string): FloorResult {
  const { db } = services.openDatabase(databasePath)
  try {
    const outletIds = new Map<string, number>()
    const tagIds = new Map<string, number>()
    const insertOutlet = db.prepare('INSERT INTO outlets (name) VALUES (?)')
    const insertDomain = db.prepare('INSERT OR IGNORE INTO outlet_domains (domain, outlet_id) VALUES (?, ?)')
    const insertTag = db.prepare('INSERT INTO tags (name) VALUES (?)')
    db.transaction(() => {
      for (const article of articles) {
        const name = article.outlet ?? article.domain
        if (name && !outletIds.has(name.toLowerCase())) outletIds.set(name.toLowerCase(), Number(insertOutlet.run(name).lastInsertRowid))
        if (name && article.domain) insertDomain.run(article.domain, outletIds.get(name.toLowerCase()))
        for (const tag of article.tags) {
          if (!tagIds.has(tag.toLowerCase())) tagIds.set(tag.toLowerCase(), Number(insertTag.run(tag).lastInsertRowid))
        }
      }
    })()

    const insertArticle = db.prepare(
      `INSERT INTO articles (outlet_id, external_id, url, canonical_url, title, text, author, published_at, language, country, word_count, content_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const linkTag = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)')
    const started = performance.now()
    db.transaction(() => {
      for (const a of articles) {
        const name = a.outlet ?? a.domain
        const outletId = name ? (outletIds.get(name.toLowerCase()) ?? null) : null
        const id = insertArticle.run(
          outletId,
          a.externalId,
          a.url,
          a.canonicalUrl,
          a.title,
          a.text,
          a.author,
          a.publishedAt,
          a.language,
          a.country,
          a.wordCount,
          a.contentHash
        ).lastInsertRowid
        for (const tag of a.tags) linkTag.run(id, tagIds.get(tag.toLowerCase()))
      }
      db.exec('INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles')
    })()
    const milliseconds = performance.now() - started
    return { rows: articles.length, milliseconds }
  } finally {
    db.close()
  }
}
