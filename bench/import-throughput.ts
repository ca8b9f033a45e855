/**
 * Import throughput at 100,000 synthetic news articles, against a floor of bare INSERTs into the same
 * schema. Leaves its in-process database for the search-latency bench (see bench-paths.ts).
 */
import { rmSync } from 'node:fs'
import { articleCount, corpusDatabasePath, databaseBytes, dataPath, removeDatabase } from './lib/bench-paths.ts'
import { bytes, count, rate, seconds } from './lib/format.ts'
import { measureInsertFloor } from './lib/insert-floor.ts'
import { runCliImport } from './lib/run-cli-import.ts'
import { loadServices } from './lib/services.ts'
import { reportSummary } from './lib/summary.ts'
import { CORPUS_SEED, syntheticArticles } from './lib/synthetic-articles.ts'
import { writeJsonl } from './lib/write-jsonl.ts'

/** Import may cost at most twice the bare writes: the rest is parsing, validation and duplicate checks. */
const TARGET_RATIO = 0.5

const services = await loadServices()
const articles = articleCount()
const jsonlPath = dataPath(`articles-${articles}.jsonl`)
const floorPath = dataPath(`floor-${articles}.sqlite`)
const cliPath = dataPath(`cli-${articles}.sqlite`)
const corpusPath = corpusDatabasePath(articles)
for (const path of [floorPath, cliPath, corpusPath]) removeDatabase(path)

console.log(`== import throughput: ${count(articles)} synthetic articles (seed ${CORPUS_SEED}) ==`)
let started = performance.now()
const file = await writeJsonl(jsonlPath, syntheticArticles(articles, CORPUS_SEED))
console.log(`generated ${jsonlPath}: ${count(file.records)} records, ${bytes(file.bytes)} in ${seconds(performance.now() - started)}`)

const floor = await measureInsertFloor(services, jsonlPath, floorPath)
const floorRate = floor.rows / (floor.milliseconds / 1000)
const floorBytes = databaseBytes(floorPath)
removeDatabase(floorPath)
console.log(`floor (prepared INSERTs, one transaction): ${count(floor.rows)} rows in ${seconds(floor.milliseconds)} = ${rate(floorRate)}, DB ${bytes(floorBytes)}`)

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
backend.close()
const inProcessRate = report.added / (inProcessMs / 1000)
console.log(
  `in-process importFile(): ${count(report.records)} records, ${count(report.added)} added, ${count(report.duplicates)} duplicates, ` +
    `${count(report.rejected)} rejected in ${seconds(inProcessMs)} = ${rate(inProcessRate)}, DB ${bytes(databaseBytes(corpusPath))}`
)
if (report.added !== floor.rows || cliStored !== floor.rows) {
  console.log(`  WARNING: stored counts differ (floor ${floor.rows}, CLI ${cliStored}, in-process ${report.added}): the comparison is not like for like`)
}
rmSync(jsonlPath, { force: true })

const verdict = (ratio: number) => (ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET')
const cliRatio = cliRate / floorRate
const inProcessRatio = inProcessRate / floorRate
console.log(`ratio CLI / floor:        ${cliRatio.toFixed(2)} (target >= ${TARGET_RATIO}) ${verdict(cliRatio)}`)
console.log(`ratio in-process / floor: ${inProcessRatio.toFixed(2)} (target >= ${TARGET_RATIO}) ${verdict(inProcessRatio)}`)

const floorCell = rate(floorRate)
reportSummary([
  { bench: 'import', measure: 'slant import (CLI, wall)', value: rate(cliRate), floor: floorCell, ratio: cliRatio.toFixed(2), verdict: verdict(cliRatio) },
  { bench: 'import', measure: 'importFile() in-process', value: rate(inProcessRate), floor: floorCell, ratio: inProcessRatio.toFixed(2), verdict: verdict(inProcessRatio) },
  { bench: 'import', measure: 'CLI peak RSS', value: cli.peakRssBytes === null ? 'n/a' : bytes(cli.peakRssBytes), floor: '', ratio: '', verdict: '' },
  { bench: 'import', measure: 'DB size', value: bytes(cliBytes), floor: bytes(floorBytes), ratio: (cliBytes / floorBytes).toFixed(2), verdict: '' }
])
