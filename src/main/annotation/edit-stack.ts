import type { CodingStepRow, JudgmentRow } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { redoScoreRow, undoScoreRow } from './judgments'
import { redoLabelRow, undoLabelRow } from './label-judgments'
import { redoSpanRow, undoSpanRow } from './span-annotations'

/**
 * One undo stack per coder across every kind of hand coding: Ctrl+Z undoes the coder's most recent
 * edit whether it set a score, a goal or frame, or a span. Each kind keeps its rows in its own
 * append-only table; the stack is replayed from all of them in time order (edit-clock.ts keeps one
 * coder's stamps strictly increasing), the same way judgments.ts once replayed scores alone: an edit
 * goes on the undo stack and empties the redo stack, an undo moves its row to the redo stack, a redo
 * goes back on the undo stack.
 */
export type EditSource = 'score' | 'label' | 'span'
type Source = EditSource

interface StackRow {
  source: Source
  id: number
  action: 'edit' | 'undo' | 'redo'
}

const TABLES: Record<Source, string> = { score: 'judgments', label: 'label_judgments', span: 'span_judgments' }

function stacks(db: Db, coderId: number): { undo: StackRow[]; redo: StackRow[] } {
  const union = (Object.entries(TABLES) as [Source, string][])
    .map(([source]) => `SELECT '${source}' AS source, id, action, created_at FROM ${TABLES[source]} WHERE coder_id = @coderId`)
    .join(' UNION ALL ')
  // Rows of one table keep their own order; a tie in time between tables (rows made before the
  // edit clock existed) falls back to scores, then labels, then spans.
  const rows = db
    .prepare(`SELECT source, id, action FROM (${union}) ORDER BY created_at, CASE source WHEN 'score' THEN 0 WHEN 'label' THEN 1 ELSE 2 END, id`)
    .all({ coderId }) as StackRow[]
  const undo: StackRow[] = []
  const redo: StackRow[] = []
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

/**
 * Undoes the coder's most recent edit (or redo), whatever it changed; null when nothing is left to
 * undo. With `only`, nothing happens (null) unless that edit is of that kind: for callers that know
 * scores alone, so they never skip over a newer edit of another kind.
 */
export function undoEdit(db: Db, coderId: number, only?: Source): CodingStepRow | null {
  return db.transaction((): CodingStepRow | null => {
    const target = stacks(db, coderId).undo.at(-1)
    if (!target || (only !== undefined && target.source !== only)) return null
    if (target.source === 'score') return { kind: 'score', judgment: undoScoreRow(db, target.id) }
    if (target.source === 'label') return { kind: 'label', label: undoLabelRow(db, target.id) }
    return { kind: 'span', span: undoSpanRow(db, target.id) }
  })()
}

/** Redoes the coder's most recently undone change; null when nothing is left to redo. `only` as for undoEdit. */
export function redoEdit(db: Db, coderId: number, only?: Source): CodingStepRow | null {
  return db.transaction((): CodingStepRow | null => {
    const undone = stacks(db, coderId).redo.at(-1)
    if (!undone || (only !== undefined && undone.source !== only)) return null
    if (undone.source === 'score') {
      const judgment = redoScoreRow(db, undone.id)
      return judgment ? { kind: 'score', judgment } : null
    }
    if (undone.source === 'label') {
      const label = redoLabelRow(db, undone.id)
      return label ? { kind: 'label', label } : null
    }
    const span = redoSpanRow(db, undone.id)
    return span ? { kind: 'span', span } : null
  })()
}

/** The score a step changed, for callers that know scores alone. */
export function scoreOf(step: CodingStepRow | null): JudgmentRow | null {
  return step?.kind === 'score' ? step.judgment : null
}
