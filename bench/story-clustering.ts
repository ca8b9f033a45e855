/**
 * Same-story clustering at scale: 100,000 articles' story features (terms, names, figures, dates)
 * generated with a known story for each, clustered by the app's updateStories() twice: once over the
 * whole corpus in one pass (what `slant stories --rebuild` does) and once as analysis jobs do it, 200
 * articles at a time in the order they were stored (not by date). Reported: time, articles/s, peak
 * memory and the adjusted Rand index against the generated stories. The floor is reading and parsing
 * every article's features once, the least any clustering of the stored corpus costs.
 */
import { adjustedRandIndex } from '../eval/metrics.ts'
import { dataPath, removeDatabase } from './lib/bench-paths.ts'
import { bytes, count, rate, seconds } from './lib/format.ts'
import { seededRandom } from './lib/prng.ts'
import { sampleRss } from './lib/rss-sampler.ts'
import { loadServices } from './lib/services.ts'
import { reportSummary } from './lib/summary.ts'

const ARTICLES = Number(process.env.SLANT_BENCH_STORY_ARTICLES ?? 100_000)
const GROUP = 200
const THRESHOLD = 0.35
const DAYS = 365
const VOCABULARY = 8_000
const NAMES = 40_000
const random = seededRandom(20261125)

const services = await loadServices()
const path = dataPath(`stories-${ARTICLES}-${process.pid}.sqlite`)
removeDatabase(path)
const { db } = services.openDatabase(path)

// Stories of 1-8 articles over a year, each with its own words, names and figures; articles draw most
// of their terms from their story and the rest from the language at large, as news copy does.
const word = (index: number) => `w${index.toString(36)}`
const zipf = () => Math.floor(VOCABULARY * random.next() ** 2.2)
let started = performance.now()
const insertArticle = db.prepare("INSERT INTO articles (title, text, content_hash, published_at, word_count) VALUES (?, 'generated', ?, ?, 100)")
const insertFeatures = db.prepare('INSERT INTO article_story_features (article_id, terms, names, figures) VALUES (?, ?, ?, ?)')
const gold: string[] = []
const pending: { time: number; story: number; terms: string[]; names: string[]; figures: string[] }[] = []
let story = 0
while (pending.length < ARTICLES) {
  story++
  const size = Math.min(ARTICLES - pending.length, random.int(1, 8))
  const day = random.next() * DAYS
  const terms = Array.from({ length: 14 }, () => word(zipf()))
  const names = Array.from({ length: random.int(2, 5) }, () => `name ${random.int(0, NAMES)}`)
  const figures = Array.from({ length: random.int(1, 4) }, () => `${random.int(10, 99_999)}`)
  for (let index = 0; index < size; index++) {
    pending.push({
      time: Date.UTC(2026, 0, 1) + (day + random.next() * 1.5) * 86_400_000,
      story,
      terms: [...terms.filter(() => random.chance(0.7)), ...Array.from({ length: 12 }, () => word(zipf()))],
      names: [...names.filter(() => random.chance(0.75)), ...(random.chance(0.5) ? [`name ${random.int(0, NAMES)}`] : [])],
      figures: figures.filter(() => random.chance(0.5))
    })
  }
}
// Stored in shuffled order: a corpus arrives by outlet and feed, not by date.
for (let index = pending.length - 1; index > 0; index--) {
  const other = random.int(0, index)
  ;[pending[index], pending[other]] = [pending[other] as (typeof pending)[number], pending[index] as (typeof pending)[number]]
}
db.transaction(() => {
  pending.forEach((article, index) => {
    const id = Number(insertArticle.run(`Article ${index + 1}`, `hash-${index}`, new Date(article.time).toISOString()).lastInsertRowid)
    const weights = article.terms.map(() => 0.5 + random.next())
    const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0))
    const terms = [...new Map(article.terms.map((term, position) => [term, Math.round(((weights[position] as number) / norm) * 10_000) / 10_000]))]
    insertFeatures.run(id, JSON.stringify(terms), JSON.stringify([...new Set(article.names)]), JSON.stringify(article.figures.map((figure) => [figure, 0, 1])))
    gold.push(String(article.story))
  })
})()
console.log(`== story clustering: ${count(ARTICLES)} articles in ${count(story)} generated stories over ${DAYS} days (generated and stored in ${seconds(performance.now() - started)}) ==`)

// Floor: every article's features read and parsed once.
started = performance.now()
let parsed = 0
for (const row of db.prepare('SELECT f.terms, f.names, f.figures, a.published_at FROM article_story_features f JOIN articles a ON a.id = f.article_id').iterate() as Iterable<{
  terms: string
  names: string
  figures: string
  published_at: string
}>) {
  parsed += (JSON.parse(row.terms) as unknown[]).length + (JSON.parse(row.names) as unknown[]).length + (JSON.parse(row.figures) as unknown[]).length
  Date.parse(row.published_at)
}
const floorMs = performance.now() - started
console.log(`floor (read and parse every article's features): ${seconds(floorMs)} = ${rate(ARTICLES / (floorMs / 1000))} (${count(parsed)} items)`)

const found = () => {
  const byArticle = new Map((db.prepare('SELECT article_id, story_id FROM story_articles').all() as { article_id: number; story_id: number }[]).map((row) => [row.article_id, row.story_id]))
  return gold.map((_, index) => String(byArticle.get(index + 1) ?? `none-${index}`))
}
const options = () => {
  const run = services.lazyOmissionRun(db, THRESHOLD)
  return { run, options: { threshold: THRESHOLD, omissionRun: run.get } }
}

// One pass over the whole corpus, oldest first.
const whole = options()
const { result: wholeResult, rss: wholeRss } = await sampleRss(async () => {
  const begin = performance.now()
  const result = services.rebuildStories(db, whole.options)
  return { result, ms: performance.now() - begin }
})
whole.run.finish()
const wholeAri = adjustedRandIndex(gold, found())
console.log(
  `one pass (slant stories --rebuild): ${seconds(wholeResult.ms)} = ${rate(ARTICLES / (wholeResult.ms / 1000))}, ${count(wholeResult.result.storiesCreated)} stories, ` +
    `ARI ${wholeAri.toFixed(3)}; RSS ${bytes(wholeRss.before)} before, peak ${bytes(wholeRss.peakSampled)} sampled, process maxRSS ${bytes(wholeRss.maxRss)}`
)

// As analysis jobs do it: groups of 200 in stored order, each placed against the stories so far.
db.prepare('DELETE FROM stories').run()
const incremental = options()
const updater = new services.StoryUpdater(db, incremental.options)
const ids = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((row) => row.id)
const { result: incrementalMs, rss: incrementalRss } = await sampleRss(async () => {
  const begin = performance.now()
  for (let start = 0; start < ids.length; start += GROUP) {
    updater.update(ids.slice(start, start + GROUP))
    if (start % (GROUP * 50) === 0) await new Promise((resolve) => setImmediate(resolve))
  }
  return performance.now() - begin
})
incremental.run.finish()
const incrementalAri = adjustedRandIndex(gold, found())
console.log(
  `incremental (groups of ${GROUP} in stored order, as analysis jobs place them): ${seconds(incrementalMs)} = ${rate(ARTICLES / (incrementalMs / 1000))}, ` +
    `ARI ${incrementalAri.toFixed(3)}; peak RSS ${bytes(incrementalRss.peakSampled)} sampled`
)
console.log('(omission is not part of these figures: generated features have no analysis to compare, so each story is placed but not scored)')
db.close()
removeDatabase(path)

const floorRate = ARTICLES / (floorMs / 1000)
reportSummary([
  {
    bench: 'stories',
    measure: `clustering ${count(ARTICLES)}, one pass`,
    value: rate(ARTICLES / (wholeResult.ms / 1000)),
    floor: rate(floorRate),
    ratio: (ARTICLES / (wholeResult.ms / 1000) / floorRate).toFixed(3),
    verdict: `ARI ${wholeAri.toFixed(3)}`
  },
  {
    bench: 'stories',
    measure: `clustering ${count(ARTICLES)}, incremental by ${GROUP}`,
    value: rate(ARTICLES / (incrementalMs / 1000)),
    floor: rate(floorRate),
    ratio: (ARTICLES / (incrementalMs / 1000) / floorRate).toFixed(3),
    verdict: `ARI ${incrementalAri.toFixed(3)}`
  },
  { bench: 'stories', measure: 'clustering peak RSS (sampled)', value: bytes(Math.max(wholeRss.peakSampled, incrementalRss.peakSampled)), floor: '', ratio: '', verdict: '' }
])
