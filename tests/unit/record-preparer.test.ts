import { describe, expect, it } from 'vitest'
import { prepareRecord } from '../../src/main/corpus/import/record-preparation'
import { RecordPreparer } from '../../src/main/corpus/import/record-preparer'
import { findWorkerScript } from '../../src/main/workers/find-worker-script'

const records = Array.from({ length: 450 }, (_, index) =>
  index % 50 === 7
    ? { title: `Bad ${index}`, text: '', url: 'ftp://example.org/x' }
    : {
        title: `Story ${index}`,
        url: `https://www.example.org/news/${index}?utm_source=feed`,
        published_at: '2025-03-0' + ((index % 9) + 1),
        text: `Paragraph ${index} about the council budget vote and the reaction of ${index % 13} local groups. `.repeat(3 + (index % 4))
      }
)

describe('RecordPreparer', () => {
  it('prepares on the worker thread exactly what the calling thread would', async () => {
    // The test builds run against out/main; without the bundled worker this would only test the fallback.
    expect(findWorkerScript('import-worker')).not.toBeNull()
    const preparer = new RecordPreparer(1)
    try {
      const [first, second] = await Promise.all([preparer.prepare(records.slice(0, 250)), preparer.prepare(records.slice(250))])
      expect([...(first ?? []), ...(second ?? [])]).toEqual(records.map(prepareRecord))
      const rejected = (first ?? []).filter((prepared) => !prepared.normalized.ok)
      expect(rejected.length).toBe(5)
      expect((first ?? [])[1]?.signature).toBeInstanceOf(Uint32Array)
    } finally {
      await preparer.close()
    }
  })

  it('prepares on the calling thread once closed, and for small batches', async () => {
    const preparer = new RecordPreparer(1)
    await preparer.close()
    expect(await preparer.prepare(records.slice(0, 300))).toEqual(records.slice(0, 300).map(prepareRecord))
    expect(await new RecordPreparer(1).prepare(records.slice(0, 3))).toEqual(records.slice(0, 3).map(prepareRecord))
  })
})
