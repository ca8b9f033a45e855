import { describe, expect, it } from 'vitest'
import { BandBuckets } from '../../src/main/corpus/near-duplicates/band-buckets'

describe('BandBuckets', () => {
  it('files articles under (band, key) and finds them again after growing many times', () => {
    const buckets = new BandBuckets()
    const articles = 20_000
    // Keys collide across bands on purpose: the band must tell them apart.
    for (let article = 1; article <= articles; article++) {
      for (let band = 0; band < 16; band++) buckets.add(band, (article % 5000) * 7919 - 2 ** 30, article)
    }
    expect(buckets.entries).toBe(articles * 16)
    const found = new Set<number>()
    buckets.collect(3, 42 * 7919 - 2 ** 30, found)
    expect([...found].sort((a, b) => a - b)).toEqual([42, 5042, 10042, 15042])
    const none = new Set<number>()
    buckets.collect(3, 123_456_789, none)
    expect(none.size).toBe(0)
  })
  it('keeps the same key in different bands apart', () => {
    const buckets = new BandBuckets()
    buckets.add(0, -1, 10)
    buckets.add(1, -1, 11)
    const found = new Set<number>()
    buckets.collect(1, -1, found)
    expect([...found]).toEqual([11])
  })
})
