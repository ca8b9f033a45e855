import { randomUUID } from 'node:crypto'
import type { LabelJudgmentRow, LabelScheme } from '../../shared/rows'
import type { LabelEdit } from '../../shared/label-schemas'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'
import { nextEditTime } from './edit-clock'

/**
 * Goals and frames coded by hand. Each row sets one coder's whole state for one label on one article
 * (present or removed, direction, relevance, primary, rationale), so the coder's current set is the
 * newest row per label, and undoing a row means recording the state that label had before it.
 */
interface StoredLabel {
  id: number
  articleId: number
  coderId: number
  scheme: LabelScheme
  label: string
  kind: 'label' | 'adjudication'
  action: 'edit' | 'undo' | 'redo'
  present: 0 | 1 | null
  direction: 'positive' | 'negative' | null
  relevance: 'direct' | 'indirect' | null
  primary: 0 | 1
  rationale: string | null
  replacesId: number | null
}

type LabelState = Pick<StoredLabel, 'present' | 'direction' | 'relevance' | 'primary' | 'rationale'>

const STORED_COLUMNS = `l.id, l.article_id AS articleId, l.coder_id AS coderId, l.scheme, l.label, l.kind, l.action, l.present, l.direction, l.relevance,
  l.is_primary AS "primary", l.rationale, l.replaces_id AS replacesId`

const ROW_SELECT = `SELECT ${STORED_COLUMNS}, l.created_at AS createdAt, c.name AS coderName, c.initials AS coderInitials, c.colour AS coderColour
  FROM label_judgments l JOIN coders c ON c.id = l.coder_id`

type RawRow = Omit<LabelJudgmentRow, 'present' | 'primary'> & { present: 0 | 1 | null; primary: 0 | 1 }

function toRow(raw: RawRow): LabelJudgmentRow {
  return { ...raw, present: raw.present === null ? null : raw.present === 1, primary: raw.primary === 1 }
}

function getLabelJudgment(db: Db, id: number): LabelJudgmentRow {
  return toRow(db.prepare(`${ROW_SELECT} WHERE l.id = ?`).get(id) as RawRow)
}

function insert(db: Db, row: Omit<StoredLabel, 'id'>): LabelJudgmentRow {
  const id = Number(
    db
      .prepare(
        `INSERT INTO label_judgments (uid, article_id, coder_id, scheme, label, kind, action, present, direction, relevance, is_primary, rationale, replaces_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        randomUUID(),
        row.articleId,
        row.coderId,
        row.scheme,
        row.label,
        row.kind,
        row.action,
        row.present,
        row.direction,
        row.relevance,
        row.primary,
        row.rationale,
        row.replacesId,
        nextEditTime(db, row.coderId)
      ).lastInsertRowid
  )
  return getLabelJudgment(db, id)
}

/** Records the coder's goal or frame edit as a new row; nothing earlier changes. */
export function recordLabel(db: Db, coderId: number, edit: LabelEdit): LabelJudgmentRow {
  if (!db.prepare('SELECT 1 FROM articles WHERE id = ?').get(edit.articleId)) throw new ContractFailure('not_found', `There is no article ${edit.articleId}.`)
  const common = { articleId: edit.articleId, coderId, kind: edit.kind ?? 'label', action: 'edit' as const, rationale: edit.rationale?.trim() || null, replacesId: null }
  if (edit.scheme === 'sdg') {
    if (edit.present && (edit.direction === undefined || edit.relevance === undefined)) {
      throw new ContractFailure('invalid_input', 'A goal the article has needs its direction (positive or negative) and relevance (direct or indirect).')
    }
    return insert(db, {
      ...common,
      scheme: 'sdg',
      label: String(edit.goal),
      present: edit.present ? 1 : 0,
      direction: edit.present ? (edit.direction ?? null) : null,
      relevance: edit.present ? (edit.relevance ?? null) : null,
      primary: 0
    })
  }
  if (!edit.present && edit.primary) throw new ContractFailure('invalid_input', 'A removed frame cannot be the primary one.')
  return insert(db, { ...common, scheme: 'frame', label: edit.frame, present: edit.present ? 1 : 0, direction: null, relevance: null, primary: edit.primary ? 1 : 0 })
}

/** Every goal and frame judgment on an article, newest first: who changed what, and when. */
export function labelHistory(db: Db, articleId: number): LabelJudgmentRow[] {
  return (db.prepare(`${ROW_SELECT} WHERE l.article_id = ? ORDER BY l.id DESC`).all(articleId) as RawRow[]).map(toRow)
}

function storedLabel(db: Db, id: number): StoredLabel {
  const row = db.prepare(`SELECT ${STORED_COLUMNS} FROM label_judgments l WHERE l.id = ?`).get(id) as StoredLabel | undefined
  if (!row) throw new ContractFailure('not_found', `There is no label judgment ${id}.`)
  return row
}

/** The coder's state of the row's label just before that row: their previous row for it, or none (withdrawn). */
function stateBefore(db: Db, row: StoredLabel): LabelState {
  const before = db
    .prepare(
      `SELECT l.present, l.direction, l.relevance, l.is_primary AS "primary", l.rationale FROM label_judgments l
       WHERE l.coder_id = ? AND l.article_id = ? AND l.scheme = ? AND l.label = ? AND l.kind = ? AND l.id < ? ORDER BY l.id DESC LIMIT 1`
    )
    .get(row.coderId, row.articleId, row.scheme, row.label, row.kind, row.id) as LabelState | undefined
  return before ?? { present: null, direction: null, relevance: null, primary: 0, rationale: null }
}

/** Undoes one label row (the top of its coder's undo stack, see edit-stack.ts) by recording the state it replaced. */
export function undoLabelRow(db: Db, id: number): LabelJudgmentRow {
  const target = storedLabel(db, id)
  return insert(db, { ...target, ...stateBefore(db, target), action: 'undo', replacesId: target.id })
}

/** Redoes one undo row by recording again the state it took back. */
export function redoLabelRow(db: Db, undoId: number): LabelJudgmentRow | null {
  const undone = storedLabel(db, undoId)
  if (undone.replacesId === null) return null
  const original = storedLabel(db, undone.replacesId)
  const state: LabelState = { present: original.present, direction: original.direction, relevance: original.relevance, primary: original.primary, rationale: original.rationale }
  return insert(db, { ...undone, ...state, action: 'redo', replacesId: undone.id })
}
