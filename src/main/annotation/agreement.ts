/**
 * Inter-coder agreement, written from the published definitions: Krippendorff's alpha through the
 * coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"), which allows
 * any number of coders and missing values, and Cohen's kappa with linear or quadratic weights for a
 * pair of coders (Cohen 1968).
 */

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval'

/** One unit's values, one per coder; null where that coder gave none. */
export type Unit = readonly (number | null)[]

export interface AlphaResult {
  alpha: number | null
  /** Units with two or more values: the ones alpha is computed from. */
  pairableUnits: number
  /** Values in those units. */
  values: number
}

function squaredDifference(metric: AlphaMetric, categories: number[], totals: Map<number, number>): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1)
  if (metric === 'interval') return (c, k) => (c - k) ** 2
  // Ordinal: the values between c and k, counted by how often they occur, with half of each end.
  return (c, k) => {
    if (c === k) return 0
    const [low, high] = c < k ? [c, k] : [k, c]
    let sum = 0
    for (const category of categories) if (category >= low && category <= high) sum += totals.get(category) ?? 0
    const ends = ((totals.get(low) ?? 0) + (totals.get(high) ?? 0)) / 2
    return (sum - ends) ** 2
  }
}

export function krippendorffAlpha(units: readonly Unit[], metric: AlphaMetric): AlphaResult {
  const coincidences = new Map<number, Map<number, number>>()
  let pairableUnits = 0
  for (const unit of units) {
    const values = unit.filter((value): value is number => value !== null)
    if (values.length < 2) continue
    pairableUnits++
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j++) {
        if (i === j) continue
        const c = values[i] as number
        const k = values[j] as number
        const row = coincidences.get(c) ?? new Map<number, number>()
        row.set(k, (row.get(k) ?? 0) + 1 / (values.length - 1))
        coincidences.set(c, row)
      }
    }
  }
  const totals = new Map<number, number>()
  for (const [c, row] of coincidences) for (const count of row.values()) totals.set(c, (totals.get(c) ?? 0) + count)
  const n = [...totals.values()].reduce((sum, count) => sum + count, 0)
  const categories = [...totals.keys()].sort((a, b) => a - b)
  if (n <= 1) return { alpha: null, pairableUnits, values: Math.round(n) }
  const delta = squaredDifference(metric, categories, totals)
  let observed = 0
  for (const [c, row] of coincidences) for (const [k, count] of row) observed += count * delta(c, k)
  let expected = 0
  for (const c of categories) for (const k of categories) expected += (totals.get(c) ?? 0) * (totals.get(k) ?? 0) * delta(c, k)
  observed /= n
  expected /= n * (n - 1)
  // Every value the same: no variation to agree or disagree on.
  if (expected === 0) return { alpha: null, pairableUnits, values: Math.round(n) }
  return { alpha: 1 - observed / expected, pairableUnits, values: Math.round(n) }
}

export type KappaWeights = 'linear' | 'quadratic'

/**
 * Cohen's weighted kappa for two coders on the units both coded, on the 1-5 scale: 1 - (observed
 * weighted disagreement / disagreement expected from each coder's own distribution).
 */
export function weightedKappa(pairs: readonly (readonly [number, number])[], weights: KappaWeights, levels: readonly number[] = [1, 2, 3, 4, 5]): number | null {
  if (pairs.length === 0) return null
  const span = (levels[levels.length - 1] as number) - (levels[0] as number)
  const weight = (a: number, b: number) => (weights === 'linear' ? Math.abs(a - b) / span : ((a - b) / span) ** 2)
  const first = new Map<number, number>()
  const second = new Map<number, number>()
  let observed = 0
  for (const [a, b] of pairs) {
    observed += weight(a, b)
    first.set(a, (first.get(a) ?? 0) + 1)
    second.set(b, (second.get(b) ?? 0) + 1)
  }
  let expected = 0
  for (const a of levels) for (const b of levels) expected += ((first.get(a) ?? 0) * (second.get(b) ?? 0) * weight(a, b)) / pairs.length
  if (expected === 0) return null
  return 1 - observed / expected
}

/** Share of pairs of values within a unit that are equal, over all pairable units. */
export function percentAgreement(units: readonly Unit[]): number | null {
  let agreeing = 0
  let pairs = 0
  for (const unit of units) {
    const values = unit.filter((value): value is number => value !== null)
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        pairs++
        if (values[i] === values[j]) agreeing++
      }
    }
  }
  return pairs === 0 ? null : agreeing / pairs
}

/**
 * Cohen's (unweighted) kappa for two coders on nominal values: 1 - (observed disagreement /
 * disagreement expected from each coder's own distribution). Used for frames and goals, where no
 * category is nearer to another.
 */
export function cohenKappa(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length === 0) return null
  const first = new Map<number, number>()
  const second = new Map<number, number>()
  let observed = 0
  for (const [a, b] of pairs) {
    if (a !== b) observed++
    first.set(a, (first.get(a) ?? 0) + 1)
    second.set(b, (second.get(b) ?? 0) + 1)
  }
  let expectedAgreement = 0
  for (const [category, count] of first) expectedAgreement += (count * (second.get(category) ?? 0)) / pairs.length
  const expected = pairs.length - expectedAgreement
  if (expected === 0) return null
  return 1 - observed / expected
}
