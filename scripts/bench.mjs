#!/usr/bin/env node
// `npm run bench [-- NAME...] [--keep] [--build]`: runs the TypeScript benches under bench/ one after
// another, each in its own process with this same Node (24: type stripping, and the ABI better-sqlite3
// was built for), then prints one summary table. NAME picks benches by part of their file name;
// --keep leaves bench/data/ (generated corpus and databases) for inspection; --build rebuilds first.
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const benchDir = join(root, 'bench')
const dataDir = join(benchDir, 'data')
const bundle = join(root, 'out', 'main', 'services.js')
// The search and near-duplicate benches reuse the corpus the import bench leaves behind, so the import runs first.
const FIRST = ['import-throughput.ts']

if (!process.features.typescript) {
  console.error(`The benches are TypeScript run by Node's type stripping, which ${process.version} lacks. Run \`npm run bench\` (Node 24 from the project).`)
  process.exit(1)
}

const args = process.argv.slice(2)
const keep = args.includes('--keep')
const filters = args.filter((arg) => !arg.startsWith('--'))

if (args.includes('--build') || !existsSync(bundle)) {
  console.log('Building the services bundle (electron-vite build)...')
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const build = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0 || !existsSync(bundle)) {
    console.error('electron-vite build failed; the benches measure the built services, so they cannot run.')
    process.exit(1)
  }
}

const rank = (name) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length)
const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('.ts') && (filters.length === 0 || filters.some((filter) => name.includes(filter))))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
if (benches.length === 0) {
  console.error(`No bench under bench/ matches ${filters.join(', ')}.`)
  process.exit(1)
}

const summaryFile = join(tmpdir(), `slant-bench-summary-${process.pid}.jsonl`)
const started = Date.now()
const failed = []
// Other work on the machine skews every figure, floors included (they are measured at other moments).
// Linux's CPU pressure (the share of time some task waited for a CPU) shows it as it happens; the
// 1-minute load average, the fallback elsewhere, lags a minute behind and so partly reports the
// previous bench. A bench that runs more threads than cores makes pressure of its own.
const cores = availableParallelism()
const PRESSURE_LIMIT = 0.1
const cpuWaitMicros = () => {
  try {
    const match = /^some .*total=(\d+)$/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}
const busy = []
for (const name of benches) {
  console.log('')
  const child = spawn(process.execPath, [join(benchDir, name)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SLANT_BENCH_SUMMARY: summaryFile }
  })
  const benchStarted = Date.now()
  const waitedBefore = cpuWaitMicros()
  const loads = [loadavg()[0]]
  const sampler = setInterval(() => loads.push(loadavg()[0]), 5000)
  const [code, signal] = await once(child, 'exit')
  clearInterval(sampler)
  const waitedAfter = cpuWaitMicros()
  const pressure = waitedBefore === null || waitedAfter === null ? null : (waitedAfter - waitedBefore) / 1000 / (Date.now() - benchStarted)
  const mean = loads.reduce((total, load) => total + load, 0) / loads.length
  const max = Math.max(...loads)
  console.log(
    `(while ${name} ran: ${pressure === null ? 'CPU pressure n/a' : `some task waited for a CPU ${(pressure * 100).toFixed(0)}% of the time`}; ` +
      `1-minute load average mean ${mean.toFixed(1)}, max ${max.toFixed(1)}, on ${cores} cores)`
  )
  if (pressure === null ? mean > cores : pressure > PRESSURE_LIMIT) {
    busy.push(`${name} (${pressure === null ? `load mean ${mean.toFixed(1)}` : `CPU pressure ${(pressure * 100).toFixed(0)}%`})`)
  }
  if (code !== 0) failed.push(`${name} (exit ${code ?? signal})`)
}

const rows = existsSync(summaryFile)
  ? readFileSync(summaryFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : []
rmSync(summaryFile, { force: true })
if (!keep) rmSync(dataDir, { recursive: true, force: true })

const header = ['bench', 'measure', 'value', 'floor', 'ratio', 'verdict']
const cells = [header, ...rows.map((row) => header.map((key) => String(row[key] ?? '')))]
const widths = header.map((_, column) => Math.max(...cells.map((line) => line[column].length)))
const format = (line) => line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()
console.log(`\n== summary (${((Date.now() - started) / 1000).toFixed(0)} s, Node ${process.version}) ==`)
console.log([format(header), format(widths.map((width) => '-'.repeat(width))), ...cells.slice(1).map(format)].join('\n'))
if (busy.length > 0) {
  console.log(`\nWARNING: tasks waited for a CPU during ${busy.join(', ')}: other work (or the bench's own threads) competed for the ${cores} cores, so those figures are not reliable; rerun on a quiet machine.`)
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`)
  process.exit(1)
}
