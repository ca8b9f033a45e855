/**
 * Same-story clustering and bias by omission, as the app computes them: each labelled corpus is
 * imported into a fresh database and analysed by the app's own analysis job (worker threads, then
 * clustering and omission as results arrive). Clustering is measured by the adjusted Rand index and
 * purity against the gold story labels; omission by the score each sample article was written to earn.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadServices } from '../bench/lib/services.ts'
import { adjustedRandIndex, clusterPurity } from './metrics.ts'
import { readSampleCorpus } from './sample-corpus.ts'

const STORY_FIXTURE = new URL('../tests/fixtures/stories/same-story-articles.jsonl', import.meta.url)
const SAMPLE_CORPUS = new URL('../resources/sample-corpus/articles.jsonl', import.meta.url)
/** The target for the labelled same-story set. */
const TARGET_ARI = 0.9

interface Clustered {
  gold: string[]
  found: string[]
  omission: Map<string, number>
}

async function analyseLabelled(file: URL, goldOf: (externalId: string, line: Record<string, unknown>) => string | null): Promise<Clustered> {
  const services = await loadServices()
  const directory = mkdtempSync(join(tmpdir(), 'slant-eval-stories-'))
  const backend = services.createBackend(join(directory, 'stories.sqlite'))
  try {
    const path = join(directory, 'articles.jsonl')
    const text = readFileSync(file, 'utf8')
    writeFileSync(path, text)
    await services.importFile(backend.importContext, path)
    const { jobId } = await backend.analysis.start({ all: true })
    await backend.analysis.finished(jobId)
    const labels = new Map<string, string>()
    for (const line of text.trim().split('\n')) {
      const record = JSON.parse(line) as Record<string, unknown>
      const gold = goldOf(String(record.external_id), record)
      if (gold) labels.set(String(record.external_id), gold)
    }
    const rows = backend.db
      .prepare(
        `SELECT a.external_id AS externalId, m.story_id AS storyId,
           (SELECT sc.score FROM article_scores sc JOIN analysis_runs r ON r.id = sc.run_id WHERE sc.article_id = a.id AND sc.dimension = 'omission' AND r.analyzer = 'slant-omission' ORDER BY sc.run_id DESC LIMIT 1) AS omission
         FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id ORDER BY a.id`
      )
      .all() as { externalId: string; storyId: number | null; omission: number | null }[]
    const gold: string[] = []
    const found: string[] = []
    const omission = new Map<string, number>()
    for (const row of rows) {
      const label = labels.get(row.externalId)
      if (!label) continue
      gold.push(label)
      found.push(row.storyId === null ? `unplaced-${row.externalId}` : String(row.storyId))
      if (row.omission !== null) omission.set(row.externalId, row.omission)
    }
    return { gold, found, omission }
  } finally {
    await backend.analysis.close()
    backend.close()
    rmSync(directory, { recursive: true, force: true })
  }
}

function describe(name: string, result: Clustered): string {
  const stories = new Set(result.gold).size
  const clusters = new Set(result.found).size
  const ari = adjustedRandIndex(result.gold, result.found)
  const purity = clusterPurity(result.gold, result.found)
  return `  ${name}: ${result.gold.length} articles, ${stories} gold stories, ${clusters} found; ARI ${ari.toFixed(3)}, purity ${purity.toFixed(3)}`
}

export async function storyCheck(): Promise<string[]> {
  const lines: string[] = []
  const fixture = await analyseLabelled(STORY_FIXTURE, (_id, record) => (typeof record.story === 'string' ? record.story : null))
  const ari = adjustedRandIndex(fixture.gold, fixture.found)
  lines.push(`${describe('same-story set (tests/fixtures/stories)', fixture)} (target ARI >= ${TARGET_ARI}: ${ari >= TARGET_ARI ? 'met' : 'NOT met'})`)
  const { annotations } = readSampleCorpus()
  const sample = await analyseLabelled(SAMPLE_CORPUS, (id) => annotations[id]?.story ?? null)
  lines.push(describe('sample corpus (resources/sample-corpus)', sample))
  let exact = 0
  let withinOne = 0
  let judged = 0
  const confusion = new Map<string, number>()
  for (const [id, score] of sample.omission) {
    const intended = annotations[id]?.intended.omission
    if (intended === undefined) continue
    judged++
    if (score === intended) exact++
    if (Math.abs(score - intended) <= 1) withinOne++
    confusion.set(`${intended}->${score}`, (confusion.get(`${intended}->${score}`) ?? 0) + 1)
  }
  const pairs = [...confusion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `${key}: ${count}`)
  lines.push(`  omission score equals the designed one for ${exact} of ${judged}, within one point for ${withinOne}; designed->engine ${pairs.join(', ')}`)
  return lines
}
