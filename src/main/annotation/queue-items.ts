import { ContractFailure } from '../../shared/errors'
import type { OwnScore, QueueItem } from '../../shared/queue-rows'
import type { BiasDimension } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { getArticle } from '../corpus/article-queries'
import { currentScoresSql } from './current-scores'
import { getQueue } from './coding-queues'
import { finalScores } from './final-values'
import { recordJudgment } from './judgments'

/** The queue's article ids in coding order. */
function queueArticleIds(db: Db, queueId: number): number[] {
  return (db.prepare('SELECT article_id AS id FROM coding_queue_items WHERE queue_id = ? ORDER BY position').all(queueId) as { id: number }[]).map((row) => row.id)
}

/** The coder's own current score, rationale and confidence on each dimension of one article. */
function ownScores(db: Db, coderId: number, articleId: number, dimensions: BiasDimension[]): OwnScore[] {
  const latest = db.prepare<[number, number, string], { value: number | null; rationale: string | null; confidence: number | null }>(
    `SELECT value, rationale, confidence FROM judgments WHERE coder_id = ? AND article_id = ? AND dimension = ? AND kind = 'score' ORDER BY id DESC LIMIT 1`
  )
  return dimensions.map((dimension) => ({ dimension, ...(latest.get(coderId, articleId, dimension) ?? { value: null, rationale: null, confidence: null }) }))
}

/** Articles of the queue on which this coder has a current value on every dimension of the queue. */
function completedArticles(db: Db, coderId: number, queueId: number, dimensions: BiasDimension[]): Set<number> {
  const rows = db
    .prepare(
      `SELECT cur.articleId FROM (${currentScoresSql('j.coder_id = ? AND j.article_id IN (SELECT article_id FROM coding_queue_items WHERE queue_id = ?)')}) cur
       WHERE cur.value IS NOT NULL AND cur.dimension IN (SELECT value FROM json_each(?))
       GROUP BY cur.articleId HAVING count(*) = ?`
    )
    .all(coderId, queueId, JSON.stringify(dimensions), dimensions.length) as { articleId: number }[]
  return new Set(rows.map((row) => row.articleId))
}

/**
 * The unit at a position for one coder. Blindness is kept here, not in the view: the machine's
 * values and the other coders' are read only once this coder's own values are all saved.
 */
export function queueItem(db: Db, coderId: number, queueId: number, position: number): QueueItem {
  const queue = getQueue(db, queueId, coderId)
  const ids = queueArticleIds(db, queueId)
  if (ids.length === 0) throw new ContractFailure('not_found', `The queue "${queue.name}" has no articles left (they were deleted).`)
  const articleId = ids[position]
  if (articleId === undefined) throw new ContractFailure('not_found', `The queue "${queue.name}" has ${ids.length} articles; there is no unit ${position + 1}.`)
  const article = getArticle(db, articleId)
  const mine = ownScores(db, coderId, articleId, queue.dimensions)
  const completed = completedArticles(db, coderId, queueId, queue.dimensions)
  const complete = completed.has(articleId)
  const firstIncomplete = ids.findIndex((id) => !completed.has(id))
  return {
    queueId,
    queueName: queue.name,
    dimensions: queue.dimensions,
    position,
    total: ids.length,
    article: { id: article.id, title: article.title, text: article.text, outletName: article.outletName, author: article.author, publishedAt: article.publishedAt, url: article.url },
    mine,
    complete,
    revealed: complete ? finalScores(db, articleId).filter((score) => queue.dimensions.includes(score.dimension)) : null,
    completedByMe: completed.size,
    firstIncomplete: firstIncomplete === -1 ? null : firstIncomplete
  }
}

export interface QueueScoreInput {
  dimension: BiasDimension
  value: number
  rationale?: string | undefined
  confidence?: number | undefined
}

/**
 * Saves the coder's values for one unit of a queue as judgments, in one transaction. A dimension
 * whose value, rationale and confidence are unchanged adds no row, so saving twice (or going back
 * and saving again) leaves the history and the undo stack as they were.
 */
export function saveQueueItem(db: Db, coderId: number, input: { queueId: number; position: number; articleId: number; scores: QueueScoreInput[] }): QueueItem {
  const queue = getQueue(db, input.queueId, coderId)
  const ids = queueArticleIds(db, input.queueId)
  // The position and the article must agree: a stale screen must not save onto another unit.
  if (ids[input.position] !== input.articleId) throw new ContractFailure('invalid_input', `Article ${input.articleId} is not unit ${input.position + 1} of the queue "${queue.name}" (any more).`)
  const outside = input.scores.find((score) => !queue.dimensions.includes(score.dimension))
  if (outside) throw new ContractFailure('invalid_input', `The queue "${queue.name}" does not code ${outside.dimension} bias.`)
  const dimensions = input.scores.map((score) => score.dimension)
  if (new Set(dimensions).size !== dimensions.length) throw new ContractFailure('invalid_input', 'Each dimension can be saved once per unit.')
  db.transaction(() => {
    const before = ownScores(db, coderId, input.articleId, queue.dimensions)
    for (const score of input.scores) {
      const rationale = score.rationale?.trim() || null
      const confidence = score.confidence ?? null
      const current = before.find((own) => own.dimension === score.dimension)
      if (current && current.value === score.value && current.rationale === rationale && current.confidence === confidence) continue
      recordJudgment(db, coderId, { articleId: input.articleId, dimension: score.dimension, value: score.value, rationale: rationale ?? undefined, confidence: score.confidence })
    }
  })()
  return queueItem(db, coderId, input.queueId, input.position)
}
