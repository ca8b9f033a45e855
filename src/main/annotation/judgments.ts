import { randomUUID } from 'node:crypto'
import type { BiasDimension, JudgmentRow } from '../../shared/rows'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'

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
        'INSERT INTO judgments (uid, article_id, coder_id, dimension, kind, action, value, rationale, confidence, replaces_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      )
      .run(randomUUID(), row.articleId, row.coderId, row.dimension, row.kind, row.action, row.value, row.rationale, row.confidence, row.replacesId).lastInsertRowid
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

/**
 * The coder's undo and redo stacks, replayed from their rows: an edit goes on the undo stack and
 * empties the redo stack; an undo moves its row to the redo stack; a redo goes back on the undo stack.
 */
function stacks(db: Db, coderId: number): { undo: StoredJudgment[]; redo: StoredJudgment[] } {
  const rows = db
    .prepare(
      `SELECT id, article_id AS articleId, coder_id AS coderId, dimension, kind, action, value, rationale, confidence, replaces_id AS replacesId
       FROM judgments WHERE coder_id = ? ORDER BY id`
    )
    .all(coderId) as StoredJudgment[]
  const undo: StoredJudgment[] = []
  const redo: StoredJudgment[] = []
  for (const row of rows) {
    if (row.action === 'edit') {
      undo.push(row)
      redo.length = 0
    } else if (row.action === 'undo') {
      undo.pop()
      redo.push(row)
    } else {
      redo.pop()
      undo.push(row)
    }
  }
  return { undo, redo }
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

/** Undoes the coder's most recent edit (or redo) by recording the value it replaced; null when nothing is left to undo. */
export function undoJudgment(db: Db, coderId: number): JudgmentRow | null {
  return db.transaction(() => {
    const target = stacks(db, coderId).undo.at(-1)
    if (!target) return null
    return insert(db, { ...target, ...valueBefore(db, target), action: 'undo', replacesId: target.id })
  })()
}

/** Redoes the coder's most recently undone change; null when nothing is left to redo. */
export function redoJudgment(db: Db, coderId: number): JudgmentRow | null {
  return db.transaction(() => {
    const undone = stacks(db, coderId).redo.at(-1)
    if (!undone || undone.replacesId === null) return null
    const original = db
      .prepare('SELECT value, rationale, confidence FROM judgments WHERE id = ?')
      .get(undone.replacesId) as { value: number | null; rationale: string | null; confidence: number | null }
    return insert(db, { ...undone, ...original, action: 'redo', replacesId: undone.id })
  })()
}
