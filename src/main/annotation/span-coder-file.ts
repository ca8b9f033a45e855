import { z } from 'zod'
import { ContractFailure } from '../../shared/errors'
import type { CoderMergeResult } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { machineSpanKey } from './span-annotations'
import { ensureSpanLabel } from './span-labels'
import { checkSpanOffsets, reanchorSpan } from './span-offsets'

/**
 * A coder's span judgments in their coder file (coder-file.ts carries the rest). Each keeps its uid,
 * so a second merge adds nothing, and its quoted text, so it is found again in a corpus whose copy of
 * the article differs (a re-import with other whitespace or a corrected paragraph).
 */
const uid = z.string().min(8).max(64)

export const spanJudgmentFileSchema = z
  .object({
    uid,
    replacesUid: uid.nullable(),
    spanKey: z.string().min(1).max(200),
    origin: z.enum(['coder', 'machine']),
    action: z.enum(['edit', 'undo', 'redo']),
    state: z.enum(['marked', 'removed', 'accepted', 'rejected', 'open']),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1).max(100_000),
    label: z.string().min(1).max(200),
    labelColour: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable(),
    note: z.string().max(5000).nullable(),
    suggestion: z.string().max(5000).nullable(),
    machineKind: z.string().max(60).nullable(),
    createdAt: z.string().max(40),
    article: z.object({ externalId: z.string().nullable(), canonicalUrl: z.string().nullable(), contentHash: z.string().min(1), title: z.string() })
  })
  .refine((span) => (span.origin === 'coder' ? span.state === 'marked' || span.state === 'removed' : span.state !== 'marked' && span.state !== 'removed' && span.machineKind !== null), {
    message: "a coder's span is marked or removed; a machine span has a kind and is accepted, rejected or open"
  })

export type SpanJudgmentFileItem = z.infer<typeof spanJudgmentFileSchema>
type FileArticle = SpanJudgmentFileItem['article']

export function exportSpanJudgments(db: Db, coderId: number): SpanJudgmentFileItem[] {
  const rows = db
    .prepare(
      `SELECT s.uid, r.uid AS replacesUid, s.span_key AS spanKey, s.origin, s.action, s.state, s.start_offset AS start, s.end_offset AS "end", s.quote,
         s.label, l.colour AS labelColour, s.note, s.suggestion, s.machine_kind AS machineKind, s.created_at AS createdAt,
         a.external_id AS externalId, a.canonical_url AS canonicalUrl, a.content_hash AS contentHash, a.title
       FROM span_judgments s JOIN articles a ON a.id = s.article_id LEFT JOIN span_judgments r ON r.id = s.replaces_id
         LEFT JOIN span_labels l ON l.name = s.label COLLATE NOCASE
       WHERE s.coder_id = ? ORDER BY s.id`
    )
    .all(coderId) as (Omit<SpanJudgmentFileItem, 'article'> & FileArticle)[]
  return rows.map(({ externalId, canonicalUrl, contentHash, title, ...span }) => ({ ...span, article: { externalId, canonicalUrl, contentHash, title } }))
}

/**
 * Adds the span judgments not merged before to the coder's, inside the caller's transaction, counting
 * them in the merge result. findArticle matches an article as the score judgments are matched.
 */
export function mergeSpanJudgments(
  db: Db,
  coderId: number,
  spans: SpanJudgmentFileItem[],
  findArticle: (article: FileArticle) => { id: number } | { reason: string },
  result: CoderMergeResult
): void {
  const known = db.prepare<[string], { id: number }>('SELECT id FROM span_judgments WHERE uid = ?')
  const textOf = db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO span_judgments (uid, article_id, coder_id, span_key, origin, action, state, start_offset, end_offset, quote, label, note, suggestion, machine_kind, replaces_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  for (const span of spans) {
    if (known.get(span.uid)) {
      result.alreadyMerged++
      continue
    }
    const found = findArticle(span.article)
    if ('reason' in found) {
      result.unmatched.push({ title: span.article.title, reason: found.reason })
      continue
    }
    const text = textOf.get(found.id)?.text ?? ''
    const anchored = reanchorSpan(text, span.start, span.quote)
    const valid = anchored !== null && isValid(text, anchored.start, anchored.end, span.quote)
    if (!anchored || !valid) {
      result.unmatched.push({ title: span.article.title, reason: `the span "${span.quote.slice(0, 60)}" is not in this corpus's copy of the article` })
      continue
    }
    // A machine span is named by its offsets, which may have moved with the text.
    const spanKey = span.origin === 'machine' ? machineSpanKey(anchored.start, anchored.end, span.machineKind ?? '') : span.spanKey
    if (span.origin === 'coder') ensureSpanLabel(db, span.label, span.labelColour ?? '#868e96')
    const replacesId = span.replacesUid ? (known.get(span.replacesUid)?.id ?? null) : null
    insert.run(span.uid, found.id, coderId, spanKey, span.origin, span.action, span.state, anchored.start, anchored.end, span.quote, span.label, span.note, span.suggestion, span.machineKind, replacesId, span.createdAt)
    result.added++
  }
}

function isValid(text: string, start: number, end: number, quote: string): boolean {
  try {
    checkSpanOffsets(text, start, end, quote)
    return true
  } catch (error) {
    if (error instanceof ContractFailure) return false
    throw error
  }
}
