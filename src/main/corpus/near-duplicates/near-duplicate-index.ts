import type { Db } from '../../db/open-database'
import { BandBuckets } from './band-buckets'
import { bandKeys, estimatedSimilarity, minhashSignature, signatureFromBuffer, signatureToBuffer } from './minhash'

export interface NearDuplicateMatch {
  of: number
  similarity: number
}

/** A signature shorter than this says too little: very short texts are compared exactly, by hash, only. */
const MIN_WORDS_FOR_NEAR_DUPLICATES = 12

/**
 * Indexes each stored article's MinHash and finds the earliest stored article whose text is at least
 * `threshold` similar. Signatures are stored inside the caller's transaction, so an article and its
 * signature are committed together; the LSH buckets live in memory for the life of the index (one
 * import or scan job) and are rebuilt from the stored signatures on first use.
 */
export class NearDuplicateIndex {
  private readonly insertSignature
  private readonly signatureOf
  private readonly allSignatures
  private buckets: BandBuckets | null = null

  constructor(db: Db) {
    this.insertSignature = db.prepare<[number, Buffer]>('INSERT OR REPLACE INTO article_minhash (article_id, signature) VALUES (?, ?)')
    this.signatureOf = db.prepare<[number], { signature: Buffer }>('SELECT signature FROM article_minhash WHERE article_id = ?')
    // Empty signatures mark articles too short to compare.
    this.allSignatures = db.prepare<[], { article_id: number; signature: Buffer }>(
      'SELECT article_id, signature FROM article_minhash WHERE length(signature) > 0'
    )
  }

  /** The closest earlier article at or above the threshold, or null. */
  find(signature: Uint32Array, threshold: number, excludeId?: number): NearDuplicateMatch | null {
    const buckets = this.loadedBuckets()
    const candidates = new Set<number>()
    bandKeys(signature).forEach((key, band) => buckets.collect(band, key, candidates))
    if (excludeId !== undefined) candidates.delete(excludeId)
    let best: NearDuplicateMatch | null = null
    // Earliest first, so among equally similar articles the original is the oldest one.
    for (const candidate of [...candidates].sort((a, b) => a - b)) {
      // Read back rather than kept in memory: candidates are few, and a deleted article has no row.
      const stored = this.signatureOf.get(candidate)
      if (!stored) continue
      const similarity = estimatedSimilarity(signature, signatureFromBuffer(stored.signature))
      if (similarity >= threshold && (best === null || similarity > best.similarity)) best = { of: candidate, similarity }
    }
    return best
  }

  add(articleId: number, signature: Uint32Array): void {
    this.insertSignature.run(articleId, signatureToBuffer(signature))
    const buckets = this.loadedBuckets()
    bandKeys(signature).forEach((key, band) => buckets.add(band, key, articleId))
  }

  private loadedBuckets(): BandBuckets {
    if (this.buckets) return this.buckets
    const buckets = new BandBuckets()
    for (const row of this.allSignatures.iterate()) {
      bandKeys(signatureFromBuffer(row.signature)).forEach((key, band) => buckets.add(band, key, row.article_id))
    }
    this.buckets = buckets
    return buckets
  }
}

export function nearDuplicateSignature(text: string, wordCount: number): Uint32Array | null {
  return wordCount < MIN_WORDS_FOR_NEAR_DUPLICATES ? null : minhashSignature(text)
}
