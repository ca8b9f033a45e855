import { randomUUID } from 'node:crypto'
import type { BiasDimension, JudgmentRow } from '../../shared/rows'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'
import { nextEditTime } from './edit-clock'

export type JudgmentKind = 'score' | 'adjudication'

interface StoredJudgment {
  id: number
  articleId: number
  coderId: number
  dimension: BiasDimension
  kind: JudgmentKind
  action: 'edit' | 'undo' | 'redo'
  value: number | null
  rationale: string | null
  confidence: number | null
  replacesId: number | null
}

const JUDGMENT_SELECT = `SELECT j.id, j.article_id AS articleId, j.coder_id AS coderId, c.name AS coderName, c.initials AS coderInitials, c.colour AS coderColour,
  j.dimension, j.kind, j.action, j.value, j.rationale, j.confidence, j.replaces_id AS replacesId, j.created_at AS createdAt
  FROM judgments j JOIN coders c ON c.id = j.coder_id`

function getJudgment(db: Db, id: number): JudgmentRow {
  return db.prepare(`${JUDGMENT_SELECT} WHERE j.id = ?`).get(id) as JudgmentRow
}

function insert(db: Db, row: Omit<StoredJudgment, 'id'>): JudgmentRow {
  const id = Number(
    db
      .prepare(
        'INSERT INTO judgments (uid, article_id, coder_id, dimension, kind, action, value, rationale, confidence, replaces_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      )
      .run(randomUUID(), row.articleId, row.coderId, row.dimension, row.kind, row.action, row.value, row.rationale, row.confidence, row.replacesId, nextEditTime(db, row.coderId))
      .lastInsertRowid
  )
  return getJudgment(db, id)
}

export interface JudgmentInput {
  articleId: number
  dimension: BiasDimension
  kind?: JudgmentKind | undefined
  value: number
  rationale?: string | undefined
  confidence?: number | undefined
}

/** Records a coder's value (or an adjudicator's final value) as a new row; nothing earlier changes. */
export function recordJudgment(db: Db, coderId: number, input: JudgmentInput): JudgmentRow {
  if (!db.prepare('SELECT 1 FROM articles WHERE id = ?').get(input.articleId)) throw new ContractFailure('not_found', `There is no article ${input.articleId}.`)
  return insert(db, {
    articleId: input.articleId,
    coderId,
    dimension: input.dimension,
    kind: input.kind ?? 'score',
    action: 'edit',
    value: input.value,
    rationale: input.rationale?.trim() || null,
    confidence: input.confidence ?? null,
    replacesId: null
  })
}

/** Every judgment on an article, newest first: who set what, when, and which were undone. */
export function judgmentHistory(db: Db, articleId: number): JudgmentRow[] {
  return db.prepare(`${JUDGMENT_SELECT} WHERE j.article_id = ? ORDER BY j.id DESC`).all(articleId) as JudgmentRow[]
}

function storedJudgment(db: Db, id: number): StoredJudgment {
  return db
    .prepare(
      `SELECT id, article_id AS articleId, coder_id AS coderId, dimension, kind, action, value, rationale, confidence, replaces_id AS replacesId
       FROM judgments WHERE id = ?`
    )
    .get(id) as StoredJudgment
}

/** The coder's value for the row's article, dimension and kind just before that row. */
function valueBefore(db: Db, row: StoredJudgment): { value: number | null; rationale: string | null; confidence: number | null } {
  const before = db
    .prepare(
      `SELECT value, rationale, confidence FROM judgments WHERE coder_id = ? AND article_id = ? AND dimension = ? AND kind = ? AND id < ?
       ORDER BY id DESC LIMIT 1`
    )
    .get(row.coderId, row.articleId, row.dimension, row.kind, row.id) as { value: number | null; rationale: string | null; confidence: number | null } | undefined
  return before ?? { value: null, rationale: null, confidence: null }
}

/**
 * Undoes one score row (the top of its coder's undo stack, see edit-stack.ts) by recording the value
 * it replaced.
 */
export function undoScoreRow(db: Db, id: number): JudgmentRow {
  const target = storedJudgment(db, id)
  return insert(db, { ...target, ...valueBefore(db, target), action: 'undo', replacesId: target.id })
}

/** Redoes one undo row (the top of its coder's redo stack) by recording again the value it took back. */
export function redoScoreRow(db: Db, undoId: number): JudgmentRow | null {
  const undone = storedJudgment(db, undoId)
  if (undone.replacesId === null) return null
  const original = db.prepare('SELECT value, rationale, confidence FROM judgments WHERE id = ?').get(undone.replacesId) as { value: number | null; rationale: string | null; confidence: number | null }
  return insert(db, { ...undone, ...original, action: 'redo', replacesId: undone.id })
}
