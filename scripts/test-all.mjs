// `npm test`: every layer in turn (types, lint, build, unit and integration, end to end), then one
// line that sums the test counts of all layers. Later layers run even when an earlier one fails, so a
// single run shows everything that is wrong.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const RESULTS = 'test-results'
const UNIT_JSON = `${RESULTS}/unit-results.json`
const E2E_JSON = `${RESULTS}/e2e-results.json`

function run(label, command, args) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  const ok = result.status === 0
  console.log(`=== ${label}: ${ok ? 'ok' : `failed (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return ok
}

function readJson(path) {
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

rmSync(UNIT_JSON, { force: true })
rmSync(E2E_JSON, { force: true })
mkdirSync(RESULTS, { recursive: true })

const steps = {
  typecheck: run('typecheck', 'npm', ['run', '--silent', 'typecheck']),
  lint: run('lint', 'npm', ['run', '--silent', 'lint']),
  build: run('build', 'electron-vite', ['build'])
}
steps.unit = run('unit and integration tests (vitest)', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_JSON}`])
steps.e2e = steps.build
  ? run('end-to-end tests (playwright, browser mode in Chromium)', 'playwright', ['test'])
  : (console.log('\n=== end-to-end tests skipped: the build failed'), false)

const unit = readJson(UNIT_JSON)
const e2e = readJson(E2E_JSON)
const counts = { passed: 0, failed: 0, skipped: 0 }
if (unit) {
  counts.passed += unit.numPassedTests ?? 0
  counts.failed += unit.numFailedTests ?? 0
  counts.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0)
  console.log(`\nunit and integration: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`)
} else if (steps.build) {
  console.log('\nunit and integration: no results (the runner did not finish)')
}
if (e2e?.stats) {
  counts.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0)
  counts.failed += e2e.stats.unexpected ?? 0
  counts.skipped += e2e.stats.skipped ?? 0
  console.log(`end to end: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped, ${e2e.stats.flaky} flaky`)
}
const failedSteps = Object.entries(steps).filter(([, ok]) => !ok).map(([name]) => name)
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`)
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(failedSteps.length === 0 && counts.failed === 0 && counts.passed > 0 ? 0 : 1)
