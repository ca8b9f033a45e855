import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deleteArticles, restoreArticles } from '../../src/main/corpus/article-actions'
import { importContent } from '../../src/main/corpus/import-articles'
import { bandKeys, estimatedSimilarity, minhashSignature } from '../../src/main/corpus/near-duplicates/minhash'
import { listNearDuplicates, setNearDuplicateStatus } from '../../src/main/corpus/near-duplicates/duplicate-review'
import { scanNearDuplicates } from '../../src/main/corpus/near-duplicates/scan-near-duplicates'
import { writeSettings } from '../../src/main/corpus/settings-store'
import { openDatabase, type Db } from '../../src/main/db/open-database'
import { useTempDirectory } from '../helpers/temp-directory'

const WIRE =
  'The city council voted by twenty-one to fourteen on Tuesday to introduce a congestion charge of eight pounds a day for cars entering the centre, ' +
  'starting in April next year. Mayor Lena Ortiz said the charge would cut traffic by a fifth and raise money for buses. ' +
  'Business groups warned that shops in the centre would lose customers, while cycling campaigners welcomed the decision as overdue.'
// A regional paper's lightly edited copy of the same wire story.
const COPY = WIRE.replace('on Tuesday', 'on Tuesday evening').replace('welcomed the decision', 'warmly welcomed the decision')
const OTHER =
  'Nurses at the regional hospital began a two-day strike over pay on Monday, the first in the hospital trust for thirty years. ' +
  'The union said wards would keep emergency cover, and managers apologised to patients whose operations were postponed as a result.'

function jaccard(a: string, b: string): number {
  const shingles = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    return new Set(words.slice(0, -2).map((_, index) => words.slice(index, index + 3).join(' ')))
  }
  const left = shingles(a)
  const right = shingles(b)
  const shared = [...left].filter((shingle) => right.has(shingle)).length
  return shared / (left.size + right.size - shared)
}

describe('MinHash', () => {
  it('estimates Jaccard similarity within a few points', () => {
    const exact = jaccard(WIRE, COPY)
    expect(exact).toBeGreaterThan(0.8)
    expect(Math.abs(estimatedSimilarity(minhashSignature(WIRE), minhashSignature(COPY)) - exact)).toBeLessThan(0.1)
    expect(estimatedSimilarity(minhashSignature(WIRE), minhashSignature(OTHER))).toBeLessThan(0.1)
    expect(estimatedSimilarity(minhashSignature(WIRE), minhashSignature(WIRE.toUpperCase()))).toBe(1)
  })
  it('puts similar texts in a shared band and unrelated ones in none', () => {
    const shared = (a: string, b: string) => {
      const left = bandKeys(minhashSignature(a))
      const right = bandKeys(minhashSignature(b))
      return left.filter((key, band) => right[band] === key).length
    }
    expect(shared(WIRE, COPY)).toBeGreaterThan(0)
    expect(shared(WIRE, OTHER)).toBe(0)
  })
})

describe('near-duplicate flags', () => {
  const tempDirectory = useTempDirectory()
  const open = (): Db => openDatabase(join(tempDirectory(), 'c.sqlite')).db
  const jsonl = (...records: object[]) => records.map((record) => JSON.stringify(record)).join('\n')

  it('stores a near-duplicate and flags it against the earlier article, for review and undo', async () => {
    const db = open()
    const report = await importContent(
      { db },
      'wire.jsonl',
      jsonl({ title: 'Council approves charge', text: WIRE, outlet: 'Wire' }, { title: 'Charge approved', text: COPY, outlet: 'Regional' }, { text: OTHER })
    )
    expect(report).toMatchObject({ added: 3, nearDuplicates: 1, duplicates: 0 })
    expect(report.issues).toEqual([
      { record: 2, kind: 'near_duplicate', reason: expect.stringMatching(/^stored as article 2 and flagged: \d+% similar to article 1$/), duplicateOf: 1 }
    ])
    const page = listNearDuplicates(db, 'flagged', 0, 10)
    expect(page.total).toBe(1)
    expect(page.pairs[0]).toMatchObject({ article: { id: 2, outletName: 'Regional' }, original: { id: 1, outletName: 'Wire' }, status: 'flagged' })
    expect(setNearDuplicateStatus(db, [2], 'dismissed')).toBe(1)
    expect(listNearDuplicates(db, 'flagged', 0, 10).total).toBe(0)
    expect(listNearDuplicates(db, 'dismissed', 0, 10).pairs[0]?.article.id).toBe(2)
    expect(setNearDuplicateStatus(db, [2], 'flagged')).toBe(1)
    // Deleting the original and undoing it brings back the flag and the signatures exactly.
    const signatures = db.prepare('SELECT article_id, hex(signature) AS signature FROM article_minhash ORDER BY article_id').all()
    const { batchId } = deleteArticles(db, [1])
    expect(listNearDuplicates(db, 'flagged', 0, 10).total).toBe(0)
    expect(restoreArticles(db, batchId)).toBe(1)
    expect(listNearDuplicates(db, 'flagged', 0, 10).total).toBe(1)
    expect(db.prepare('SELECT article_id, hex(signature) AS signature FROM article_minhash ORDER BY article_id').all()).toEqual(signatures)
    db.close()
  })

  it('respects the threshold setting', async () => {
    const db = open()
    writeSettings(db, { nearDuplicateThreshold: 0.99 })
    const report = await importContent({ db }, 'wire.jsonl', jsonl({ text: WIRE }, { text: COPY }))
    expect(report).toMatchObject({ added: 2, nearDuplicates: 0 })
    db.close()
  })

  it('scans articles stored without signatures, oldest as the original, and re-scanning adds nothing', async () => {
    const db = open()
    await importContent({ db }, 'wire.jsonl', jsonl({ text: WIRE }, { text: OTHER }, { text: COPY }))
    // As if stored before detection existed.
    db.exec('DELETE FROM near_duplicates; DELETE FROM article_minhash;')
    const first = await scanNearDuplicates(db)
    expect(first).toEqual({ scanned: 3, flagged: 1 })
    expect(listNearDuplicates(db, 'flagged', 0, 10).pairs[0]).toMatchObject({ article: { id: 3 }, original: { id: 1 } })
    expect(await scanNearDuplicates(db)).toEqual({ scanned: 0, flagged: 0 })
    db.close()
  })
})
