/** Means with 95% confidence intervals (Student's t), for outlet profiles and paired comparisons. */

export interface MeanInterval {
  n: number
  mean: number | null
  /** Sample standard deviation; null below two values. */
  sd: number | null
  /** The 95% interval; null below two values, where it is undefined. */
  low: number | null
  high: number | null
}

/** Two-sided 97.5% quantiles of Student's t for 1 to 5 degrees of freedom, where the expansion below is poor. */
const SMALL_T = [12.706, 4.303, 3.182, 2.776, 2.571]
const Z = 1.959964

/** The t quantile for a 95% interval: exact for up to 5 degrees of freedom, Cornish-Fisher beyond (error under 0.001). */
export function tQuantile(degrees: number): number {
  if (degrees < 1) return Number.NaN
  const small = SMALL_T[degrees - 1]
  if (small !== undefined) return small
  const z3 = Z ** 3
  const z5 = Z ** 5
  return Z + (z3 + Z) / (4 * degrees) + (5 * z5 + 16 * z3 + 3 * Z) / (96 * degrees ** 2) + (3 * Z ** 7 + 19 * z5 + 17 * z3 - 15 * Z) / (384 * degrees ** 3)
}

const round = (value: number) => Math.round(value * 1000) / 1000

/** The mean of values given as counts of each value ({3: 10} is ten threes), with its 95% interval. */
export function intervalOfCounts(counts: Map<number, number>): MeanInterval {
  let n = 0
  let sum = 0
  for (const [value, count] of counts) {
    n += count
    sum += value * count
  }
  if (n === 0) return { n, mean: null, sd: null, low: null, high: null }
  const mean = sum / n
  if (n === 1) return { n, mean: round(mean), sd: null, low: null, high: null }
  let squares = 0
  for (const [value, count] of counts) squares += count * (value - mean) ** 2
  const sd = Math.sqrt(squares / (n - 1))
  const half = (tQuantile(n - 1) * sd) / Math.sqrt(n)
  return { n, mean: round(mean), sd: round(sd), low: round(mean - half), high: round(mean + half) }
}

export function intervalOf(values: number[]): MeanInterval {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return intervalOfCounts(counts)
}
