/**
 * Two builds of the analyzer on the same articles, in one process, by CPU time of this thread:
 * wall time on a shared 2-core machine swings with whatever else runs, the thread's own CPU time
 * much less. `node bench/tools/compare-analyzers.ts OTHER_CHECKOUT [ARTICLES]` compares this
 * checkout's out/ (after `npx electron-vite build`) with another's, pass by pass, alternating.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildAnalysisCorpus } from '../lib/analysis-corpus.ts'
import { removeDatabase } from '../lib/bench-paths.ts'
import { loadServices, type SlantServices } from '../lib/services.ts'

const other = process.argv[2]
if (!other) throw new Error('usage: node bench/tools/compare-analyzers.ts OTHER_CHECKOUT [ARTICLES]')
const ARTICLES = Number(process.argv[3] ?? 600)
const ROUNDS = 4

const mine = await loadServices()
const theirs = (await import(pathToFileURL(resolve(other, 'out/main/services.js')).href)) as SlantServices
const corpus = await buildAnalysisCorpus(mine, `compare-${ARTICLES}-${process.pid}`, ARTICLES)
const { db } = mine.openDatabase(corpus.path)
const articles = db.prepare('SELECT id, title, text FROM articles ORDER BY id').all() as { id: number; title: string; text: string }[]
db.close()

const builds = [
  { name: 'this checkout', analyze: mine.createArticleAnalyzer({ databasePath: corpus.path }), cpu: [] as number[] },
  { name: other, analyze: theirs.createArticleAnalyzer({ databasePath: corpus.path }), cpu: [] as number[] }
]
for (let round = 0; round < ROUNDS; round++) {
  for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
    const before = process.threadCpuUsage()
    let found = 0
    for (const article of articles) found += build.analyze(article).evidence.length
    const used = process.threadCpuUsage(before)
    if (found === 0) throw new Error('no evidence found: the articles do not exercise the analyzer')
    // The first round warms the JIT up.
    if (round > 0) build.cpu.push((used.user + used.system) / 1000 / articles.length)
  }
}
removeDatabase(corpus.path)
const best = (values: number[]) => Math.min(...values)
for (const build of builds) console.log(`${build.name}: CPU per article ${build.cpu.map((value) => value.toFixed(2)).join(' / ')} ms (best ${best(build.cpu).toFixed(2)} ms)`)
console.log(`ratio this / other (best passes): ${(best(builds[0]!.cpu) / best(builds[1]!.cpu)).toFixed(3)}`)
