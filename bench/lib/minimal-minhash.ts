/**
 * The least work a MinHash scan must do per text, for the near-duplicate floor: lower-case, split into
 * words, hash each word 3-gram with FNV-1a and keep the minimum of 128 multiply-add permutations.
 * Same definition as the app's (same word pattern, same FNV-1a over "w1 w2 w3", same permutation
 * constants), so the two compute identical signatures, but with no 3-gram strings and no Set: a
 * repeated 3-gram cannot lower a minimum twice, so deduplicating it buys nothing.
 */
export const SIGNATURE_LENGTH = 128
const WORD = /[\p{L}\p{N}]+/gu
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const SPACE = 0x20

const multipliers = new Uint32Array(SIGNATURE_LENGTH)
const offsets = new Uint32Array(SIGNATURE_LENGTH)
{
  // The app's permutation constants: xorshift32 from the golden-ratio seed.
  let state = 0x9e3779b9
  const next = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return state >>> 0
  }
  for (let index = 0; index < SIGNATURE_LENGTH; index++) {
    multipliers[index] = next() | 1
    offsets[index] = next()
  }
}

function fnvContinue(hash: number, word: string): number {
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), FNV_PRIME)
  return hash
}

let shingles = new Uint32Array(1024)

/**
 * Writes the signature of `text` into `signature` (reused across texts, as a tight loop would). The
 * 3-gram hashes go into one reused typed array first; then each permutation is a single pass keeping
 * its minimum in a local, which is the cheapest order for the 128 x 3-grams multiply-adds that
 * dominate the cost.
 */
export function minimalMinhash(text: string, signature: Uint32Array): void {
  const words = text.toLowerCase().match(WORD) ?? []
  let count = 0
  if (words.length < 3) {
    if (words.length > 0) shingles[count++] = fnvContinue(FNV_OFFSET, words.join(' ')) >>> 0
  } else {
    if (shingles.length < words.length) shingles = new Uint32Array(words.length * 2)
    for (let index = 0; index + 3 <= words.length; index++) {
      let hash = fnvContinue(FNV_OFFSET, words[index] as string)
      hash = fnvContinue(Math.imul(hash ^ SPACE, FNV_PRIME), words[index + 1] as string)
      hash = fnvContinue(Math.imul(hash ^ SPACE, FNV_PRIME), words[index + 2] as string)
      shingles[count++] = hash >>> 0
    }
  }
  for (let permutation = 0; permutation < SIGNATURE_LENGTH; permutation++) {
    const multiplier = multipliers[permutation] as number
    const offset = offsets[permutation] as number
    let minimum = 0xffffffff
    for (let index = 0; index < count; index++) {
      const value = (Math.imul(multiplier, shingles[index] as number) + offset) >>> 0
      if (value < minimum) minimum = value
    }
    signature[permutation] = minimum
  }
}
