/**
 * Weighted PageRank over a sentence-similarity graph (TextRank, Mihalcea & Tarau 2004), with a
 * teleport distribution the caller chooses: Slant passes a lead-biased one, since news states its key
 * facts first.
 */

const DAMPING = 0.85
const MAX_ITERATIONS = 60
const TOLERANCE = 1e-6

/** Size of the overlap of two sorted id lists. */
function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

/** TextRank's similarity: shared words over the log lengths, so long sentences don't win by size. */
export function similarityMatrix(terms: Int32Array[]): Float64Array {
  const n = terms.length
  const matrix = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    const a = terms[i] as Int32Array
    for (let j = i + 1; j < n; j++) {
      const b = terms[j] as Int32Array
      const shared = a.length > 0 && b.length > 0 ? overlap(a, b) : 0
      if (shared === 0) continue
      const weight = shared / (Math.log(1 + a.length) + Math.log(1 + b.length))
      matrix[i * n + j] = weight
      matrix[j * n + i] = weight
    }
  }
  return matrix
}

/**
 * Each sentence passes its rank along its similarity edges in proportion to their weight against the
 * strongest-connected sentence's total, and the rest by teleport. Plain TextRank normalises per sentence,
 * which lets two asides sharing one word ("walkers") hold their rank between them as if central.
 */
export function pageRank(matrix: Float64Array, n: number, teleport: Float64Array): Float64Array {
  // Edges as lists: most sentence pairs share no word, so iterating the full matrix wastes most of the work.
  const from: number[][] = Array.from({ length: n }, () => [])
  const weights: number[][] = Array.from({ length: n }, () => [])
  const outWeight = new Float64Array(n)
  let strongest = 0
  for (let i = 0; i < n; i++) {
    let sum = 0
    for (let j = 0; j < n; j++) {
      const weight = matrix[j * n + i] as number
      if (weight === 0) continue
      ;(from[i] as number[]).push(j)
      ;(weights[i] as number[]).push(weight)
      sum += weight
    }
    outWeight[i] = sum
    strongest = Math.max(strongest, sum)
  }
  if (strongest === 0) return Float64Array.from(teleport)
  let rank = Float64Array.from(teleport)
  let next = new Float64Array(n)
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let leftover = 0
    for (let j = 0; j < n; j++) leftover += (1 - (outWeight[j] as number) / strongest) * (rank[j] as number)
    let change = 0
    for (let i = 0; i < n; i++) {
      const sources = from[i] as number[]
      const edge = weights[i] as number[]
      let incoming = 0
      for (let k = 0; k < sources.length; k++) incoming += (edge[k] as number) * (rank[sources[k] as number] as number)
      const value = (1 - DAMPING + DAMPING * leftover) * (teleport[i] as number) + (DAMPING * incoming) / strongest
      change += Math.abs(value - (rank[i] as number))
      next[i] = value
    }
    ;[rank, next] = [next, rank]
    if (change < TOLERANCE) break
  }
  return rank
}
