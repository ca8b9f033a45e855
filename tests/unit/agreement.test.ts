import { describe, expect, it } from 'vitest'
import { cohenKappa, krippendorffAlpha, percentAgreement, weightedKappa, type Unit } from '../../src/main/annotation/agreement'

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the reliability data with
// missing values: four observers, twelve units; published alphas nominal 0.743, ordinal 0.815,
// interval 0.849 (to three places).
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null]
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3]
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null]
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null]
const UNITS: Unit[] = A.map((_, index) => [A[index] ?? null, B[index] ?? null, C[index] ?? null, D[index] ?? null])

describe("Krippendorff's alpha", () => {
  it('matches the published values of the worked example with missing data', () => {
    expect(krippendorffAlpha(UNITS, 'nominal').alpha).toBeCloseTo(0.743, 3)
    expect(krippendorffAlpha(UNITS, 'ordinal').alpha).toBeCloseTo(0.815, 3)
    expect(krippendorffAlpha(UNITS, 'interval').alpha).toBeCloseTo(0.849, 3)
    // Unit 12 has one value only and cannot be paired: 11 units, 40 values.
    expect(krippendorffAlpha(UNITS, 'nominal')).toMatchObject({ pairableUnits: 11, values: 40 })
  })

  it('is 1 for perfect agreement, undefined without variation or pairs, and below 0 for systematic disagreement', () => {
    expect(krippendorffAlpha([[1, 1], [2, 2], [3, 3]], 'interval').alpha).toBe(1)
    expect(krippendorffAlpha([[2, 2], [2, 2]], 'nominal').alpha).toBeNull()
    expect(krippendorffAlpha([[1, null], [null, 2]], 'nominal').alpha).toBeNull()
    expect(krippendorffAlpha([[1, 2], [2, 1]], 'nominal').alpha as number).toBeLessThan(0)
  })
})

describe("Cohen's weighted kappa", () => {
  it('matches a hand computation', () => {
    // Pairs (1,1) (2,3) (3,3) (4,2); linear weights |a-b|/4. Observed mean: (0 + 1/4 + 0 + 2/4) / 4 = 0.1875.
    // Expected: coder 1 uses 1, 2, 3, 4 once each; coder 2 uses 1 once, 2 once, 3 twice. Summing
    // n1(a) n2(b) |a-b| over all a, b: a=1 gives 0+1+4, a=2 gives 1+0+2, a=3 gives 2+1+0, a=4 gives 3+2+2,
    // 18 in all; over 4 for the weight and 4 x 4 pairs: 18/4/16 = 0.28125. Kappa 1 - 0.1875/0.28125 = 1/3.
    const pairs = [[1, 1], [2, 3], [3, 3], [4, 2]] as const
    expect(weightedKappa(pairs, 'linear')).toBeCloseTo(1 / 3, 10)
    expect(weightedKappa([[1, 1], [5, 5]], 'quadratic')).toBe(1)
    expect(weightedKappa([], 'linear')).toBeNull()
  })
})

describe('percent agreement', () => {
  it('counts equal pairs within units', () => {
    expect(percentAgreement([[1, 1, 2], [3, 3]])).toBeCloseTo(2 / 4)
    expect(percentAgreement([[1, null]])).toBeNull()
  })
})

describe("Cohen's kappa (unweighted)", () => {
  it('matches a hand computation on nominal categories', () => {
    // Pairs (a,a) (b,c) (c,c) (a,a) as 0, 1, 2: agreement 3/4; coder 1 uses a twice, b and c once, coder 2
    // a twice and c twice, so chance agreement is (2x2 + 1x0 + 1x2) / 16 = 0.375; (0.75 - 0.375) / 0.625 = 0.6.
    expect(cohenKappa([[0, 0], [1, 2], [2, 2], [0, 0]])).toBeCloseTo(0.6, 10)
    expect(cohenKappa([[1, 1], [2, 2]])).toBe(1)
    // Both coders always give the same one category: nothing to correct for chance against.
    expect(cohenKappa([[1, 1], [1, 1]])).toBeNull()
    expect(cohenKappa([])).toBeNull()
  })
})
