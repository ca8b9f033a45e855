import type { Db } from '../../db/open-database'
import { bandKeys, estimatedSimilarity, minhashSignature, signatureFromBuffer, signatureToBuffer } from './minhash'

export interface NearDuplicateMatch {
  of: number
  similarity: number
}

/** A signature shorter than this says too little: very short texts are compared exactly, by hash, only. */
const MIN_WORDS_FOR_NEAR_DUPLICATES = 12

/**
 * Indexes each stored article's MinHash and finds the earliest stored article whose text is at least
 * `threshold` similar. Works inside the caller's transaction, so an article and its index rows are
 * committed together.
 */
export class NearDuplicateIndex {
  private readonly insertSignature
  private readonly insertBand
  private readonly candidates
  private readonly signatureOf

  constructor(db: Db) {
    this.insertSignature = db.prepare<[number, Buffer]>('INSERT OR REPLACE INTO article_minhash (article_id, signature) VALUES (?, ?)')
    this.insertBand = db.prepare<[number, number, number]>('INSERT OR IGNORE INTO minhash_bands (band, key, article_id) VALUES (?, ?, ?)')
    this.candidates = db.prepare<[number, number], { article_id: number }>('SELECT article_id FROM minhash_bands WHERE band = ? AND key = ?')
    this.signatureOf = db.prepare<[number], { signature: Buffer }>('SELECT signature FROM article_minhash WHERE article_id = ?')
  }

  /** The closest earlier article at or above the threshold, or null. */
  find(signature: Uint32Array, threshold: number, excludeId?: number): NearDuplicateMatch | null {
    const candidates = new Set<number>()
    bandKeys(signature).forEach((key, band) => {
      for (const row of this.candidates.all(band, key)) if (row.article_id !== excludeId) candidates.add(row.article_id)
    })
    let best: NearDuplicateMatch | null = null
    // Earliest first, so among equally similar articles the original is the oldest one.
    for (const candidate of [...candidates].sort((a, b) => a - b)) {
      const stored = this.signatureOf.get(candidate)
      if (!stored) continue
      const similarity = estimatedSimilarity(signature, signatureFromBuffer(stored.signature))
      if (similarity >= threshold && (best === null || similarity > best.similarity)) best = { of: candidate, similarity }
    }
    return best
  }

  add(articleId: number, signature: Uint32Array): void {
    this.insertSignature.run(articleId, signatureToBuffer(signature))
    bandKeys(signature).forEach((key, band) => this.insertBand.run(band, key, articleId))
  }
}

export function nearDuplicateSignature(text: string, wordCount: number): Uint32Array | null {
  return wordCount < MIN_WORDS_FOR_NEAR_DUPLICATES ? null : minhashSignature(text)
}
