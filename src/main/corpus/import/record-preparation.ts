import { normalizeArticleRecord, type NormalizeResult } from '../article-record'
import { nearDuplicateSignature } from '../near-duplicates/near-duplicate-index'

/** A record made ready to store: validated and normalised, with its MinHash signature when it is long enough. */
export interface PreparedRecord {
  normalized: NormalizeResult
  signature: Uint32Array | null
}

/** The part of storing an article that needs no database, so it can run on another thread. */
export function prepareRecord(raw: unknown): PreparedRecord {
  const normalized = normalizeArticleRecord(raw)
  return { normalized, signature: normalized.ok ? nearDuplicateSignature(normalized.article.text, normalized.article.wordCount) : null }
}
