/**
 * The comparison views at scale: 100,000 articles from 12 outlets in stories of 1-8 articles, each
 * article with Slant's three scores and some with a coder's. Timed through the contract, as the app
 * calls it: the stories list (first page; sorted by score spread), one story, outlet profiles,
 * outlets paired on shared stories, and blindspots by lean. Each figure is the median of five calls;
 * the target is under a second. The floor is one pass over every article's scores, the least any
 * aggregate over the corpus reads.
 */
import { dataPath, removeDatabase } from './lib/bench-paths.ts'
import { count, seconds } from './lib/format.ts'
import { seededRandom } from './lib/prng.ts'
import { loadServices } from './lib/services.ts'
import { reportSummary } from './lib/summary.ts'

const ARTICLES = Number(process.env.SLANT_BENCH_VIEW_ARTICLES ?? 100_000)
const OUTLETS = 12
const RUNS = 5
const TARGET_MS = 1000
const random = seededRandom(20261206)

const services = await loadServices()
const path = dataPath(`story-views-${ARTICLES}-${process.pid}.sqlite`)
removeDatabase(path)
const opened = services.openDatabase(path)
let started = performance.now()
{
  const { db } = opened
  const outletIds = Array.from({ length: OUTLETS }, (_, index) => Number(db.prepare('INSERT INTO outlets (name) VALUES (?)').run(`Outlet ${index + 1}`).lastInsertRowid))
  const leans = ['left', 'centre', 'right']
  outletIds.forEach((id, index) => db.prepare("INSERT INTO outlet_attributes (outlet_id, name, value) VALUES (?, 'lean', ?)").run(id, leans[index % 3]))
  const run = Number(db.prepare("INSERT INTO analysis_runs (analyzer, version, origin, label) VALUES ('slant', 'bench', 'slant', 'Slant bench')").run().lastInsertRowid)
  const coder = Number(db.prepare("INSERT INTO coders (uid, name, initials, colour) VALUES ('bench-coder', 'Bench Coder', 'BC', '#336699')").run().lastInsertRowid)
  const insertArticle = db.prepare("INSERT INTO articles (outlet_id, title, text, content_hash, published_at, word_count) VALUES (?, ?, 'generated', ?, ?, 300)")
  const insertAnalysis = db.prepare("INSERT INTO article_analyses (run_id, article_id, details) VALUES (?, ?, ?)")
  const insertScore = db.prepare('INSERT INTO article_scores (run_id, article_id, dimension, score) VALUES (?, ?, ?, ?)')
  const insertStory = db.prepare('INSERT INTO stories (label, first_date, last_date, articles) VALUES (?, ?, ?, 0)')
  const insertMember = db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)')
  const insertJudgment = db.prepare(
    "INSERT INTO judgments (uid, article_id, coder_id, dimension, kind, action, value, created_at) VALUES (?, ?, ?, 'language', 'score', 'edit', ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
  )
  const frames = ['economic', 'conflict', 'human interest', 'morality', 'security and defense']
  db.transaction(() => {
    let made = 0
    let storyNumber = 0
    while (made < ARTICLES) {
      storyNumber++
      const size = Math.min(ARTICLES - made, random.int(1, 8))
      const day = new Date(Date.UTC(2026, 0, 1) + random.next() * 365 * 86_400_000).toISOString()
      const story = Number(insertStory.run(`Story ${storyNumber}`, day, day).lastInsertRowid)
      const lean = random.int(1, 5)
      for (let index = 0; index < size; index++, made++) {
        const id = Number(insertArticle.run(outletIds[random.int(0, OUTLETS - 1)], `Article ${made + 1}`, `hash-${made}`, day).lastInsertRowid)
        insertAnalysis.run(run, id, JSON.stringify({ frames: [{ frame: frames[random.int(0, frames.length - 1)] }] }))
        for (const dimension of ['language', 'framing', 'omission']) insertScore.run(run, id, dimension, Math.min(5, Math.max(1, lean + random.int(-1, 1))))
        insertMember.run(id, story)
        if (random.chance(0.02)) insertJudgment.run(`bench-${id}`, id, coder, random.int(1, 5))
      }
    }
  })()
  console.log(`== story views: ${count(ARTICLES)} articles from ${OUTLETS} outlets (generated in ${seconds(performance.now() - started)}) ==`)
  db.close()
}

const backend = services.createBackend(path)
const { db } = backend

// Floor: every article's final language score read once (the final-value rule, no grouping).
started = performance.now()
db.prepare(
  "SELECT count(*) FROM articles a WHERE (SELECT sc.score FROM article_scores sc WHERE sc.article_id = a.id AND sc.dimension = 'language' ORDER BY sc.run_id DESC LIMIT 1) IS NOT NULL"
).get()
const floorMs = performance.now() - started

async function time(name: string, input: unknown): Promise<number> {
  const times: number[] = []
  for (let index = 0; index < RUNS; index++) {
    const begin = performance.now()
    const result = await backend.dispatch(name, input)
    times.push(performance.now() - begin)
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(RUNS / 2)] as number
}

const someStory = (db.prepare('SELECT id FROM stories WHERE articles >= 5 LIMIT 1').get() as { id: number }).id
const outletIds = (db.prepare('SELECT id FROM outlets ORDER BY id LIMIT 3').all() as { id: number }[]).map((row) => row.id)
const measures: [string, string, unknown][] = [
  ['stories list, first page (2+ outlets, newest)', 'stories.list', { minOutlets: 2 }],
  ['stories list sorted by language spread', 'stories.list', { minOutlets: 2, sort: 'language_spread' }],
  ['one story with its articles', 'stories.get', { id: someStory }],
  ['outlet profiles, whole corpus', 'comparison.outletProfiles', {}],
  ['3 outlets paired on shared stories', 'comparison.paired', { outletIds, dimension: 'language' }],
  ['blindspots by lean', 'stories.blindspots', { groupBy: { kind: 'attribute', name: 'lean' } }]
]
const rows = []
for (const [measure, name, input] of measures) {
  const ms = await time(name, input)
  console.log(`${measure}: ${seconds(ms)} (median of ${RUNS})`)
  rows.push({ bench: 'story views', measure, value: seconds(ms), floor: seconds(floorMs), ratio: (floorMs / ms).toFixed(3), verdict: ms < TARGET_MS ? 'under 1 s' : 'over 1 s' })
}
backend.close()
removeDatabase(path)
reportSummary(rows)
