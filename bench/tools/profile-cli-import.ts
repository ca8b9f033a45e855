/**
 * Where `slant import` spends its time: imports a fresh 20,000-record bench file through the CLI
 * under `node --cpu-prof` and prints the functions with the most self time. Not run by `npm run bench`
 * (it runs bench/*.ts only); run it as `node bench/tools/profile-cli-import.ts [RECORDS]` with Node 24.
 * The .cpuprofile stays in bench/data/profiles/ for Chrome DevTools (Performance, Load profile).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { CLI_PATH, dataPath, REPO_ROOT, removeDatabase } from '../lib/bench-paths.ts'
import { selfTimes } from '../lib/cpu-profile-summary.ts'
import { count, seconds, table } from '../lib/format.ts'
import { CORPUS_SEED, syntheticArticles } from '../lib/synthetic-articles.ts'
import { writeJsonl } from '../lib/write-jsonl.ts'

const records = Number(process.argv[2] ?? 20_000)
const shown = 25
const jsonlPath = dataPath(`profile-${records}.jsonl`)
const databasePath = dataPath(`profile-${records}.sqlite`)
const profileDir = dataPath('profiles')
mkdirSync(profileDir, { recursive: true })
removeDatabase(databasePath)

await writeJsonl(jsonlPath, syntheticArticles(records, CORPUS_SEED))
const before = new Set(readdirSync(profileDir))
const started = performance.now()
const child = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, CLI_PATH, 'import', jsonlPath, '--db', databasePath], {
  cwd: REPO_ROOT,
  encoding: 'utf8'
})
const wall = performance.now() - started
rmSync(jsonlPath, { force: true })
removeDatabase(databasePath)
if (child.status !== 0) throw new Error(`slant import failed (exit ${child.status}): ${child.stderr}`)
const profile = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile') && !before.has(name))
if (!profile) throw new Error(`no .cpuprofile appeared in ${profileDir}`)

const { total, functions } = selfTimes(join(profileDir, profile))
console.log(child.stdout.trim().split('\n').pop())
console.log(`wall ${seconds(wall)} (profiled: the profiler itself costs some), ${seconds(total)} sampled; profile ${join(profileDir, profile)}`)
console.log('Native work (SQLite inside better-sqlite3, hashing in node:crypto) is charged to the JS function that called it.\n')
console.log(
  table(
    ['self ms', 'share', 'function'],
    functions.slice(0, shown).map((entry) => [count(entry.milliseconds), `${(entry.share * 100).toFixed(1)}%`, entry.name])
  )
)
