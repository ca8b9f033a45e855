/**
 * A small seeded PRNG (mulberry32): the synthetic corpus and the query set must be identical on every
 * run and machine, so figures from two runs compare like with like. Math.random cannot be seeded.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (probability: number) => next() < probability
  }
}

/**
 * Draws ranks 0..size-1 with Zipf–Mandelbrot weights 1/(rank+q)^s, the shape word frequencies have in
 * real text: a few words everywhere, a long tail seen a handful of times. That shape is what makes
 * FTS posting lists, and so search and indexing costs, realistic.
 */
export function zipfSampler(size: number, exponent: number, shift: number): (random: Random) => number {
  const cumulative = new Float64Array(size)
  let total = 0
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + 1 + shift, exponent)
    cumulative[rank] = total
  }
  return (random) => {
    const target = random.next() * total
    let low = 0
    let high = size - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((cumulative[middle] as number) < target) low = middle + 1
      else high = middle
    }
    return low
  }
}
