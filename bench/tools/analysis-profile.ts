/**
 * Where one article's analysis spends its time. Runs createArticleAnalyzer (the function each worker
 * thread runs) in this process over generated ~5 KB news articles (500 unless given), times it
 * unprofiled, then samples it with the V8 CPU profiler and charges the time to the analyzer's stages
 * (the functions the analyzer calls: tokenize, analyzeLanguageBias, extractQuotes, ...), to source
 * modules and to functions. A second part profiles a worker's start-up (loading the bundle and
 * createArticleAnalyzer) in a fresh process, which is most of the pool's time to first result.
 *
 * Not run by `npm run bench` (the launcher runs bench/*.ts only). Run it with Node 24 from the
 * project: `node bench/tools/analysis-profile.ts [ARTICLES]`. The .cpuprofile files stay in
 * bench/data/profiles/ for Chrome DevTools (Performance, Load profile) until the next `npm run bench`
 * empties bench/data/.
 *
 * The stage modules are not exported by the bundle and src/ is not importable by Node as it stands
 * (extensionless imports), so stage times come from the profile: inclusive sampled time under each
 * function the analyzer calls directly. Sampling at 250 µs over seconds of work gives stage shares to
 * about a percent; the profiler's own cost inflates all stages about alike.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import winkNLP, { type ItemSentence } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { buildAnalysisCorpus } from '../lib/analysis-corpus.ts'
import { frameLabel, indexBundleModules, moduleOf, sorted, stacks, tallyOnce, type CpuProfile, type ProfileNode } from '../lib/analysis-profile-summary.ts'
import { dataPath, REPO_ROOT, removeDatabase } from '../lib/bench-paths.ts'
import { bytes, count, ms, seconds, table } from '../lib/format.ts'
import { loadServices } from '../lib/services.ts'
import { median, percentile } from '../lib/stats.ts'

const ARTICLES = Number.isInteger(Number(process.argv[2])) && Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 500
const SAMPLING_MICROS = 250
/** Stages broken down further, by the functions under them. */
const DRILLED_STAGES = 4
const SHOWN = 12
/** Articles of the job whose main thread is profiled (part 3): enough batches to reach a steady state. */
const JOB_ARTICLES = 1_000

const services = await loadServices()
// Taken now, while the chunks on disk are the ones this process loaded.
const bundleModules = indexBundleModules()
const profileDir = dataPath('profiles')
mkdirSync(profileDir, { recursive: true })

// File names carry the pid so a concurrent bench process cannot remove this one's databases.
const corpus = await buildAnalysisCorpus(services, `analysis-profile-${ARTICLES}-${process.pid}`, ARTICLES)
const { db } = services.openDatabase(corpus.path)
const articles = db.prepare('SELECT id, title, text FROM articles ORDER BY id').all() as { id: number; title: string; text: string }[]
db.close()
console.log(`== analysis profile: createArticleAnalyzer on this thread, ${count(articles.length)} generated articles (mean text ${bytes(corpus.meanTextBytes)}) ==`)

let started = performance.now()
const analyze = services.createArticleAnalyzer({ databasePath: corpus.path })
const initMs = performance.now() - started

/** Per-article wall times of one pass; the results are kept so no work can be skipped. */
function pass(): number[] {
  const times: number[] = []
  let found = 0
  for (const article of articles) {
    const begin = performance.now()
    const result = analyze(article)
    times.push(performance.now() - begin)
    found += result.quotes.length + result.entities.length + result.claims.length
  }
  if (found === 0) throw new Error('the analyzer found nothing in any article: the generated text is not exercising it')
  return times
}

const cold = pass()
const warm = pass()
const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length
console.log(`createArticleAnalyzer(): ${ms(initMs)} (bundle modules already loaded)`)
console.log(
  `per article, unprofiled: first pass (cold JIT) mean ${ms(mean(cold))}, first article ${ms(cold[0] as number)}; ` +
    `second pass mean ${ms(mean(warm))}, p50 ${ms(median(warm))}, p95 ${ms(percentile(warm, 95))}, max ${ms(percentile(warm, 100))} ` +
    `=> ${(1000 / mean(warm)).toFixed(1)} articles/s per thread`
)

// Third pass under the profiler, started and stopped around the loop only, so corpus building and
// module loading stay out of it.
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_MICROS })
await session.post('Profiler.start')
started = performance.now()
const profiled = pass()
const profiledWall = performance.now() - started
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile }
session.disconnect()
const profilePath = join(profileDir, `analysis-${Date.now()}.cpuprofile`)
writeFileSync(profilePath, JSON.stringify(profile))
removeDatabase(corpus.path)

const samples = stacks(profile)
const sampledMicros = samples.reduce((total, sample) => total + sample.micros, 0)
/** The analyzer is the anonymous function createArticleAnalyzer returns: the outermost frame of analyze-article.ts. */
const isAnalyzer = (node: ProfileNode) => moduleOf(node.callFrame, bundleModules) === 'analyze-article.ts' && !node.callFrame.functionName
const stageTotals = new Map<string, number>()
const stageChildren = new Map<string, Map<string, number>>()
const moduleInclusive = new Map<string, number>()
const moduleSelf = new Map<string, number>()
const functionSelf = new Map<string, number>()
/** Native (C++) time by the JS function that called into it: says which statement the SQLite time is. */
const nativeCallers = new Map<string, number>()
let analyzerMicros = 0
const outside = new Map<string, number>()
for (const { stack, micros } of samples) {
  const at = stack.findIndex(isAnalyzer)
  const leaf = stack[stack.length - 1] as ProfileNode
  if (at < 0) {
    // GC runs as its own root-level entry: allocation in every stage causes it, none is charged.
    tallyOnce(outside, [leaf.callFrame.functionName.startsWith('(') ? leaf.callFrame.functionName : '(bench loop and other JS)'], micros)
    continue
  }
  analyzerMicros += micros
  const stageNode = stack[at + 1]
  const stage = stageNode ? frameLabel(stageNode.callFrame, bundleModules) : '(analyzer body itself)'
  tallyOnce(stageTotals, [stage], micros)
  const below = stack.slice(at + 2)
  const children = stageChildren.get(stage) ?? new Map<string, number>()
  tallyOnce(children, below.map((node) => frameLabel(node.callFrame, bundleModules)), micros)
  stageChildren.set(stage, children)
  tallyOnce(moduleInclusive, stack.slice(at + 1).map((node) => moduleOf(node.callFrame, bundleModules)), micros)
  tallyOnce(moduleSelf, [moduleOf(leaf.callFrame, bundleModules)], micros)
  tallyOnce(functionSelf, [frameLabel(leaf.callFrame, bundleModules)], micros)
  if (!leaf.callFrame.url && !leaf.callFrame.functionName.startsWith('(')) {
    const caller = stack[stack.length - 2] as ProfileNode
    tallyOnce(nativeCallers, [caller === stack[at] ? '(the analyzer itself)' : frameLabel(caller.callFrame, bundleModules)], micros)
  }
}

const perArticle = (micros: number) => ms(micros / 1000 / articles.length)
const share = (micros: number, of: number) => `${((micros / of) * 100).toFixed(1)}%`
const totalOutside = [...outside.values()].reduce((total, micros) => total + micros, 0)
console.log(
  `\nprofiled pass: wall ${seconds(profiledWall)} (${ms(mean(profiled))} per article, profiler on), ${seconds(sampledMicros / 1000)} sampled at ${SAMPLING_MICROS} µs; ` +
    `inside the analyzer ${share(analyzerMicros, sampledMicros)}, outside ${share(totalOutside, sampledMicros)} (${sorted(outside)
      .map((entry) => `${entry.key} ${share(entry.micros, sampledMicros)}`)
      .join(', ')})`
)
console.log('Shares below are of the time inside the analyzer; ms are per article, profiler overhead included. GC is not charged to any stage.\n')

const stages = sorted(stageTotals)
console.log('== stages (functions the analyzer calls; inclusive) ==')
console.log(table(['stage', 'ms/article', 'share'], stages.map((entry) => [entry.key, perArticle(entry.micros), share(entry.micros, analyzerMicros)])))

console.log('\n== source modules (inclusive: time with the module anywhere on the stack) ==')
console.log(
  table(
    ['module', 'inclusive ms/article', 'inclusive', 'self ms/article', 'self'],
    sorted(moduleInclusive)
      .slice(0, SHOWN * 2)
      .map((entry) => [entry.key, perArticle(entry.micros), share(entry.micros, analyzerMicros), perArticle(moduleSelf.get(entry.key) ?? 0), share(moduleSelf.get(entry.key) ?? 0, analyzerMicros)])
  )
)

console.log('\n== native (C++) time by its JS caller ==')
console.log(table(['caller', 'ms/article', 'share'], sorted(nativeCallers).map((entry) => [entry.key, perArticle(entry.micros), share(entry.micros, analyzerMicros)])))

console.log('\n== functions by self time ==')
console.log(table(['function', 'self ms/article', 'self'], sorted(functionSelf).slice(0, SHOWN * 2).map((entry) => [entry.key, perArticle(entry.micros), share(entry.micros, analyzerMicros)])))

for (const stage of stages.slice(0, DRILLED_STAGES)) {
  console.log(`\n== inside ${stage.key}: ${perArticle(stage.micros)} per article (functions under it, inclusive) ==`)
  console.log(
    table(
      ['function', 'ms/article', 'of stage'],
      sorted(stageChildren.get(stage.key) ?? new Map())
        .slice(0, SHOWN)
        .map((entry) => [entry.key, perArticle(entry.micros), share(entry.micros, stage.micros)])
    )
  )
}

// Start-up, in a fresh process as a worker thread meets it: nothing loaded. A child process rather
// than a worker so --cpu-prof can profile it; module loading costs the same in both.
const startupScript = `
const times = {}
let t = performance.now()
const services = await import(${JSON.stringify(new URL('../../out/main/services.js', import.meta.url).href)})
times.importBundle = performance.now() - t
t = performance.now()
const analyze = services.createArticleAnalyzer({ databasePath: process.argv[1] })
times.createAnalyzer = performance.now() - t
const article = JSON.parse(process.argv[2])
t = performance.now()
analyze(article)
times.firstArticle = performance.now() - t
t = performance.now()
analyze(article)
times.secondArticle = performance.now() - t
console.log(JSON.stringify(times))
`
const startupCorpus = await buildAnalysisCorpus(services, `analysis-profile-startup-${process.pid}`, 1)
const sample = articles[0] as { id: number; title: string; text: string }
// The profile is the file that appears during the probe: another tool may write CPU.* files here too.
const profilesBefore = new Set(readdirSync(profileDir))
const child = spawnSync(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-interval=${SAMPLING_MICROS}`, '--input-type=module', '-e', startupScript, startupCorpus.path, JSON.stringify(sample)],
  { cwd: REPO_ROOT, encoding: 'utf8' }
)
removeDatabase(startupCorpus.path)
if (child.status !== 0) throw new Error(`the start-up probe failed (exit ${child.status}): ${child.stderr}`)
const startup = JSON.parse(child.stdout.trim().split('\n').pop() as string) as Record<string, number>
console.log(
  `\n== worker start-up, fresh process ==\nimport the bundle (wink model, compromise, eld, lexicon code...) ${ms(startup.importBundle as number)}, ` +
    `createArticleAnalyzer() ${ms(startup.createAnalyzer as number)}, first article ${ms(startup.firstArticle as number)}, second article ${ms(startup.secondArticle as number)}`
)
const newest = readdirSync(profileDir)
  .filter((name) => name.endsWith('.cpuprofile') && !profilesBefore.has(name))
  .map((name) => join(profileDir, name))[0]
if (newest) {
  const startupSamples = stacks(JSON.parse(readFileSync(newest, 'utf8')) as CpuProfile)
  const startupTotal = startupSamples.reduce((total, entry) => total + entry.micros, 0)
  const byModule = new Map<string, number>()
  // Module loading runs through Node's loader; charge each sample to the outermost project or package
  // module on its stack that is not the loader itself, i.e. the module whose top-level code is running.
  for (const { stack, micros } of startupSamples) {
    const modules = stack.map((node) => moduleOf(node.callFrame, bundleModules)).filter((module) => !module.startsWith('(') && !module.startsWith('node:'))
    tallyOnce(byModule, modules, micros)
  }
  console.log(`start-up profile ${newest}: ${seconds(startupTotal / 1000)} sampled (profiler on)`)
  console.log(table(['module (inclusive)', 'ms', 'share'], sorted(byModule).slice(0, SHOWN).map((entry) => [entry.key, ms(entry.micros / 1000), share(entry.micros, startupTotal)])))
}

// Part 3: the main thread during a real job. Results come back from the worker and are committed
// here; on 2 cores this thread competes with the workers, so its cost per article bounds throughput.
const jobCorpus = await buildAnalysisCorpus(services, `analysis-profile-job-${JOB_ARTICLES}-${process.pid}`, JOB_ARTICLES)
const backend = services.createBackend(jobCorpus.path)
const jobSession = new Session()
jobSession.connect()
await jobSession.post('Profiler.enable')
await jobSession.post('Profiler.setSamplingInterval', { interval: SAMPLING_MICROS })
const mainCpuBefore = process.threadCpuUsage()
await jobSession.post('Profiler.start')
started = performance.now()
const { jobId, runId } = await backend.analysis.start({ all: true }, 1)
const job = await backend.analysis.finished(jobId)
const jobWall = performance.now() - started
const { profile: jobProfile } = (await jobSession.post('Profiler.stop')) as unknown as { profile: CpuProfile }
const mainCpu = process.threadCpuUsage(mainCpuBefore)
jobSession.disconnect()
await backend.analysis.close()
const analysed = job.counts.analysed ?? 0
// Rows the writer stored per article, by table: what each result costs to commit.
const tables = ['article_sentences', 'article_evidence', 'article_claims', 'article_entities', 'article_keyphrases', 'article_quotes', 'article_topics']
const rowsPerArticle = tables.map((name) => {
  const rows = (backend.db.prepare(`SELECT count(*) AS n FROM ${name} WHERE run_id = ?`).get(runId) as { n: number }).n
  return [name, (rows / Math.max(1, analysed)).toFixed(1)]
})
const terms = (backend.db.prepare('SELECT count(*) AS n, sum(documents) AS upserts FROM term_document_frequency').get() as { n: number; upserts: number })
rowsPerArticle.push(['term_document_frequency upserts', (terms.upserts / Math.max(1, analysed)).toFixed(1)])
backend.close()
removeDatabase(jobCorpus.path)
const jobProfilePath = join(profileDir, `analysis-main-thread-${Date.now()}.cpuprofile`)
writeFileSync(jobProfilePath, JSON.stringify(jobProfile))

const jobSamples = stacks(jobProfile).filter(({ stack }) => (stack[stack.length - 1] as ProfileNode).callFrame.functionName !== '(idle)')
const busyMicros = jobSamples.reduce((total, sample) => total + sample.micros, 0)
const mainInclusive = new Map<string, number>()
const mainSelf = new Map<string, number>()
const mainNative = new Map<string, number>()
for (const { stack, micros } of jobSamples) {
  const leaf = stack[stack.length - 1] as ProfileNode
  // Node's own frames (timers, the message port) are left out of the inclusive table: they hold everything.
  tallyOnce(mainInclusive, stack.filter((node) => node.callFrame.url.includes('/out/main/')).map((node) => frameLabel(node.callFrame, bundleModules)), micros)
  tallyOnce(mainSelf, [frameLabel(leaf.callFrame, bundleModules)], micros)
  if (!leaf.callFrame.url && !leaf.callFrame.functionName.startsWith('(')) {
    const caller = stack[stack.length - 2]
    tallyOnce(mainNative, [caller ? frameLabel(caller.callFrame, bundleModules) : '(none)'], micros)
  }
}
const perJobArticle = (micros: number) => ms(micros / 1000 / Math.max(1, analysed))
console.log(
  `\n== main thread during a job: ${count(analysed)} articles, 1 worker, wall ${seconds(jobWall)} ==\n` +
    `main-thread CPU ${ms((mainCpu.user + mainCpu.system) / 1000 / Math.max(1, analysed))} per article (profiler on); ` +
    `${seconds(busyMicros / 1000)} of non-idle samples. Costs that grow with the corpus (progress counts, the analysed count) are small at this size.`
)
console.log(table(['table', 'rows per article'], rowsPerArticle))
console.log(`(term_document_frequency holds ${count(terms.n)} distinct terms after ${count(analysed)} articles)`)
console.log('\nbundle functions on the main thread, inclusive:')
console.log(table(['function', 'ms/article', 'of busy'], sorted(mainInclusive).slice(0, SHOWN).map((entry) => [entry.key, perJobArticle(entry.micros), share(entry.micros, busyMicros)])))
console.log('\nmain thread, self time:')
console.log(table(['function', 'ms/article', 'of busy'], sorted(mainSelf).slice(0, SHOWN).map((entry) => [entry.key, perJobArticle(entry.micros), share(entry.micros, busyMicros)])))
console.log('\nmain thread native (C++, SQLite) time by its JS caller:')
console.log(table(['caller', 'ms/article', 'of busy'], sorted(mainNative).slice(0, SHOWN).map((entry) => [entry.key, perJobArticle(entry.micros), share(entry.micros, busyMicros)])))


// Part 4: wink's pipeline. tokenize() builds winkNLP(model), which runs every stage the model has
// (sbd, negation, sentiment, pos, ner, cer); Slant reads only value, normal, lemma, pos and sentence
// spans. Time readDoc plus those reads with fewer stages, and count any token whose reads differ.
interface WinkReads {
  values: string[]
  normals: string[]
  lemmas: string[]
  pos: string[]
  sentences: string
}
function winkReads(nlp: ReturnType<typeof winkNLP>, text: string): WinkReads {
  const its = nlp.its
  const doc = nlp.readDoc(text)
  const spans: string[] = []
  doc.sentences().each((sentence: ItemSentence) => {
    spans.push(String(sentence.out(its.span)))
  })
  return {
    values: doc.tokens().out(its.value),
    normals: doc.tokens().out(its.normal),
    lemmas: doc.tokens().out(its.lemma as never) as unknown as string[],
    pos: doc.tokens().out(its.pos),
    sentences: spans.join(';')
  }
}
const pipes: [string, string[] | undefined][] = [
  ['every stage (as tokenize() now)', undefined],
  ["['sbd', 'pos']", ['sbd', 'pos']],
  ["['sbd', 'negation', 'pos']", ['sbd', 'negation', 'pos']]
]
const reference = winkNLP(model)
const expected = articles.map((article) => winkReads(reference, article.text))
const pipeRows: string[][] = []
let baseline = 0
for (const [label, pipe] of pipes) {
  const nlp = winkNLP(model, pipe)
  for (const article of articles.slice(0, 50)) winkReads(nlp, article.text)
  const times: number[] = []
  let differing = 0
  let tokens = 0
  let sentenceSplits = 0
  articles.forEach((article, position) => {
    const begin = performance.now()
    const reads = winkReads(nlp, article.text)
    times.push(performance.now() - begin)
    const want = expected[position] as WinkReads
    tokens += want.values.length
    if (reads.sentences !== want.sentences) sentenceSplits++
    if (reads.values.length !== want.values.length) {
      differing += want.values.length
      return
    }
    for (let index = 0; index < reads.values.length; index++) {
      if (reads.values[index] !== want.values[index] || reads.normals[index] !== want.normals[index] || reads.lemmas[index] !== want.lemmas[index] || reads.pos[index] !== want.pos[index]) differing++
    }
  })
  const perArticleMs = mean(times)
  baseline ||= perArticleMs
  pipeRows.push([label, ms(perArticleMs), `${((1 - perArticleMs / baseline) * 100).toFixed(0)}%`, `${count(differing)} of ${count(tokens)}`, count(sentenceSplits)])
}
console.log('\n== wink pipeline: readDoc + the reads tokenize() makes, per article, this thread ==')
console.log(table(['pipe', 'ms/article', 'saved', 'tokens read differently', 'articles split differently'], pipeRows))

console.log(`\nprofiles: analyzer ${profilePath}, main thread ${jobProfilePath}`)
