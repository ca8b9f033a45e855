import { describe, expect, it } from 'vitest'
import { addWordCounts, classificationMetrics, confusionMatrix, f1Score, wordMetrics, wordOverlap, wordTokens } from '../../eval/metrics'

// Expected values below are worked out by hand from the counts, not by running the code.

describe('confusionMatrix', () => {
  it('counts each outcome with Biased (true) as the positive class', () => {
    const expected = [true, true, true, false, false, false, false, true]
    const predicted = [true, false, true, true, false, false, true, true]
    expect(confusionMatrix(expected, predicted)).toEqual({ truePositives: 3, falsePositives: 2, falseNegatives: 1, trueNegatives: 2 })
  })

  it('refuses labels and predictions of different lengths', () => {
    expect(() => confusionMatrix([true, false], [true])).toThrow()
  })
})

describe('classificationMetrics', () => {
  it('computes accuracy, precision, recall, F1 and macro-F1', () => {
    // TP 3, FP 2, FN 1, TN 2: P = 3/5, R = 3/4, F1 = 2/3; Non-biased: P = 2/3, R = 2/4, F1 = 4/7; macro = 13/21.
    const metrics = classificationMetrics({ truePositives: 3, falsePositives: 2, falseNegatives: 1, trueNegatives: 2 })
    expect(metrics.n).toBe(8)
    expect(metrics.accuracy).toBeCloseTo(5 / 8, 12)
    expect(metrics.precision).toBeCloseTo(0.6, 12)
    expect(metrics.recall).toBeCloseTo(0.75, 12)
    expect(metrics.f1).toBeCloseTo(2 / 3, 12)
    expect(metrics.negativeF1).toBeCloseTo(4 / 7, 12)
    expect(metrics.macroF1).toBeCloseTo(13 / 21, 12)
  })

  it('keeps precision and recall apart when they differ', () => {
    // TP 1, FP 3, FN 0, TN 4: P = 1/4, R = 1, F1 = 2/5; Non-biased: P = 1, R = 4/7, F1 = 8/11.
    const metrics = classificationMetrics({ truePositives: 1, falsePositives: 3, falseNegatives: 0, trueNegatives: 4 })
    expect(metrics.precision).toBeCloseTo(0.25, 12)
    expect(metrics.recall).toBeCloseTo(1, 12)
    expect(metrics.f1).toBeCloseTo(0.4, 12)
    expect(metrics.macroF1).toBeCloseTo((0.4 + 8 / 11) / 2, 12)
  })

  it('scores a scorer that never says Biased as 0 on that class, not NaN', () => {
    // Always Non-biased on 2 Biased + 3 Non-biased: accuracy 3/5; Non-biased P = 3/5, R = 1, F1 = 3/4; macro = 3/8.
    const metrics = classificationMetrics(confusionMatrix([true, true, false, false, false], [false, false, false, false, false]))
    expect(metrics.accuracy).toBeCloseTo(0.6, 12)
    expect(metrics.precision).toBe(0)
    expect(metrics.recall).toBe(0)
    expect(metrics.f1).toBe(0)
    expect(metrics.negativeF1).toBeCloseTo(0.75, 12)
    expect(metrics.macroF1).toBeCloseTo(0.375, 12)
  })

  it('gives zeros, not NaN, for no sentences at all', () => {
    const metrics = classificationMetrics(confusionMatrix([], []))
    expect(metrics).toEqual({ n: 0, accuracy: 0, precision: 0, recall: 0, f1: 0, negativeF1: 0, macroF1: 0 })
  })
})

describe('f1Score', () => {
  it('is the harmonic mean, not the arithmetic one', () => {
    expect(f1Score(0.5, 1)).toBeCloseTo(2 / 3, 12)
    expect(f1Score(0, 0)).toBe(0)
  })
})

describe('wordTokens', () => {
  it('lower-cases and keeps hyphenated and apostrophised words whole', () => {
    expect(wordTokens('Anti-China barb, Trump’s TOXIC  masculinity!')).toEqual(['anti-china', 'barb', "trump's", 'toxic', 'masculinity'])
  })
})

describe('word-level metrics', () => {
  it('matches tokens case-insensitively, each expert token at most once', () => {
    // Flagged tokens: flood, flood, tragedy; expert tokens: flood, stubborn. One match.
    expect(wordOverlap(['Flood', 'flood', 'tragedy'], ['flood', 'stubborn'])).toEqual({ matched: 1, flagged: 3, expected: 2 })
  })

  it('splits multi-word flags into tokens', () => {
    expect(wordOverlap(['toxic masculinity'], ['Toxic', 'masculinity', 'flagrantly'])).toEqual({ matched: 2, flagged: 2, expected: 3 })
  })

  it('micro-averages over sentences', () => {
    // Sums: matched 3, flagged 5, expected 5, so P = R = F1 = 3/5. Averaging per sentence would give P = (1/3 + 1) / 2 instead.
    const total = addWordCounts([wordOverlap(['Flood', 'flood', 'tragedy'], ['flood', 'stubborn']), wordOverlap(['toxic masculinity'], ['toxic', 'masculinity', 'flagrantly'])])
    const metrics = wordMetrics(total)
    expect(metrics.precision).toBeCloseTo(0.6, 12)
    expect(metrics.recall).toBeCloseTo(0.6, 12)
    expect(metrics.f1).toBeCloseTo(0.6, 12)
  })

  it('distinguishes precision from recall', () => {
    // matched 1 of 4 flagged, 1 of 2 expected: P = 1/4, R = 1/2, F1 = 1/3.
    const metrics = wordMetrics(wordOverlap(['slammed', 'radical', 'the', 'plan'], ['slammed', 'scheme']))
    expect(metrics.precision).toBeCloseTo(0.25, 12)
    expect(metrics.recall).toBeCloseTo(0.5, 12)
    expect(metrics.f1).toBeCloseTo(1 / 3, 12)
  })

  it('scores nothing flagged as 0 precision and 0 recall', () => {
    expect(wordMetrics(wordOverlap([], ['flood']))).toEqual({ matched: 0, flagged: 0, expected: 1, precision: 0, recall: 0, f1: 0 })
  })
})
