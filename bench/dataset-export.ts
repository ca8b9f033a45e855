/**
 * Dataset export at scale: 1,000,000 judgment rows (the judgments table, long form) written by
 * Slant's export (CSV, with its codebook and manifest) against the sqlite3 command-line shell's CSV
 * output of the same statement on the same file, in the same run. Also checks that memory stays flat:
 * the export's peak RSS above the process's baseline at 1,000,000 rows against that at 100,000.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, rmSync, statSync } from 'node:fs'
import { parse } from 'csv-parse'
import { bytes, count, seconds, table } from './lib/format.ts'
import { dataPath, removeDatabase } from './lib/bench-paths.ts'
import { loadServices } from './lib/services.ts'
import { median } from './lib/stats.ts'
import { reportSummary } from './lib/summary.ts'

const ROWS = Math.max(30, Number(process.env.SLANT_BENCH_EXPORT_ROWS ?? 1_000_000) || 1_000_000)
/** Whole articles, so the table has at least ROWS rows (1,000,020 for a million). */
const CODERS = 10
const DIMENSIONS = 3
const ARTICLES = Math.ceil(ROWS / (CODERS * DIMENSIONS))
const ROUNDS = Math.max(1, Number(process.env.SLANT_BENCH_EXPORT_ROUNDS ?? 3) || 3)

/** The shell, installed with apt where this machine lacks it (the bench needs it to compare against). */
function sqliteShell(): string {
  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' })
  if (probe.status === 0) return probe.stdout.trim()
  console.log('sqlite3 shell missing: installing it with apt-get...')
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n']
  const install = spawnSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), 'install', '-y', 'sqlite3'], { stdio: 'inherit' })
  const again = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' })
  if (install.status !== 0 || again.status !== 0) throw new Error('the sqlite3 shell is not installed and apt-get could not install it; install the sqlite3 package and run the bench again')
  return again.stdout.trim()
}

const services = await loadServices()
const shellVersion = sqliteShell()
const databasePath = dataPath('dataset-export.sqlite')
removeDatabase(databasePath)
console.log(`== dataset export: ${count(ROWS)} judgment rows (${count(ARTICLES)} articles x ${CODERS} coders x ${DIMENSIONS} dimensions) ==`)

const built = performance.now()
const { db } = services.openDatabase(databasePath)
const lines: string[] = []
for (let index = 1; index <= ARTICLES; index++) lines.push(JSON.stringify({ external_id: `ext-${index}`, title: `Article ${index}`, text: `Council vote number ${index} on the budget and the tram line ${index % 97}.` }))
await services.importContent({ db }, 'bench.jsonl', lines.join('\n'))
db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CODERS})
  INSERT INTO coders (uid, name, initials, colour) SELECT 'coder-' || i, 'Coder ' || i, 'C' || i, '#336699' FROM n`)
// Every coder scores every article on every dimension; some rationales need quoting (commas, quotes, a line break).
db.exec(`INSERT INTO judgments (uid, article_id, coder_id, dimension, kind, value, rationale, confidence, created_at)
  SELECT 'j-' || a.id || '-' || c.id || '-' || d.key, a.id, c.id, d.value, 'score', 1 + (a.id + c.id + d.key) % 5,
    CASE (a.id + c.id) % 4 WHEN 0 THEN NULL WHEN 1 THEN 'loaded wording, "slammed" twice' WHEN 2 THEN 'neutral' ELSE 'one-sided:' || char(10) || 'only the council quoted' END,
    CASE WHEN c.id % 2 = 0 THEN 0.5 + (a.id % 5) / 10.0 END, strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || (a.id % 365) || ' days')
  FROM articles a, coders c, json_each('["framing","language","omission"]') d`)
db.pragma('wal_checkpoint(TRUNCATE)')
const stored = (db.prepare('SELECT count(*) AS n FROM judgments').get() as { n: number }).n
console.log(`built in ${seconds(performance.now() - built)}: ${count(stored)} judgments, database ${bytes(statSync(databasePath).size)}; ${shellVersion.split(' ').slice(0, 1).join('')} shell`)

const sql = services.judgmentSql({ kind: 'final' })
const shellOut = dataPath('judgments-shell.csv')
const slantOut = dataPath('judgments-slant.csv')

function runShell(): number {
  rmSync(shellOut, { force: true })
  const started = performance.now()
  const result = spawnSync('sqlite3', ['-readonly', '-csv', '-header', databasePath], { input: `.output ${shellOut}\n${sql};\n`, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr}`)
  return performance.now() - started
}

/** A hash of the parsed records, streamed, so files that quote differently but hold the same cells compare equal. */
async function recordDigest(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const record of createReadStream(path).pipe(parse({ bom: true, relax_column_count: false }))) hash.update(`${JSON.stringify(record)}\n`)
  return hash.digest('hex')
}

async function runSlant(out: string, scope: { kind: 'all' } | { kind: 'selection'; ids: number[] }): Promise<{ elapsed: number; peakRss: number; rows: number }> {
  rmSync(out, { force: true })
  globalThis.gc?.()
  const baseline = process.memoryUsage().rss
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const outcome = await services.runDatasetExport(services.datasetRequestSchema.parse({ tables: ['judgments'], scope, out }), {
    db,
    databasePath,
    slantVersion: 'bench',
    onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss))
  })
  const elapsed = performance.now() - started
  clearInterval(sampler)
  return { elapsed, peakRss: peak - baseline, rows: outcome.manifest.files[0]?.rows ?? 0 }
}

// Warm the page cache for both, then alternate, so neither pays for the first read alone.
runShell()
await runSlant(slantOut, { kind: 'all' })
const shellTimes: number[] = []
const slantTimes: number[] = []
const peaks: number[] = []
let exportedRows = 0
for (let round = 0; round < ROUNDS; round++) {
  shellTimes.push(runShell())
  const slant = await runSlant(slantOut, { kind: 'all' })
  slantTimes.push(slant.elapsed)
  peaks.push(slant.peakRss)
  exportedRows = slant.rows
}
const expectedRows = ARTICLES * CODERS * DIMENSIONS
const shellRows = Number(spawnSync('sqlite3', ['-readonly', databasePath, `SELECT count(*) FROM (${sql})`], { encoding: 'utf8' }).stdout.trim())
if (exportedRows !== expectedRows || shellRows !== expectedRows) throw new Error(`expected ${expectedRows} rows; Slant wrote ${exportedRows}, the shell's statement gives ${shellRows}`)
// The same rows, cell for cell: the two files differ only in which fields they quote.
const [shellDigest, slantDigest] = await Promise.all([recordDigest(shellOut), recordDigest(slantOut)])
if (shellDigest !== slantDigest) throw new Error('the shell and Slant wrote different rows')

// A tenth of the rows, for the memory comparison.
const tenth = Array.from({ length: Math.ceil(ARTICLES / 10) }, (_, index) => index + 1)
const small = await runSlant(dataPath('judgments-small.csv'), { kind: 'selection', ids: tenth })

const shell = median(shellTimes)
const slant = median(slantTimes)
const ratio = shell / slant
const peak = Math.max(...peaks)
const growth = peak - small.peakRss
const flat = growth < 64 * 1024 ** 2
console.log(
  `\n${table(
    ['measure', 'value'],
    [
      ['sqlite3 shell CSV (median)', `${seconds(shell)}  ${bytes(statSync(shellOut).size)}`],
      ['Slant export CSV (median)', `${seconds(slant)}  ${bytes(statSync(slantOut).size)} + codebook + manifest`],
      ['rows per second (Slant)', count(expectedRows / (slant / 1000))],
      ['ratio shell / Slant', ratio.toFixed(2)],
      [`peak RSS above baseline, ${count(small.rows)} rows`, bytes(small.peakRss)],
      [`peak RSS above baseline, ${count(expectedRows)} rows`, bytes(peak)]
    ]
  )}`
)
reportSummary([
  { bench: 'dataset-export', measure: `${count(expectedRows)} judgment rows to CSV`, value: seconds(slant), floor: `${seconds(shell)} sqlite3 shell`, ratio: ratio.toFixed(2), verdict: ratio >= 1 ? 'ok (target >= 1.0)' : 'slower than the shell (target >= 1.0)' },
  { bench: 'dataset-export', measure: 'peak RSS, 10x the rows', value: bytes(peak), floor: `${bytes(small.peakRss)} at ${count(small.rows)} rows`, ratio: (peak / Math.max(1, small.peakRss)).toFixed(2), verdict: flat ? 'flat (< 64 MiB more)' : 'grows with the rows' }
])
db.close()
removeDatabase(databasePath)
for (const name of ['judgments-shell.csv', 'judgments-slant', 'judgments-small']) {
  for (const suffix of name.endsWith('.csv') ? [''] : ['.csv', '.codebook.csv', '.manifest.json']) rmSync(dataPath(`${name}${suffix}`), { force: true })
}
