import type { BiasDimension, FinalScore, ScoreSource } from '../../shared/rows'
import type { Db } from '../db/open-database'

const DIMENSIONS: BiasDimension[] = ['framing', 'language', 'omission']

interface CurrentValue {
  coderId: number
  coderName: string
  value: number | null
  rationale: string | null
  confidence: number | null
  id: number
  createdAt: string
}

export interface MachineScore {
  value: number
  runId: number
  rationale: string | null
}

/** The newest score Slant's own runs gave an article on a dimension (omission runs included). */
export function machineScoreLookup(db: Db): (articleId: number, dimension: BiasDimension) => MachineScore | null {
  const statement = db.prepare<[number, string], MachineScore>(
    `SELECT sc.score AS value, sc.run_id AS runId, sc.rationale FROM article_scores sc JOIN analysis_runs r ON r.id = sc.run_id
     WHERE sc.article_id = ? AND sc.dimension = ? AND r.origin = 'slant' ORDER BY sc.run_id DESC LIMIT 1`
  )
  return (articleId, dimension) => statement.get(articleId, dimension) ?? null
}

/**
 * The design's final-value rule for one article and dimension: the adjudicated value, else the
 * coders' consensus (two or more, all equal), else the latest human value, else the newest machine
 * value; each answer says which source it used.
 */
export function finalScores(db: Db, articleId: number): FinalScore[] {
  const current = db.prepare<[number, string, string], CurrentValue>(
    `SELECT j.coder_id AS coderId, c.name AS coderName, j.value, j.rationale, j.confidence, j.id, j.created_at AS createdAt
     FROM judgments j JOIN coders c ON c.id = j.coder_id
     WHERE j.article_id = ? AND j.dimension = ? AND j.kind = ?
       AND j.id = (SELECT max(k.id) FROM judgments k WHERE k.article_id = j.article_id AND k.dimension = j.dimension AND k.kind = j.kind AND k.coder_id = j.coder_id)
     ORDER BY j.id`
  )
  const machine = machineScoreLookup(db)
  return DIMENSIONS.map((dimension) => {
    const humans = current.all(articleId, dimension, 'score').filter((row) => row.value !== null)
    const adjudication = current.all(articleId, dimension, 'adjudication').filter((row) => row.value !== null).at(-1) ?? null
    const machineValue = machine(articleId, dimension)
    const values = humans.map((row) => row.value as number)
    let final: number | null = null
    let source: ScoreSource | null = null
    if (adjudication) {
      final = adjudication.value
      source = 'adjudicated'
    } else if (values.length >= 2 && values.every((value) => value === values[0])) {
      final = values[0] as number
      source = 'consensus'
    } else if (humans.length > 0) {
      final = (humans.at(-1) as CurrentValue).value
      source = 'human'
    } else if (machineValue) {
      final = machineValue.value
      source = 'machine'
    }
    return {
      dimension,
      value: final,
      source,
      machine: machineValue,
      adjudication: adjudication ? { coderName: adjudication.coderName, value: adjudication.value as number, note: adjudication.rationale, createdAt: adjudication.createdAt } : null,
      humans: humans.map((row) => ({ coderId: row.coderId, coderName: row.coderName, value: row.value as number, rationale: row.rationale, confidence: row.confidence, createdAt: row.createdAt }))
    }
  })
}
