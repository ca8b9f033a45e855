import { describe, expect, it } from 'vitest'
import { rocAuc } from '../../eval/metrics'

// Expected values are counted by hand over every (Biased, Non-biased) pair, ties counting half.

describe('rocAuc', () => {
  it('is 1 when every Biased sentence outscores every Non-biased one, 0 when the order is reversed', () => {
    expect(rocAuc([true, true, false, false], [0.9, 0.8, 0.3, 0.1])).toBe(1)
    expect(rocAuc([true, true, false, false], [0.1, 0.2, 0.8, 0.9])).toBe(0)
  })

  it('counts the pairs ranked right', () => {
    // Positives 0.8, 0.4; negatives 0.6, 0.2, 0.1. Pairs won: 0.8 beats all 3, 0.4 beats 0.2 and 0.1 = 5 of 6.
    expect(rocAuc([true, false, true, false, false], [0.8, 0.6, 0.4, 0.2, 0.1])).toBeCloseTo(5 / 6, 12)
  })

  it('counts a tie between classes as half a pair', () => {
    // Positives 0.5, 0.9; negatives 0.5, 0.1. Pairs: (0.5,0.5) tie = 1/2, (0.5,0.1) = 1, (0.9,0.5) = 1, (0.9,0.1) = 1: 3.5 of 4.
    expect(rocAuc([true, false, true, false], [0.5, 0.5, 0.9, 0.1])).toBeCloseTo(0.875, 12)
    // A constant score knows nothing: 0.5.
    expect(rocAuc([true, false, true, false, false], [0.3, 0.3, 0.3, 0.3, 0.3])).toBeCloseTo(0.5, 12)
  })

  it('does not depend on the order of the input', () => {
    expect(rocAuc([false, false, true, false, true], [0.1, 0.2, 0.4, 0.6, 0.8])).toBeCloseTo(5 / 6, 12)
  })

  it('is undefined (NaN) with only one class, and refuses mismatched lengths', () => {
    expect(rocAuc([true, true], [0.2, 0.4])).toBeNaN()
    expect(() => rocAuc([true], [0.1, 0.2])).toThrow()
  })
})
