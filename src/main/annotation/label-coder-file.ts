import { z } from 'zod'
import type { CoderMergeResult } from '../../shared/rows'
import { POLICY_FRAMES } from '../../shared/labels'
import type { Db } from '../db/open-database'

/**
 * A coder's goal and frame judgments in their coder file (coder-file.ts carries the rest). Each keeps
 * its uid, so a second merge adds nothing, and the uid of the row it undoes or redoes, so the chain
 * survives the move.
 */
const uid = z.string().min(8).max(64)

export const labelJudgmentFileSchema = z
  .object({
    uid,
    replacesUid: uid.nullable(),
    scheme: z.enum(['sdg', 'frame']),
    label: z.string().min(1).max(100),
    kind: z.enum(['label', 'adjudication']),
    action: z.enum(['edit', 'undo', 'redo']),
    present: z.boolean().nullable(),
    direction: z.enum(['positive', 'negative']).nullable(),
    relevance: z.enum(['direct', 'indirect']).nullable(),
    primary: z.boolean(),
    rationale: z.string().max(5000).nullable(),
    createdAt: z.string().max(40),
    article: z.object({ externalId: z.string().nullable(), canonicalUrl: z.string().nullable(), contentHash: z.string().min(1), title: z.string() })
  })
  .refine((item) => (item.scheme === 'sdg' ? /^(?:[1-9]|1[0-7])$/.test(item.label) : (POLICY_FRAMES as readonly string[]).includes(item.label)), {
    message: 'a goal is a number from 1 to 17 and a frame one of the 15 Policy Frames',
    path: ['label']
  })

export type LabelJudgmentFileItem = z.infer<typeof labelJudgmentFileSchema>
type FileArticle = LabelJudgmentFileItem['article']

export function exportLabelJudgments(db: Db, coderId: number): LabelJudgmentFileItem[] {
  const rows = db
    .prepare(
      `SELECT l.uid, r.uid AS replacesUid, l.scheme, l.label, l.kind, l.action, l.present, l.direction, l.relevance, l.is_primary AS "primary", l.rationale,
         l.created_at AS createdAt, a.external_id AS externalId, a.canonical_url AS canonicalUrl, a.content_hash AS contentHash, a.title
       FROM label_judgments l JOIN articles a ON a.id = l.article_id LEFT JOIN label_judgments r ON r.id = l.replaces_id
       WHERE l.coder_id = ? ORDER BY l.id`
    )
    .all(coderId) as (Omit<LabelJudgmentFileItem, 'article' | 'present' | 'primary'> & { present: 0 | 1 | null; primary: 0 | 1 } & FileArticle)[]
  return rows.map(({ externalId, canonicalUrl, contentHash, title, present, primary, ...label }) => ({
    ...label,
    present: present === null ? null : present === 1,
    primary: primary === 1,
    article: { externalId, canonicalUrl, contentHash, title }
  }))
}

/**
 * Adds the label judgments not merged before to the coder's, inside the caller's transaction,
 * counting them in the merge result. findArticle matches an article as the score judgments are matched.
 */
export function mergeLabelJudgments(
  db: Db,
  coderId: number,
  labels: LabelJudgmentFileItem[],
  findArticle: (article: FileArticle) => { id: number } | { reason: string },
  result: CoderMergeResult
): void {
  const known = db.prepare<[string], { id: number }>('SELECT id FROM label_judgments WHERE uid = ?')
  const insert = db.prepare(
    `INSERT INTO label_judgments (uid, article_id, coder_id, scheme, label, kind, action, present, direction, relevance, is_primary, rationale, replaces_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  for (const item of labels) {
    if (known.get(item.uid)) {
      result.alreadyMerged++
      continue
    }
    const found = findArticle(item.article)
    if ('reason' in found) {
      result.unmatched.push({ title: item.article.title, reason: found.reason })
      continue
    }
    const replacesId = item.replacesUid ? (known.get(item.replacesUid)?.id ?? null) : null
    insert.run(
      item.uid,
      found.id,
      coderId,
      item.scheme,
      item.label,
      item.kind,
      item.action,
      item.present === null ? null : item.present ? 1 : 0,
      item.direction,
      item.relevance,
      item.primary ? 1 : 0,
      item.rationale,
      replacesId,
      item.createdAt
    )
    result.added++
  }
}
