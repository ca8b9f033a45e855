/** Nearest-rank percentile: always an observed value, and p100 is the maximum. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}
