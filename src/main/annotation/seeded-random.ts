/**
 * A small deterministic generator (mulberry32): the same seed draws the same sample on any machine
 * and any Node version, which Math.random cannot promise. Good enough for sampling, not for secrets.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy (Fisher-Yates), driven by the generator. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const held = copy[index] as T
    copy[index] = copy[other] as T
    copy[other] = held
  }
  return copy
}

/** A seed for a queue whose creator did not choose one; it is stored, so the sample can be drawn again. */
export function freshSeed(): number {
  return Math.floor(Math.random() * 2_147_483_647) + 1
}
