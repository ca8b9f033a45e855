import type { ArticleAnalysis, BiasDimension } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { sdgName } from './report/sdg-goals'

interface RunRecord {
  run_id: number
  label: string
  analyzer: string
  version: string
  origin: 'slant' | 'imported'
  summary: string | null
  language: string | null
  country: string | null
  details: string
}

/** Every run's results for one article, newest run first: what each machine or report said. */
export function articleAnalyses(db: Db, articleId: number): ArticleAnalysis[] {
  const runs = db
    .prepare(
      `SELECT r.id AS run_id, r.label, r.analyzer, r.version, r.origin, x.summary, x.language, x.country, x.details
       FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = ? ORDER BY r.id DESC`
    )
    .all(articleId) as RunRecord[]
  const scores = db.prepare('SELECT dimension, score, rationale, confidence FROM article_scores WHERE run_id = ? AND article_id = ?')
  const sdgs = db.prepare('SELECT goal, direction, relevance, rationale FROM article_sdgs WHERE run_id = ? AND article_id = ? ORDER BY goal')
  const entities = db.prepare('SELECT kind, name FROM article_entities WHERE run_id = ? AND article_id = ? ORDER BY kind, name')
  const topics = db.prepare('SELECT topic FROM article_topics WHERE run_id = ? AND article_id = ? ORDER BY topic')
  const order: Record<BiasDimension, number> = { framing: 0, language: 1, omission: 2 }
  return runs.map((run) => {
    const details = JSON.parse(run.details) as { questions?: ArticleAnalysis['questions']; frames?: ArticleAnalysis['frames'] }
    return {
      runId: run.run_id,
      label: run.label,
      analyzer: run.analyzer,
      version: run.version,
      origin: run.origin,
      summary: run.summary,
      language: run.language,
      country: run.country,
      questions: details.questions ?? [],
      scores: (scores.all(run.run_id, articleId) as ArticleAnalysis['scores']).sort((a, b) => order[a.dimension] - order[b.dimension]),
      sdgs: (sdgs.all(run.run_id, articleId) as Omit<ArticleAnalysis['sdgs'][number], 'name'>[]).map((sdg) => ({ ...sdg, name: sdgName(sdg.goal) })),
      entities: entities.all(run.run_id, articleId) as ArticleAnalysis['entities'],
      topics: (topics.all(run.run_id, articleId) as { topic: string }[]).map((row) => row.topic),
      frames: details.frames ?? []
    }
  })
}
