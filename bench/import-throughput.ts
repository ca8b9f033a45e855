/**
 * Import throughput at 100,000 synthetic news articles with every duplicate check the import runs
 * (canonical URL, content hash, MinHash/LSH near-duplicates), against the raw floor of bare INSERTs
 * into the same schema plus one bulk full-text indexing statement (it writes no MinHash rows). Leaves its in-process
 * database, and the list of planted near-duplicates, for the search and near-duplicate benches.
 */
import { rmSync } from 'node:fs'
import { articleCount, corpusDatabasePath, databaseBytes, dataPath, removeDatabase } from './lib/bench-paths.ts'
import { bytes, count, rate, seconds } from './lib/format.ts'
import { measureInsertFloor } from './lib/insert-floor.ts'
import { runCliImport } from './lib/run-cli-import.ts'
import { loadServices } from './lib/services.ts'
import { savePlantedPairs } from './lib/planted-pairs.ts'
import { plantedRecall } from './lib/planted-recall.ts'
import { reportSummary } from './lib/summary.ts'
import { CORPUS_SEED, syntheticArticles, type PlantedNearDuplicate } from './lib/synthetic-articles.ts'
import { writeJsonl } from './lib/write-jsonl.ts'

/** Import may cost at most twice the bare writes: the rest is parsing, validation and duplicate checks. */
const TARGET_RATIO = 0.5
const LABEL = 'JSONL import, all dedupe on (URL, hash, MinHash/LSH)'

const services = await loadServices()
const articles = articleCount()
const jsonlPath = dataPath(`articles-${articles}.jsonl`)
const floorPath = dataPath(`floor-${articles}.sqlite`)
const cliPath = dataPath(`cli-${articles}.sqlite`)
const corpusPath = corpusDatabasePath(articles)
for (const path of [floorPath, cliPath, corpusPath]) removeDatabase(path)

console.log(`== ${LABEL}: ${count(articles)} synthetic articles (seed ${CORPUS_SEED}) ==`)
let started = performance.now()
const planted: PlantedNearDuplicate[] = []
const file = await writeJsonl(jsonlPath, syntheticArticles(articles, CORPUS_SEED, (pair) => planted.push(pair)))
savePlantedPairs(articles, planted)
console.log(
  `generated ${jsonlPath}: ${count(file.records)} records (${count(planted.length)} planted near-duplicate wire copies), ${bytes(file.bytes)} in ${seconds(performance.now() - started)}`
)

const floor = await measureInsertFloor(services, jsonlPath, floorPath)
const floorRate = floor.rows / (floor.milliseconds / 1000)
const floorBytes = databaseBytes(floorPath)
removeDatabase(floorPath)
console.log(`raw floor (prepared INSERTs, one transaction, no dedupe, no MinHash): ${count(floor.rows)} rows in ${seconds(floor.milliseconds)} = ${rate(floorRate)}, DB ${bytes(floorBytes)}`)

const cli = runCliImport(jsonlPath, cliPath)
const cliDb = services.openDatabase(cliPath).db
const cliStored = (cliDb.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
cliDb.close()
const cliBytes = databaseBytes(cliPath)
removeDatabase(cliPath)
const cliRate = cliStored / (cli.milliseconds / 1000)
console.log(`CLI \`slant import\` (child process, wall): ${count(cliStored)} stored in ${seconds(cli.milliseconds)} = ${rate(cliRate)}, exit ${cli.exitCode}`)
console.log(`  ${cli.output.split('\n').join('\n  ')}`)
console.log(`  peak RSS ${cli.peakRssBytes === null ? 'n/a' : bytes(cli.peakRssBytes)} (${cli.peakRssSource}), DB ${bytes(cliBytes)}`)

const backend = services.createBackend(corpusPath)
started = performance.now()
const report = await services.importFile(backend.importContext, jsonlPath)
const inProcessMs = performance.now() - started
const recall = plantedRecall(services, backend.db, planted)
backend.close()
const inProcessRate = report.added / (inProcessMs / 1000)
console.log(
  `in-process importFile(): ${count(report.records)} records, ${count(report.added)} added (${count(report.nearDuplicates)} flagged as near-duplicates), ` +
    `${count(report.duplicates)} duplicates, ${count(report.rejected)} rejected in ${seconds(inProcessMs)} = ${rate(inProcessRate)}, DB ${bytes(databaseBytes(corpusPath))}`
)
console.log(
  `  planted wire copies flagged at import: ${count(recall.found)} of ${count(recall.planted)} (recall ${(recall.found / Math.max(1, recall.planted)).toFixed(3)}; ` +
    `${count(recall.exact)} against the exact original), ${count(recall.unplanted)} flags on unplanted articles`
)
if (report.added !== floor.rows || cliStored !== floor.rows) {
  console.log(`  WARNING: stored counts differ (floor ${floor.rows}, CLI ${cliStored}, in-process ${report.added}): the comparison is not like for like`)
}
rmSync(jsonlPath, { force: true })

const verdict = (ratio: number) => (ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET')
const cliRatio = cliRate / floorRate
const inProcessRatio = inProcessRate / floorRate
console.log(`ratio CLI / raw floor:        ${cliRatio.toFixed(2)} (target >= ${TARGET_RATIO}) ${verdict(cliRatio)}`)
console.log(`ratio in-process / raw floor: ${inProcessRatio.toFixed(2)} (target >= ${TARGET_RATIO}) ${verdict(inProcessRatio)}`)
const below = [cliRatio < TARGET_RATIO ? `CLI ${cliRatio.toFixed(2)}` : '', inProcessRatio < TARGET_RATIO ? `in-process ${inProcessRatio.toFixed(2)}` : ''].filter(Boolean)
if (below.length > 0) {
  console.log(
    `BELOW TARGET: with all dedupe on, the import runs at ${below.join(' and ')} of the raw insert floor (target ${TARGET_RATIO}). ` +
      'Profile it with `node bench/tools/profile-cli-import.ts` (CPU profile of the CLI importing 20,000 records).'
  )
}

const floorCell = rate(floorRate)
reportSummary([
  { bench: 'import', measure: `${LABEL}: CLI, wall`, value: rate(cliRate), floor: floorCell, ratio: cliRatio.toFixed(2), verdict: verdict(cliRatio) },
  { bench: 'import', measure: `${LABEL}: importFile()`, value: rate(inProcessRate), floor: floorCell, ratio: inProcessRatio.toFixed(2), verdict: verdict(inProcessRatio) },
  { bench: 'import', measure: 'planted near-duplicates flagged', value: `${recall.found}/${recall.planted} (${(recall.found / Math.max(1, recall.planted)).toFixed(3)})`, floor: '', ratio: '', verdict: '' },
  { bench: 'import', measure: 'CLI peak RSS', value: cli.peakRssBytes === null ? 'n/a' : bytes(cli.peakRssBytes), floor: '', ratio: '', verdict: '' },
  { bench: 'import', measure: 'DB size', value: bytes(cliBytes), floor: bytes(floorBytes), ratio: (cliBytes / floorBytes).toFixed(2), verdict: '' }
])
