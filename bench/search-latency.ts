/**
 * Search latency at 100,000 articles: listArticles() (the app's search: FTS match, bm25 ranking,
 * total count, snippets) against the bare FTS match that any search must at least do. Uses the
 * database the import bench left, or builds the same corpus when run alone.
 */
import { articleCount, corpusDatabasePath, databaseBytes } from './lib/bench-paths.ts'
import { ensureCorpusDatabase } from './lib/corpus-database.ts'
import { bytes, count, ms, table } from './lib/format.ts'
import { benchQueries, type QueryKind } from './lib/search-queries.ts'
import { loadServices } from './lib/services.ts'
import { median, percentile } from './lib/stats.ts'
import { reportSummary } from './lib/summary.ts'

const FLOOR_SQL = 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 100'
/** Each query's figure is its median over these timed rounds, after one untimed warm-up round. */
const ROUNDS = Math.max(1, Number(process.env.SLANT_BENCH_SEARCH_ROUNDS ?? 3) || 3)

interface Measured {
  kind: QueryKind
  text: string
  total: number
  list: number
  floor: number
}

const services = await loadServices()
const articles = articleCount()
const corpusPath = corpusDatabasePath(articles)
console.log(`== search latency: ${count(articles)}-article corpus ==`)
const origin = await ensureCorpusDatabase(services, corpusPath, articles)
const { db } = services.openDatabase(corpusPath)
const stored = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
console.log(`corpus ${corpusPath}: ${count(stored)} articles, ${bytes(databaseBytes(corpusPath))}, ${origin}`)

const queries = benchQueries().map((query) => {
  const match = services.toFtsQuery(query.text)
  if (!match) throw new Error(`toFtsQuery gave nothing for the bench query ${JSON.stringify(query.text)}`)
  return { ...query, match }
})
const floorStatement = db.prepare(FLOOR_SQL)
const search = (text: string) => services.listArticles(db, { query: text, sort: 'relevance', direction: 'desc', offset: 0, limit: 100 })
const timed = (work: () => unknown) => {
  const started = performance.now()
  work()
  return performance.now() - started
}

for (const query of queries) {
  floorStatement.all(query.match)
  search(query.text)
}
const samples = queries.map(() => ({ list: [] as number[], floor: [] as number[] }))
for (let round = 0; round < ROUNDS; round++) {
  queries.forEach((query, index) => {
    const sample = samples[index] as { list: number[]; floor: number[] }
    sample.floor.push(timed(() => floorStatement.all(query.match)))
    sample.list.push(timed(() => search(query.text)))
  })
}
const measured: Measured[] = queries.map((query, index) => {
  const sample = samples[index] as { list: number[]; floor: number[] }
  return { kind: query.kind, text: query.text, total: search(query.text).total, list: median(sample.list), floor: median(sample.floor) }
})
db.close()

const lists = measured.map((m) => m.list)
const floors = measured.map((m) => m.floor)
const at = (values: number[], p: number) => percentile(values, p)
const ratio = (p: number) => at(lists, p) / at(floors, p)
console.log(`${queries.length} queries, median of ${ROUNDS} warm rounds each; limit 100, sort relevance`)
console.log(`listArticles(): p50 ${ms(at(lists, 50))}  p95 ${ms(at(lists, 95))}  max ${ms(at(lists, 100))}`)
console.log(`floor (bare MATCH LIMIT 100): p50 ${ms(at(floors, 50))}  p95 ${ms(at(floors, 95))}  max ${ms(at(floors, 100))}`)
console.log(`ratio listArticles / floor: p50 x${ratio(50).toFixed(1)}  p95 x${ratio(95).toFixed(1)}`)

const kinds = [...new Set(measured.map((m) => m.kind))]
console.log(
  `\n${table(
    ['kind', 'n', 'median hits', 'list p50', 'list max', 'floor p50'],
    kinds.map((kind) => {
      const group = measured.filter((m) => m.kind === kind)
      return [
        kind,
        String(group.length),
        count(median(group.map((m) => m.total))),
        ms(median(group.map((m) => m.list))),
        ms(Math.max(...group.map((m) => m.list))),
        ms(median(group.map((m) => m.floor)))
      ]
    })
  )}`
)
const slowest = [...measured].sort((a, b) => b.list - a.list).slice(0, 5)
console.log(`\nslowest: ${slowest.map((m) => `${m.text} (${count(m.total)} hits, ${ms(m.list)})`).join('; ')}`)

reportSummary([
  { bench: 'search', measure: 'listArticles p50', value: ms(at(lists, 50)), floor: ms(at(floors, 50)), ratio: `x${ratio(50).toFixed(1)}`, verdict: '' },
  { bench: 'search', measure: 'listArticles p95', value: ms(at(lists, 95)), floor: ms(at(floors, 95)), ratio: `x${ratio(95).toFixed(1)}`, verdict: '' },
  { bench: 'search', measure: 'listArticles max', value: ms(at(lists, 100)), floor: ms(at(floors, 100)), ratio: '', verdict: '' }
])
