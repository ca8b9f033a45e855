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
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const SPACE = 0x20

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

/** Continues an FNV-1a hash over the UTF-16 code units of `word`: stable across runs and platforms. */
function fnvContinue(hash: number, word: string): number {
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), FNV_PRIME)
  return hash
}

/** Reused between calls: signatures are computed one at a time on one thread. */
let shingleBuffer = new Uint32Array(2048)

/**
 * Hashes of the text's word 3-grams, lower-cased, so layout and case do not matter. Each 3-gram is
 * hashed as FNV-1a of "w1 w2 w3" without building that string. Repeats are kept: a repeated 3-gram
 * cannot lower a minimum twice, so removing them would cost more than it saves.
 */
function shingleHashes(text: string): number {
  const words = text.toLowerCase().match(WORD) ?? []
  if (shingleBuffer.length < words.length) shingleBuffer = new Uint32Array(words.length * 2)
  if (words.length < SHINGLE_WORDS) {
    if (words.length === 0) return 0
    shingleBuffer[0] = fnvContinue(FNV_OFFSET, words.join(' ')) >>> 0
    return 1
  }
  let count = 0
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++) {
    let hash = fnvContinue(FNV_OFFSET, words[index] as string)
    hash = fnvContinue(Math.imul(hash ^ SPACE, FNV_PRIME), words[index + 1] as string)
    hash = fnvContinue(Math.imul(hash ^ SPACE, FNV_PRIME), words[index + 2] as string)
    shingleBuffer[count++] = hash >>> 0
  }
  return count
}

/** One pass per hash function with its minimum in a local: the cheapest order for the 128 x shingles multiply-adds. */
export function minhashSignature(text: string): Uint32Array {
  const count = shingleHashes(text)
  const shingles = shingleBuffer
  const signature = new Uint32Array(SIGNATURE_LENGTH)
  for (let permutation = 0; permutation < SIGNATURE_LENGTH; permutation++) {
    const multiplier = MULTIPLIERS[permutation] as number
    const offset = OFFSETS[permutation] as number
    let minimum = 0xffffffff
    for (let index = 0; index < count; index++) {
      const value = (Math.imul(multiplier, shingles[index] as number) + offset) >>> 0
      if (value < minimum) minimum = value
    }
    signature[permutation] = minimum
  }
  return signature
}

/** Share of positions where two signatures agree: an unbiased estimate of the texts' Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let index = 0; index < SIGNATURE_LENGTH; index++) if (a[index] === b[index]) same++
  return same / SIGNATURE_LENGTH
}

/** One key per band; texts that share a key in the same band are candidates. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = []
  for (let band = 0; band < BANDS; band++) {
    let hash = FNV_OFFSET
    for (let row = 0; row < ROWS_PER_BAND; row++) {
      hash ^= signature[band * ROWS_PER_BAND + row] as number
      hash = Math.imul(hash, FNV_PRIME)
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
