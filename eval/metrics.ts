/**
 * Quality measures for sentence-level bias detection ("Biased" is the positive class) and for the
 * words a scorer flags against the words the experts marked. A ratio whose denominator is zero counts
 * as 0 (scikit-learn's zero_division=0), so a scorer that never says "Biased" scores 0, not NaN.
 */

export interface ConfusionMatrix {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  trueNegatives: number
}

export interface ClassificationMetrics {
  n: number
  accuracy: number
  /** Of the "Biased" class. */
  precision: number
  recall: number
  f1: number
  /** F1 of the "Non-biased" class, the other half of macro-F1. */
  negativeF1: number
  /** Unweighted mean of both classes' F1: a constant guess cannot score well on it. */
  macroF1: number
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}

export function f1Score(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

/** `true` means "Biased", in both the expert labels and the predictions. */
export function confusionMatrix(expected: readonly boolean[], predicted: readonly boolean[]): ConfusionMatrix {
  if (expected.length !== predicted.length) throw new Error(`${expected.length} labels but ${predicted.length} predictions`)
  const matrix: ConfusionMatrix = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 }
  expected.forEach((actual, index) => {
    const guess = predicted[index]
    if (actual && guess) matrix.truePositives++
    else if (actual) matrix.falseNegatives++
    else if (guess) matrix.falsePositives++
    else matrix.trueNegatives++
  })
  return matrix
}

export function classificationMetrics(matrix: ConfusionMatrix): ClassificationMetrics {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn } = matrix
  const n = tp + fp + fn + tn
  const precision = ratio(tp, tp + fp)
  const recall = ratio(tp, tp + fn)
  const f1 = f1Score(precision, recall)
  const negativeF1 = f1Score(ratio(tn, tn + fn), ratio(tn, tn + fp))
  return { n, accuracy: ratio(tp + tn, n), precision, recall, f1, negativeF1, macroF1: (f1 + negativeF1) / 2 }
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu

/**
 * Lower-case word tokens, split the way the app counts words: a hyphenated or apostrophised word
 * ("anti-China", "Trump's") stays one token, as the experts marked it.
 */
export function wordTokens(text: string): string[] {
  return text.normalize('NFC').replace(/[’‘]/g, "'").toLowerCase().match(WORD) ?? []
}

export interface WordCounts {
  /** Flagged tokens that the experts also marked (each marked token matches once). */
  matched: number
  flagged: number
  expected: number
}

/** Token overlap for one sentence, as multisets: flagging a word twice earns at most what was marked. */
export function wordOverlap(flaggedWords: readonly string[], expertWords: readonly string[]): WordCounts {
  const flagged = flaggedWords.flatMap(wordTokens)
  const expected = expertWords.flatMap(wordTokens)
  const remaining = new Map<string, number>()
  for (const token of expected) remaining.set(token, (remaining.get(token) ?? 0) + 1)
  let matched = 0
  for (const token of flagged) {
    const left = remaining.get(token) ?? 0
    if (left > 0) {
      matched++
      remaining.set(token, left - 1)
    }
  }
  return { matched, flagged: flagged.length, expected: expected.length }
}

export function addWordCounts(counts: readonly WordCounts[]): WordCounts {
  return counts.reduce(
    (sum, next) => ({ matched: sum.matched + next.matched, flagged: sum.flagged + next.flagged, expected: sum.expected + next.expected }),
    { matched: 0, flagged: 0, expected: 0 }
  )
}

export interface WordMetrics extends WordCounts {
  precision: number
  recall: number
  f1: number
}

/** Micro-averaged over all sentences: pass the summed counts, not per-sentence scores. */
export function wordMetrics(counts: WordCounts): WordMetrics {
  const precision = ratio(counts.matched, counts.flagged)
  const recall = ratio(counts.matched, counts.expected)
  return { ...counts, precision, recall, f1: f1Score(precision, recall) }
}

/**
 * Area under the ROC curve of a continuous score against the labels: the chance that a random
 * "Biased" sentence scores higher than a random "Non-biased" one, ties counting half (the
 * Mann-Whitney form, with average ranks for tied scores). It needs no threshold, so it measures the
 * 0-1 score itself rather than the flag. NaN when one class is absent: the area is then undefined.
 */
export function rocAuc(expected: readonly boolean[], scores: readonly number[]): number {
  if (expected.length !== scores.length) throw new Error(`${expected.length} labels but ${scores.length} scores`)
  const order = scores.map((score, index) => ({ score, positive: expected[index] === true })).sort((a, b) => a.score - b.score)
  let positives = 0
  let positiveRankSum = 0
  let index = 0
  while (index < order.length) {
    let end = index
    while (end < order.length && order[end]?.score === order[index]?.score) end++
    // Ranks index+1 .. end share their average.
    const averageRank = (index + 1 + end) / 2
    for (let tied = index; tied < end; tied++) {
      if (order[tied]?.positive) {
        positives++
        positiveRankSum += averageRank
      }
    }
    index = end
  }
  const negatives = order.length - positives
  if (positives === 0 || negatives === 0) return Number.NaN
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

function pairs(count: number): number {
  return (count * (count - 1)) / 2
}

/**
 * Adjusted Rand index of a clustering against gold labels (Hubert and Arabie): 1 for the same
 * partition, about 0 for a random one. Both arrays hold one label per item, in the same order.
 */
export function adjustedRandIndex(gold: readonly string[], found: readonly string[]): number {
  const cells = new Map<string, number>()
  const goldSizes = new Map<string, number>()
  const foundSizes = new Map<string, number>()
  gold.forEach((label, index) => {
    const other = found[index] as string
    cells.set(`${label}\u0000${other}`, (cells.get(`${label}\u0000${other}`) ?? 0) + 1)
    goldSizes.set(label, (goldSizes.get(label) ?? 0) + 1)
    foundSizes.set(other, (foundSizes.get(other) ?? 0) + 1)
  })
  const index = [...cells.values()].reduce((sum, size) => sum + pairs(size), 0)
  const goldPairs = [...goldSizes.values()].reduce((sum, size) => sum + pairs(size), 0)
  const foundPairs = [...foundSizes.values()].reduce((sum, size) => sum + pairs(size), 0)
  const expected = (goldPairs * foundPairs) / Math.max(1, pairs(gold.length))
  const maximum = (goldPairs + foundPairs) / 2
  return maximum === expected ? 1 : (index - expected) / (maximum - expected)
}

/** Share of items whose found cluster's most common gold label is their own. */
export function clusterPurity(gold: readonly string[], found: readonly string[]): number {
  const byCluster = new Map<string, Map<string, number>>()
  gold.forEach((label, index) => {
    const cluster = found[index] as string
    const counts = byCluster.get(cluster) ?? new Map<string, number>()
    counts.set(label, (counts.get(label) ?? 0) + 1)
    byCluster.set(cluster, counts)
  })
  let majority = 0
  for (const counts of byCluster.values()) majority += Math.max(...counts.values())
  return majority / Math.max(1, gold.length)
}
