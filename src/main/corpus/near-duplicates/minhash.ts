/**
 * MinHash signatures over word shingles, and LSH band keys that make similar texts collide.
 * 128 hash functions in 16 bands of 8: two texts become candidates with probability about 0.5 at
 * Jaccard 0.71 and above 0.97 at 0.8, the default threshold; candidates are then confirmed on the
 * signatures, whose estimate has a standard error of about 0.035.
 */
export const SIGNATURE_LENGTH = 128
export const BANDS = 16
export const ROWS_PER_BAND = SIGNATURE_LENGTH / BANDS
export const SHINGLE_WORDS = 3

const WORD = /[\p{L}\p{N}]+/gu

/** FNV-1a over the UTF-16 code units: fast, stable across runs and platforms, good enough to seed MinHash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Fixed multipliers and offsets for the 128 hash functions, derived from a seeded generator. */
const MULTIPLIERS = new Uint32Array(SIGNATURE_LENGTH)
const OFFSETS = new Uint32Array(SIGNATURE_LENGTH)
{
  let state = 0x9e3779b9
  const next = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return state >>> 0
  }
  for (let index = 0; index < SIGNATURE_LENGTH; index++) {
    MULTIPLIERS[index] = next() | 1
    OFFSETS[index] = next()
  }
}

/** Hashes of the text's word 3-grams, lower-cased, so layout and case do not matter. */
export function shingleHashes(text: string): Uint32Array {
  const words = (text.toLowerCase().match(WORD) ?? []) as string[]
  if (words.length < SHINGLE_WORDS) return words.length === 0 ? new Uint32Array() : Uint32Array.of(fnv1a(words.join(' ')))
  const hashes = new Set<number>()
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++) {
    hashes.add(fnv1a(`${words[index]} ${words[index + 1]} ${words[index + 2]}`))
  }
  return Uint32Array.from(hashes)
}

export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff)
  const shingles = shingleHashes(text)
  for (const shingle of shingles) {
    for (let index = 0; index < SIGNATURE_LENGTH; index++) {
      const value = (Math.imul(MULTIPLIERS[index] as number, shingle) + (OFFSETS[index] as number)) >>> 0
      if (value < (signature[index] as number)) signature[index] = value
    }
  }
  return signature
}

/** Share of positions where two signatures agree: an unbiased estimate of the texts' Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let index = 0; index < SIGNATURE_LENGTH; index++) if (a[index] === b[index]) same++
  return same / SIGNATURE_LENGTH
}

/** One key per band; texts that share any key are candidates. Signed 32-bit so SQLite stores them compactly. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = []
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5
    for (let row = 0; row < ROWS_PER_BAND; row++) {
      hash ^= signature[band * ROWS_PER_BAND + row] as number
      hash = Math.imul(hash, 0x01000193)
    }
    keys.push(hash | 0)
  }
  return keys
}

export function signatureToBuffer(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)
}

export function signatureFromBuffer(buffer: Buffer): Uint32Array {
  const copy = new Uint8Array(buffer)
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4)
}
