/**
 * LSH buckets in memory: (band, key) pairs mapped to the articles that have them, in typed arrays
 * with chaining (about 17 bytes per entry, 16 entries per article: some 27 MB for 100,000 articles).
 * They used to be a SQLite table, but its keys are random, so each commit of a large import rewrote
 * most of that table's pages; rebuilding the buckets from the stored signatures costs far less.
 */
export class BandBuckets {
  private heads = new Int32Array(1 << 12).fill(-1)
  private keys = new Int32Array(1 << 12)
  private bands = new Uint8Array(1 << 12)
  private articles = new Int32Array(1 << 12)
  private next = new Int32Array(1 << 12)
  private size = 0

  get entries(): number {
    return this.size
  }

  add(band: number, key: number, articleId: number): void {
    if (this.size === this.keys.length) this.grow()
    const entry = this.size++
    const slot = this.slotOf(band, key)
    this.keys[entry] = key
    this.bands[entry] = band
    this.articles[entry] = articleId
    this.next[entry] = this.heads[slot] as number
    this.heads[slot] = entry
  }

  /** Adds to `into` every article filed under (band, key). */
  collect(band: number, key: number, into: Set<number>): void {
    for (let entry = this.heads[this.slotOf(band, key)] as number; entry !== -1; entry = this.next[entry] as number) {
      if (this.keys[entry] === key && this.bands[entry] === band) into.add(this.articles[entry] as number)
    }
  }

  private slotOf(band: number, key: number): number {
    // A multiplicative mix, so keys that differ only in high bits still spread over the slots.
    return (Math.imul(key ^ Math.imul(band + 1, 0x9e3779b1), 0x85ebca6b) >>> 0) & (this.heads.length - 1)
  }

  /** Doubles the entry arrays and the slots together, so chains stay about one entry long. */
  private grow(): void {
    const capacity = this.keys.length * 2
    const widen = <T extends Int32Array | Uint8Array>(old: T, make: (length: number) => T): T => {
      const wider = make(capacity)
      wider.set(old)
      return wider
    }
    this.keys = widen(this.keys, (length) => new Int32Array(length))
    this.bands = widen(this.bands, (length) => new Uint8Array(length))
    this.articles = widen(this.articles, (length) => new Int32Array(length))
    this.next = new Int32Array(capacity)
    this.heads = new Int32Array(capacity).fill(-1)
    for (let entry = 0; entry < this.size; entry++) {
      const slot = this.slotOf(this.bands[entry] as number, this.keys[entry] as number)
      this.next[entry] = this.heads[slot] as number
      this.heads[slot] = entry
    }
  }
}
