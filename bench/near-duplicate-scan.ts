/**
 * Near-duplicate detection at 100,000 articles: scanNearDuplicates() indexing every article's MinHash
 * from scratch and flagging near-duplicates, with its time, rows/s and peak memory, against a floor
 * of reading the texts and computing their signatures. Also checks that the generator's planted
 * wire copies are the ones flagged.
 *
 * The floor is SELECT of the texts plus the signatures, timed together: any scan must read each text
 * once and compute its signature, and nothing less leaves it able to compare texts. Reading counts
 * because the scan cannot skip it; taking texts from the generator instead would leave the scan's own
 * SQLite reads unaccounted and would include the records the import rejected as exact duplicates.
 * The floor computes signatures with the app's own minhashSignature(), so the ratio isolates what the
 * scan adds: storing signatures, 16 in-memory LSH bucket entries and lookups per article, confirming
 * candidates, flagging, batches and job bookkeeping.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { articleCount, corpusDatabasePath, databaseBytes, REPO_ROOT } from './lib/bench-paths.ts'
import { bytes, count, rate, seconds } from './lib/format.ts'
import { loadPlantedPairs } from './lib/planted-pairs.ts'
import { plantedRecall } from './lib/planted-recall.ts'
import { sampleRss } from './lib/rss-sampler.ts'
import { loadServices } from './lib/services.ts'
import { reportSummary } from './lib/summary.ts'


const services = await loadServices()
// What the bundle's code and eagerly loaded packages take before any work: part of every figure below.
const loadedRss = process.memoryUsage.rss()
const articles = articleCount()
const corpusPath = corpusDatabasePath(articles)
console.log(`== near-duplicate scan: ${count(articles)}-article corpus ==`)

const storedArticles = (path: string): number => {
  if (!existsSync(path)) return 0
  const { db } = services.openDatabase(path)
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  } finally {
    db.close()
  }
}

// A corpus built here would leave the import's memory in this process's maxRSS: build it in another.
let origin = 'reused from the import bench'
if (storedArticles(corpusPath) < articles * 0.99) {
  const tool = fileURLToPath(new URL('./tools/build-corpus.ts', import.meta.url))
  const build = spawnSync(process.execPath, [tool], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (build.status !== 0) throw new Error(`building the corpus failed (exit ${build.status})`)
  origin = build.stdout.trim().split(': ').slice(1).join(': ')
}

const { db } = services.openDatabase(corpusPath)
const stored = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
const flaggedAtImport = (db.prepare('SELECT count(*) AS n FROM near_duplicates').get() as { n: number }).n
console.log(`corpus ${corpusPath}: ${count(stored)} articles, ${bytes(databaseBytes(corpusPath))}, ${origin}; ${count(flaggedAtImport)} near-duplicates flagged by its import`)

let started = performance.now()
// Only child rows go, which no foreign key can object to; with the checks off SQLite may drop whole
// tables' pages at once (its truncate optimisation) instead of deleting row by row.
db.pragma('foreign_keys = OFF')
db.exec('DELETE FROM near_duplicates; DELETE FROM article_minhash')
db.pragma('foreign_keys = ON')
db.pragma('wal_checkpoint(TRUNCATE)')
console.log(`cleared article_minhash and near_duplicates in ${seconds(performance.now() - started)}`)

started = performance.now()
const { result: scan, rss } = await sampleRss(() => services.scanNearDuplicates(db))
const scanMs = performance.now() - started
const scanRate = scan.scanned / (scanMs / 1000)
console.log(`scanNearDuplicates(): ${count(scan.scanned)} scanned, ${count(scan.flagged)} flagged in ${seconds(scanMs)} = ${rate(scanRate)}`)
console.log(
  `  RSS: ${bytes(rss.before)} before, peak ${bytes(rss.peakSampled)} sampled (${count(rss.samples)} samples at 100 ms, taken between batches), ` +
    `process maxRSS ${bytes(rss.maxRss)}; DB now ${bytes(databaseBytes(corpusPath))}`
)
console.log(
  `  at the sampled peak: V8 heap ${bytes(rss.atPeak.heapUsed)} used of ${bytes(rss.atPeak.heapTotal)}, Buffers/typed arrays ${bytes(rss.atPeak.external)}, ` +
    `native and code ${bytes(rss.atPeak.native)}; ${bytes(loadedRss)} right after loading the services bundle`
)
if (scan.scanned !== stored) console.log(`  WARNING: scanned ${count(scan.scanned)} of ${count(stored)} articles`)
if (scan.flagged !== flaggedAtImport) {
  console.log(`  NOTE: the scan flagged ${count(scan.flagged)}, the import had flagged ${count(flaggedAtImport)}: the two should agree on the same corpus`)
}

// The floor runs after the scan, so its reads do not count towards the scan's peak memory.
let floorRows = 0
let hashingMs = 0
started = performance.now()
for (const row of db.prepare('SELECT text FROM articles ORDER BY id').iterate() as IterableIterator<{ text: string }>) {
  const before = performance.now()
  services.minhashSignature(row.text)
  hashingMs += performance.now() - before
  floorRows++
}
const floorMs = performance.now() - started
const floorRate = floorRows / (floorMs / 1000)
console.log(
  `floor (SELECT texts + the app's MinHash, 3-gram FNV-1a, 128 permutations): ${count(floorRows)} rows in ${seconds(floorMs)} ` +
    `(${seconds(hashingMs)} hashing, ${seconds(floorMs - hashingMs)} reading) = ${rate(floorRate)}`
)

const planted = loadPlantedPairs(articles)
const recall = plantedRecall(services, db, planted.planted)
db.close()
const recallRatio = recall.found / Math.max(1, recall.planted)
console.log(
  `planted wire copies (${planted.origin}): ${count(recall.found)} of ${count(recall.planted)} flagged (recall ${recallRatio.toFixed(3)}), ` +
    `${count(recall.exact)} against the exact original; ${count(recall.unplanted)} of ${count(recall.flagged)} flags on unplanted articles`
)

const ratio = scanRate / floorRate
console.log(`ratio scan / floor: ${ratio.toFixed(2)}`)
reportSummary([
  { bench: 'near-dup', measure: `scanNearDuplicates() ${count(stored)} articles`, value: `${rate(scanRate)} (${seconds(scanMs)})`, floor: rate(floorRate), ratio: ratio.toFixed(2), verdict: '' },
  { bench: 'near-dup', measure: 'scan peak RSS (maxRSS)', value: bytes(rss.maxRss), floor: '', ratio: '', verdict: '' },
  { bench: 'near-dup', measure: 'flagged / planted recall', value: `${count(scan.flagged)} / ${recallRatio.toFixed(3)}`, floor: '', ratio: '', verdict: '' }
])
