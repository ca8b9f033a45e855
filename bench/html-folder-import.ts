/**
 * Importing a folder of 2,000 saved news pages (15-30 KB of realistic HTML each), in-process with
 * importInputs() and through `slant import FOLDER`, in pages/s. The floor is the least work that
 * turns the same pages into the same rows: read each file, a bare
 * `new Readability(parseHTML(html).document).parse()`, then the raw INSERTs of what it extracted.
 * What the import adds: charset sniffing, its page-metadata reader (meta tags, JSON-LD), clutter
 * removal, paragraph-preserving text, validation, every duplicate check (MinHash/LSH included),
 * batching and job bookkeeping.
 */
import { Readability } from '@mozilla/readability'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { dataPath, removeDatabase } from './lib/bench-paths.ts'
import { bytes, count, seconds } from './lib/format.ts'
import { insertFloor, StorableArticles } from './lib/insert-floor.ts'
import { runCliImport } from './lib/run-cli-import.ts'
import { loadServices } from './lib/services.ts'
import { reportSummary } from './lib/summary.ts'
import { writeHtmlFolder } from './lib/write-html-folder.ts'

/** Its own seed: the pages are not the JSONL corpus's first records. */
const HTML_SEED = 20_251_126
/** SLANT_BENCH_PAGES shrinks the folder for a quick trial of the script itself. */
const PAGES = Math.max(1, Number(process.env.SLANT_BENCH_PAGES ?? 2000) || 2000)

const pagesPerSecond = (pages: number, milliseconds: number) => `${(pages / (milliseconds / 1000)).toFixed(0)} pages/s`

const services = await loadServices()
const folder = dataPath('html-pages')
const floorPath = dataPath('html-floor.sqlite')
const cliPath = dataPath('html-cli.sqlite')
const inProcessPath = dataPath('html-in-process.sqlite')
for (const path of [floorPath, cliPath, inProcessPath]) removeDatabase(path)

console.log(`== HTML folder import: ${count(PAGES)} saved news pages (seed ${HTML_SEED}) ==`)
let started = performance.now()
const written = writeHtmlFolder(folder, PAGES, HTML_SEED)
console.log(`generated ${folder}: ${count(written.pages)} pages, ${bytes(written.bytes)} (${bytes(written.bytes / written.pages)} a page) in ${seconds(performance.now() - started)}`)

// Floor, part 1: bare Readability over every page, timed; the rows are normalised afterwards, untimed,
// as the insert floor of the JSONL bench prepares its rows before its clock starts.
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .sort()
const extracted: Array<Record<string, string | null | undefined>> = []
started = performance.now()
for (const name of files) {
  const { document } = parseHTML(readFileSync(join(folder, name), 'utf8'))
  const article = new Readability(document as unknown as Document).parse()
  if (!article?.textContent) continue
  extracted.push({ title: article.title, text: article.textContent, author: article.byline, published_at: article.publishedTime, outlet: article.siteName })
}
const extractMs = performance.now() - started
const storable = new StorableArticles(services)
for (const record of extracted) storable.add(record)
const inserts = insertFloor(services, storable.articles, floorPath)
removeDatabase(floorPath)
const floorMs = extractMs + inserts.milliseconds
console.log(
  `floor (bare Readability + raw INSERTs): ${count(extracted.length)} pages extracted in ${seconds(extractMs)}, ${count(inserts.rows)} rows inserted in ` +
    `${seconds(inserts.milliseconds)} = ${pagesPerSecond(files.length, floorMs)}`
)

const cli = runCliImport(folder, cliPath)
const cliDb = services.openDatabase(cliPath).db
const cliStored = (cliDb.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
cliDb.close()
removeDatabase(cliPath)
console.log(`CLI \`slant import FOLDER\` (child process, wall): ${count(cliStored)} stored in ${seconds(cli.milliseconds)} = ${pagesPerSecond(files.length, cli.milliseconds)}, exit ${cli.exitCode}`)
console.log(`  ${cli.output.split('\n').join('\n  ')}`)
console.log(`  peak RSS ${cli.peakRssBytes === null ? 'n/a' : bytes(cli.peakRssBytes)} (${cli.peakRssSource})`)

const backend = services.createBackend(inProcessPath)
started = performance.now()
const result = await services.importInputs(backend.importContext, [{ kind: 'path', path: folder }])
const inProcessMs = performance.now() - started
backend.close()
removeDatabase(inProcessPath)
const { totals } = result
console.log(
  `in-process importInputs([folder]): ${count(totals.sources)} sources, ${count(totals.records)} pages, ${count(totals.added)} added ` +
    `(${count(totals.nearDuplicates)} flagged as near-duplicates), ${count(totals.duplicates)} duplicates, ${count(totals.rejected)} rejected, ` +
    `${count(totals.unreadable)} unreadable in ${seconds(inProcessMs)} = ${pagesPerSecond(files.length, inProcessMs)}, job ${result.state}`
)
if (totals.added !== inserts.rows || cliStored !== inserts.rows) {
  console.log(`  WARNING: stored counts differ (floor ${inserts.rows}, CLI ${cliStored}, in-process ${totals.added}): the comparison is not like for like`)
}
rmSync(folder, { recursive: true, force: true })

const cliRatio = floorMs / cli.milliseconds
const inProcessRatio = floorMs / inProcessMs
console.log(`ratio CLI / floor:        ${cliRatio.toFixed(2)}`)
console.log(`ratio in-process / floor: ${inProcessRatio.toFixed(2)}`)

const floorCell = pagesPerSecond(files.length, floorMs)
reportSummary([
  { bench: 'html', measure: `HTML folder import, ${count(files.length)} pages: CLI, wall`, value: pagesPerSecond(files.length, cli.milliseconds), floor: floorCell, ratio: cliRatio.toFixed(2), verdict: '' },
  { bench: 'html', measure: `HTML folder import, ${count(files.length)} pages: importInputs()`, value: pagesPerSecond(files.length, inProcessMs), floor: floorCell, ratio: inProcessRatio.toFixed(2), verdict: '' },
  { bench: 'html', measure: 'CLI peak RSS', value: cli.peakRssBytes === null ? 'n/a' : bytes(cli.peakRssBytes), floor: '', ratio: '', verdict: '' }
])
