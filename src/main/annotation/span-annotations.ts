import { randomUUID } from 'node:crypto'
import type { ArticleSpans, CoderSpanRow, MachineVerdictRow, SpanJudgmentRow } from '../../shared/rows'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'
import { nextEditTime } from './edit-clock'
import { checkSpanOffsets } from './span-offsets'
import { findSpanLabel } from './span-labels'

/** A span judgment as stored: the row the contract returns, without the coder's details and the time. */
type StoredSpanJudgment = Omit<SpanJudgmentRow, 'uid' | 'coderName' | 'coderInitials' | 'coderColour' | 'createdAt'>

/** What a coder can do to a span; every action appends one row. */
export type SpanAction =
  | { action: 'mark'; articleId: number; start: number; end: number; quote: string; label: string; note?: string | undefined; suggestion?: string | undefined }
  | { action: 'edit'; articleId: number; spanKey: string; label: string; note?: string | undefined; suggestion?: string | undefined }
  | { action: 'remove'; articleId: number; spanKey: string }
  | { action: 'accept' | 'reject'; articleId: number; start: number; end: number; kind: string; note?: string | undefined; runId?: number | undefined }

const STORED_COLUMNS = `s.id, s.article_id AS articleId, s.coder_id AS coderId, s.span_key AS spanKey, s.origin, s.action, s.state,
  s.start_offset AS start, s.end_offset AS "end", s.quote, s.label, s.note, s.suggestion, s.machine_kind AS machineKind,
  s.machine_run_id AS machineRunId, s.replaces_id AS replacesId`

const ROW_SELECT = `SELECT ${STORED_COLUMNS}, s.uid, s.created_at AS createdAt, c.name AS coderName, c.initials AS coderInitials, c.colour AS coderColour
  FROM span_judgments s JOIN coders c ON c.id = s.coder_id`

/** The key of a machine span: its offsets and kind, not a run, so a verdict outlives re-analysis. */
export const machineSpanKey = (start: number, end: number, kind: string) => `machine:${start}:${end}:${kind}`

function getRow(db: Db, id: number): SpanJudgmentRow {
  return db.prepare(`${ROW_SELECT} WHERE s.id = ?`).get(id) as SpanJudgmentRow
}

function insert(db: Db, row: Omit<StoredSpanJudgment, 'id'>): SpanJudgmentRow {
  const id = db
    .prepare(
      `INSERT INTO span_judgments (uid, article_id, coder_id, span_key, origin, action, state, start_offset, end_offset, quote, label, note, suggestion, machine_kind, machine_run_id, replaces_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      randomUUID(),
      row.articleId,
      row.coderId,
      row.spanKey,
      row.origin,
      row.action,
      row.state,
      row.start,
      row.end,
      row.quote,
      row.label,
      row.note,
      row.suggestion,
      row.machineKind,
      row.machineRunId,
      row.replacesId,
      nextEditTime(db, row.coderId)
    ).lastInsertRowid
  return getRow(db, Number(id))
}

function articleText(db: Db, articleId: number): string {
  const article = db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string } | undefined
  if (!article) throw new ContractFailure('not_found', `There is no article ${articleId}.`)
  return article.text
}

/** The coder's latest row for a span, or undefined when they never touched it. */
function latestFor(db: Db, coderId: number, articleId: number, spanKey: string, beforeId = Number.MAX_SAFE_INTEGER): StoredSpanJudgment | undefined {
  return db
    .prepare(`SELECT ${STORED_COLUMNS} FROM span_judgments s WHERE s.coder_id = ? AND s.article_id = ? AND s.span_key = ? AND s.id < ? ORDER BY s.id DESC LIMIT 1`)
    .get(coderId, articleId, spanKey, beforeId) as StoredSpanJudgment | undefined
}

const cleaned = (value: string | undefined) => value?.trim() || null

function knownLabel(db: Db, label: string): string {
  const found = findSpanLabel(db, label)
  if (!found) throw new ContractFailure('invalid_input', `There is no span label "${label.trim()}"; add it in Settings → Span labels first.`)
  return found.name
}

/** The coder's own span, still marked: only its author edits or removes a span. */
function ownMarkedSpan(db: Db, coderId: number, articleId: number, spanKey: string): StoredSpanJudgment {
  const latest = latestFor(db, coderId, articleId, spanKey)
  if (!latest || latest.origin !== 'coder') throw new ContractFailure('not_found', `You have no span ${spanKey} on article ${articleId}; only a span's own coder can change it.`)
  if (latest.state !== 'marked') throw new ContractFailure('invalid_input', `The span "${latest.quote}" was removed; undo the removal to change it again.`)
  return latest
}

/** Records one span action as a new row; nothing earlier changes. */
export function recordSpan(db: Db, coderId: number, input: SpanAction): SpanJudgmentRow {
  return db.transaction(() => {
    const text = articleText(db, input.articleId)
    const base = { articleId: input.articleId, coderId, action: 'edit' as const, replacesId: null, machineKind: null, machineRunId: null }
    switch (input.action) {
      case 'mark': {
        checkSpanOffsets(text, input.start, input.end, input.quote)
        return insert(db, {
          ...base,
          spanKey: randomUUID(),
          origin: 'coder',
          state: 'marked',
          start: input.start,
          end: input.end,
          quote: input.quote,
          label: knownLabel(db, input.label),
          note: cleaned(input.note),
          suggestion: cleaned(input.suggestion)
        })
      }
      case 'edit': {
        const span = ownMarkedSpan(db, coderId, input.articleId, input.spanKey)
        return insert(db, { ...span, ...base, label: knownLabel(db, input.label), note: cleaned(input.note), suggestion: cleaned(input.suggestion) })
      }
      case 'remove': {
        const span = ownMarkedSpan(db, coderId, input.articleId, input.spanKey)
        return insert(db, { ...span, ...base, state: 'removed' })
      }
      case 'accept':
      case 'reject': {
        const evidence = db
          .prepare(
            `SELECT e.run_id AS runId, e.label, e.suggestion FROM article_evidence e WHERE e.article_id = ? AND e.start_offset = ? AND e.end_offset = ? AND e.kind = ?
             ORDER BY (e.run_id = ?) DESC, e.run_id DESC LIMIT 1`
          )
          .get(input.articleId, input.start, input.end, input.kind, input.runId ?? -1) as { runId: number; label: string; suggestion: string | null } | undefined
        if (!evidence) {
          throw new ContractFailure('not_found', `No analysis found a ${input.kind.replace('_', ' ')} at ${input.start}-${input.end} in article ${input.articleId}, so there is nothing to ${input.action}.`)
        }
        return insert(db, {
          ...base,
          spanKey: machineSpanKey(input.start, input.end, input.kind),
          origin: 'machine',
          state: input.action === 'accept' ? 'accepted' : 'rejected',
          start: input.start,
          end: input.end,
          quote: text.slice(input.start, input.end),
          label: evidence.label,
          note: cleaned(input.note),
          suggestion: evidence.suggestion,
          machineKind: input.kind,
          machineRunId: evidence.runId
        })
      }
    }
  })()
}

/** Every coder's current spans and verdicts on an article (each span's latest row), and its whole history. */
export function articleSpans(db: Db, articleId: number): ArticleSpans {
  const current = db
    .prepare(
      `${ROW_SELECT} WHERE s.article_id = ? AND s.id = (SELECT max(t.id) FROM span_judgments t WHERE t.article_id = s.article_id AND t.span_key = s.span_key AND t.coder_id = s.coder_id)
       ORDER BY s.start_offset, s.end_offset, s.id`
    )
    .all(articleId) as SpanJudgmentRow[]
  const colours = new Map((db.prepare('SELECT name, colour FROM span_labels').all() as { name: string; colour: string }[]).map((label) => [label.name.toLowerCase(), label.colour]))
  const spans: CoderSpanRow[] = []
  const verdicts: MachineVerdictRow[] = []
  for (const row of current) {
    const who = { spanKey: row.spanKey, coderId: row.coderId, coderName: row.coderName, coderInitials: row.coderInitials, coderColour: row.coderColour, start: row.start, end: row.end, note: row.note, createdAt: row.createdAt }
    if (row.state === 'marked') spans.push({ ...who, quote: row.quote, label: row.label, labelColour: colours.get(row.label.toLowerCase()) ?? null, suggestion: row.suggestion })
    else if (row.state === 'accepted' || row.state === 'rejected') verdicts.push({ ...who, kind: row.machineKind ?? '', verdict: row.state })
  }
  const history = db.prepare(`${ROW_SELECT} WHERE s.article_id = ? ORDER BY s.id DESC`).all(articleId) as SpanJudgmentRow[]
  return { spans, verdicts, history }
}

/** The span's state just before a row: the coder's previous row for it, or none (unmarked, or no verdict). */
function stateBefore(db: Db, row: StoredSpanJudgment): Pick<StoredSpanJudgment, 'state' | 'start' | 'end' | 'quote' | 'label' | 'note' | 'suggestion' | 'machineRunId'> {
  const before = latestFor(db, row.coderId, row.articleId, row.spanKey, row.id)
  if (before) return before
  return { ...row, state: row.origin === 'coder' ? 'removed' : 'open', note: row.origin === 'coder' ? row.note : null }
}

function storedRow(db: Db, id: number): StoredSpanJudgment {
  const row = db.prepare(`SELECT ${STORED_COLUMNS} FROM span_judgments s WHERE s.id = ?`).get(id) as StoredSpanJudgment | undefined
  if (!row) throw new ContractFailure('not_found', `There is no span judgment ${id}.`)
  return row
}

/** Undoes one span row (an edit or a redo; the top of the coder's undo stack, see edit-stack.ts) by recording the state it replaced. */
export function undoSpanRow(db: Db, id: number): SpanJudgmentRow {
  const target = storedRow(db, id)
  return insert(db, { ...target, ...stateBefore(db, target), action: 'undo', replacesId: target.id })
}

/** Redoes one undo row by recording again the state it took back. */
export function redoSpanRow(db: Db, undoId: number): SpanJudgmentRow | null {
  const undone = storedRow(db, undoId)
  if (undone.replacesId === null) return null
  return insert(db, { ...storedRow(db, undone.replacesId), action: 'redo', replacesId: undone.id })
}
