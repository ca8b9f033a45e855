import type { Db } from '../../db/open-database'
import type { NormalizedArticle } from '../article-record'
import { NearDuplicateIndex } from '../near-duplicates/near-duplicate-index'
import { SearchIndexQueue } from '../search-index'
import { OutletResolver } from './outlet-resolver'
import { prepareRecord, type PreparedRecord } from './record-preparation'

export type WriteOutcome =
  | { kind: 'added'; id: number; nearDuplicateOf?: { of: number; similarity: number } }
  | { kind: 'duplicate'; of: number; reason: string }
  | { kind: 'rejected'; reason: string }

export interface WriterOptions {
  /** Outlet for records that name none (`--outlet`). */
  outlet?: string | undefined
  nearDuplicateThreshold: number
}

/**
 * Stores validated articles: duplicates by canonical URL or exact text are reported, not stored;
 * near-duplicates are stored and flagged against the earliest similar article.
 */
export class ArticleWriter {
  readonly outlets: OutletResolver
  /** Flush inside each transaction that writes (see search-index.ts). */
  readonly searchIndex: SearchIndexQueue
  private readonly nearDuplicates: NearDuplicateIndex
  private readonly findByCanonicalUrl
  private readonly findByHash
  private readonly insertArticle
  private readonly insertTag
  private readonly findTag
  private readonly linkTag
  private readonly flagNearDuplicate

  constructor(
    private readonly db: Db,
    private readonly options: WriterOptions
  ) {
    this.outlets = new OutletResolver(db)
    this.searchIndex = new SearchIndexQueue(db)
    this.nearDuplicates = new NearDuplicateIndex(db)
    this.findByCanonicalUrl = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE canonical_url = ?')
    this.findByHash = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ? LIMIT 1')
    this.insertArticle = db.prepare(
      `INSERT INTO articles (outlet_id, external_id, url, canonical_url, title, text, author, published_at, language, country, word_count, content_hash)
       VALUES (@outletId, @externalId, @url, @canonicalUrl, @title, @text, @author, @publishedAt, @language, @country, @wordCount, @contentHash)`
    )
    this.insertTag = db.prepare<[string]>('INSERT OR IGNORE INTO tags (name) VALUES (?)')
    this.findTag = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ? COLLATE NOCASE')
    this.linkTag = db.prepare<[number, number]>('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)')
    this.flagNearDuplicate = db.prepare<[number, number, number]>(
      "INSERT OR IGNORE INTO near_duplicates (article_id, duplicate_of, similarity, status) VALUES (?, ?, ?, 'flagged')"
    )
  }

  /** The stored article a URL already belongs to, so feed items need not be fetched again. */
  existingByUrl(canonicalUrl: string): number | null {
    return this.findByCanonicalUrl.get(canonicalUrl)?.id ?? null
  }

  write(raw: unknown): WriteOutcome {
    return this.writePrepared(prepareRecord(raw))
  }

  /** A record already validated and hashed (see record-preparer.ts). */
  writePrepared({ normalized, signature }: PreparedRecord): WriteOutcome {
    if (!normalized.ok) return { kind: 'rejected', reason: normalized.reason }
    return this.store(normalized.article, signature)
  }

  private store(article: NormalizedArticle, signature: Uint32Array | null): WriteOutcome {
    const duplicate = this.findDuplicate(article)
    if (duplicate) return duplicate
    const outletId = this.outlets.resolve(article.outlet ?? this.options.outlet ?? null, article.domain)
    const id = this.insertArticle.run({ ...article, outletId }).lastInsertRowid as number
    this.searchIndex.add(id)
    for (const tag of article.tags) this.tag(id, tag)
    if (!signature) return { kind: 'added', id }
    const match = this.nearDuplicates.find(signature, this.options.nearDuplicateThreshold)
    this.nearDuplicates.add(id, signature)
    if (!match) return { kind: 'added', id }
    this.flagNearDuplicate.run(id, match.of, match.similarity)
    return { kind: 'added', id, nearDuplicateOf: match }
  }

  tag(articleId: number, tag: string): void {
    this.insertTag.run(tag)
    const tagId = this.findTag.get(tag)?.id
    if (tagId !== undefined) this.linkTag.run(articleId, tagId)
  }

  private findDuplicate(article: NormalizedArticle): WriteOutcome | null {
    if (article.canonicalUrl) {
      const byUrl = this.findByCanonicalUrl.get(article.canonicalUrl)
      if (byUrl) return { kind: 'duplicate', of: byUrl.id, reason: `same URL as article ${byUrl.id}` }
    }
    const byHash = this.findByHash.get(article.contentHash)
    if (byHash) return { kind: 'duplicate', of: byHash.id, reason: `same text as article ${byHash.id}` }
    return null
  }
}
