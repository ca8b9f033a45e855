import { ContractFailure } from '../../shared/errors'
import type { AdjudicationUnit, AdjudicationUnitList, AdjudicationUnitRow } from '../../shared/queue-rows'
import type { BiasDimension } from '../../shared/rows'
import { getArticle } from '../corpus/article-queries'
import type { Db } from '../db/open-database'
import { currentScoresSql } from './current-scores'
import { finalScores } from './final-values'
import { recordJudgment } from './judgments'

/** Units listed at once; the total says how many more there are. */
const UNITS_LISTED = 500

export interface UnitFilter {
  dimension?: BiasDimension | undefined
  /** open: not adjudicated yet; adjudicated: settled; all: both. */
  status: 'open' | 'adjudicated' | 'all'
  queueId?: number | undefined
}

/**
 * Units (article and dimension) where two or more coders hold different current values, widest
 * disagreement first. Each carries the value the final-value rule reports now and its source, so
 * the list says which units an adjudication has settled.
 */
export function adjudicationUnits(db: Db, filter: UnitFilter): AdjudicationUnitList {
  const conditions = ['1']
  const params: unknown[] = []
  if (filter.queueId !== undefined) {
    conditions.push('j.article_id IN (SELECT article_id FROM coding_queue_items WHERE queue_id = ?)')
    params.push(filter.queueId)
  }
  if (filter.dimension !== undefined) {
    conditions.push('j.dimension = ?')
    params.push(filter.dimension)
  }
  const disputed = db
    .prepare(
      `SELECT cur.articleId, cur.dimension, max(cur.value) - min(cur.value) AS spread FROM (${currentScoresSql(conditions.join(' AND '))}) cur
       WHERE cur.value IS NOT NULL GROUP BY cur.articleId, cur.dimension HAVING count(*) >= 2 AND min(cur.value) < max(cur.value)
       ORDER BY spread DESC, cur.articleId, cur.dimension`
    )
    .all(...params) as { articleId: number; dimension: BiasDimension; spread: number }[]
  const article = db.prepare<[number], { title: string; outletName: string | null }>(
    'SELECT a.title, o.name AS outletName FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?'
  )
  const finals = new Map<number, ReturnType<typeof finalScores>>()
  const units: AdjudicationUnitRow[] = []
  let total = 0
  for (const unit of disputed) {
    const scores = finals.get(unit.articleId) ?? finalScores(db, unit.articleId)
    finals.set(unit.articleId, scores)
    const score = scores.find((candidate) => candidate.dimension === unit.dimension)
    if (!score) continue
    const settled = score.adjudication !== null
    if ((filter.status === 'open' && settled) || (filter.status === 'adjudicated' && !settled)) continue
    total += 1
    if (units.length >= UNITS_LISTED) continue
    const found = article.get(unit.articleId)
    units.push({
      articleId: unit.articleId,
      title: found?.title ?? '',
      outletName: found?.outletName ?? null,
      dimension: unit.dimension,
      values: score.humans.map((human) => ({ coderName: human.coderName, value: human.value })),
      spread: unit.spread,
      finalValue: score.value,
      source: score.source
    })
  }
  return { total, units }
}

/** One unit with every coder's value and rationale side by side, the machine's, and the final value with its source. */
export function adjudicationUnit(db: Db, articleId: number, dimension: BiasDimension): AdjudicationUnit {
  const article = getArticle(db, articleId)
  const score = finalScores(db, articleId).find((candidate) => candidate.dimension === dimension)
  if (!score) throw new ContractFailure('invalid_input', `Unknown dimension ${dimension}.`)
  return {
    article: { id: article.id, title: article.title, text: article.text, outletName: article.outletName, author: article.author, publishedAt: article.publishedAt, url: article.url },
    dimension,
    score,
    disagreement: new Set(score.humans.map((human) => human.value)).size > 1
  }
}

/**
 * Records the adjudicator's final value with the note that justifies it, as an append-only
 * adjudication judgment (so it has a history and can be undone like any other edit).
 */
export function adjudicate(db: Db, adjudicatorId: number, input: { articleId: number; dimension: BiasDimension; value: number; note: string }): AdjudicationUnit {
  const note = input.note.trim()
  if (!note) throw new ContractFailure('invalid_input', 'An adjudication needs a note saying why this value was chosen.')
  const before = finalScores(db, input.articleId).find((candidate) => candidate.dimension === input.dimension)
  if (!before || before.humans.length === 0) throw new ContractFailure('invalid_input', `Nobody has coded ${input.dimension} bias on article ${input.articleId}: there is nothing to adjudicate.`)
  recordJudgment(db, adjudicatorId, { articleId: input.articleId, dimension: input.dimension, kind: 'adjudication', value: input.value, rationale: note })
  return adjudicationUnit(db, input.articleId, input.dimension)
}
