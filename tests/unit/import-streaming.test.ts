import { once } from 'node:events'
import { createWriteStream, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/main/corpus/import-articles'
import { IMPORT_BATCH_SIZE } from '../../src/main/corpus/import/run-import'
import { openDatabase } from '../../src/main/db/open-database'
import type { JobRow } from '../../src/shared/rows'
import { useTempDirectory } from '../helpers/temp-directory'

/**
 * heapUsed alone counts garbage not yet collected, which on a 60 MB import swings by tens of MB and
 * would make any bound flaky. Collecting before each reading measures what the import keeps alive,
 * which is what "never loaded whole" is about. The flag can be set at run time; a fresh context then
 * exposes gc() without changing how vitest starts its workers.
 */
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

function liveHeap(): number {
  collectGarbage()
  return process.memoryUsage().heapUsed
}

const LINES = 60_000
/** Distinct articles; the other lines repeat them. Storing a new article costs about ten times a duplicate,
 * so this keeps the import to a few seconds while every line still goes through the reader and the writer. */
const DISTINCT = 6_000
const TEXT_CHARACTERS = 900

/** mulberry32: a small seeded generator, so the file is the same on every run. */
function generator(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Made-up words, so texts are varied enough that distinct articles are not flagged as near-duplicates. */
function vocabulary(size: number): string[] {
  const random = generator(7)
  const syllables = ['ka', 'lo', 'mi', 're', 'tu', 'sa', 'no', 'vi', 'de', 'po', 'ra', 'li', 'ne', 'go', 'bu', 'fe']
  return Array.from({ length: size }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('')
  )
}

/** About 1 KB per line: a JSON article whose text is chosen by `article`, so equal numbers give equal texts. */
function line(index: number, article: number, words: string[]): string {
  const random = generator(article + 1)
  const chosen: string[] = []
  for (let length = 0; length < TEXT_CHARACTERS; ) {
    const word = words[Math.floor(random() * words.length)] as string
    chosen.push(word)
    length += word.length + 1
  }
  return `${JSON.stringify({ external_id: `line-${index + 1}`, title: `Article ${article}`, text: chosen.join(' ') })}\n`
}

/** Written through a stream with backpressure, so the test itself never holds the file in memory either. */
async function writeLargeJsonl(path: string): Promise<void> {
  const words = vocabulary(4_000)
  const out = createWriteStream(path)
  for (let index = 0; index < LINES; index++) {
    if (!out.write(line(index, index % DISTINCT, words))) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

/** Heap growth while the file is held as one string, the way a reader that loads it whole would hold it. */
function growthWhileHeldWhole(path: string): number {
  const before = liveHeap()
  const whole = readFileSync(path, 'utf8')
  const growth = liveHeap() - before
  // Used after the reading, so the string is certainly alive when it is taken; it is garbage once this returns.
  expect(whole.length).toBe(statSync(path).size)
  return growth
}

describe('importing a large JSONL file', () => {
  const tempDirectory = useTempDirectory()

  it('streams it: live memory stays far below the file size, and progress rises steadily to 1', { timeout: 60_000 }, async () => {
    const directory = tempDirectory()
    const path = join(directory, 'large.jsonl')
    await writeLargeJsonl(path)
    const fileBytes = statSync(path).size
    expect(fileBytes).toBeGreaterThan(50 * 1024 * 1024)

    // The probe must be able to see a whole-file read, or a low reading below would prove nothing.
    expect(growthWhileHeldWhole(path)).toBeGreaterThan(0.9 * fileBytes)

    const { db } = openDatabase(join(directory, 'corpus.sqlite'))
    try {
      const jobs: JobRow[] = []
      const baseline = liveHeap()
      let peakGrowth = 0
      // onJob runs after every committed batch (IMPORT_BATCH_SIZE records or a second), so the readings cover the whole file.
      const onJob = (job: JobRow) => {
        jobs.push(job)
        peakGrowth = Math.max(peakGrowth, liveHeap() - baseline)
      }
      const report = await importFile({ db, onJob }, path)

      expect(report).toMatchObject({ format: 'jsonl', records: LINES, added: DISTINCT, duplicates: LINES - DISTINCT, rejected: 0, fileError: null })
      expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(DISTINCT)
      // Lines are split at chunk boundaries of the read stream; the last distinct article came through whole.
      expect(db.prepare("SELECT external_id FROM articles WHERE title = 'Article 5999'").get()).toEqual({ external_id: `line-${DISTINCT}` })

      // Loaded whole, the file alone would add more than its size (checked above); streamed, the import keeps
      // a batch, the reader's buffer and the capped issue list.
      expect(jobs.length).toBeGreaterThan(LINES / IMPORT_BATCH_SIZE)
      expect(peakGrowth).toBeLessThan(0.4 * fileBytes)

      const fractions = jobs.map((job) => job.progress)
      // The job starts before anything is read, with no progress known yet; every later reading is a fraction.
      expect(fractions[0]).toBeNull()
      const known = fractions.slice(1) as number[]
      expect(known.every((fraction) => typeof fraction === 'number' && fraction >= 0 && fraction <= 1)).toBe(true)
      for (let index = 1; index < known.length; index++) expect(known[index]).toBeGreaterThanOrEqual(known[index - 1] as number)
      // Steady, not one jump at the end: partway readings exist.
      expect(known.filter((fraction) => fraction > 0.1 && fraction < 0.9).length).toBeGreaterThan(10)
      expect(jobs[jobs.length - 1]).toMatchObject({ state: 'done', progress: 1, processed: LINES })
      expect(jobs.slice(0, -1).every((job) => job.state === 'running')).toBe(true)
    } finally {
      db.close()
    }
  })
})
