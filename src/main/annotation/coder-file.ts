import { z } from 'zod'
import type { CoderMergeResult } from '../../shared/rows'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'
import { getCoder } from './coders'
import { exportSpanJudgments, mergeSpanJudgments, spanJudgmentFileSchema } from './span-coder-file'
import { exportLabelJudgments, labelJudgmentFileSchema, mergeLabelJudgments } from './label-coder-file'

/**
 * A coder file: one coder's judgments, carried from their machine to the lead's corpus. Articles are
 * named by what survives a second import of the same data (external id, canonical URL, content hash),
 * not by row ids, which differ between corpora. Judgments keep their uids, so merging a file twice
 * adds nothing the second time.
 */
const FORMAT = 'slant-coder-file'

const judgmentSchema = z.object({
  uid: z.string().min(8).max(64),
  replacesUid: z.string().min(8).max(64).nullable(),
  dimension: z.enum(['framing', 'language', 'omission']),
  kind: z.enum(['score', 'adjudication']),
  action: z.enum(['edit', 'undo', 'redo']),
  value: z.number().int().min(1).max(5).nullable(),
  rationale: z.string().max(5000).nullable(),
  confidence: z.number().min(0).max(1).nullable(),
  createdAt: z.string().max(40),
  article: z.object({
    externalId: z.string().nullable(),
    canonicalUrl: z.string().nullable(),
    contentHash: z.string().min(1),
    title: z.string()
  })
})

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  coder: z.object({
    uid: z.string().min(8).max(64),
    name: z.string().min(1).max(80),
    initials: z.string().min(1).max(4),
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/)
  }),
  judgments: z.array(judgmentSchema),
  /** Files written before span annotation have none. */
  spanJudgments: z.array(spanJudgmentFileSchema).default([]),
  /** Files written before goals and frames were coded by hand have none. */
  labelJudgments: z.array(labelJudgmentFileSchema).default([])
})

export type CoderFile = z.infer<typeof fileSchema>

export function exportCoderFile(db: Db, coderId: number): { fileName: string; content: string } {
  const coder = getCoder(db, coderId)
  const rows = db
    .prepare(
      `SELECT j.uid, r.uid AS replacesUid, j.dimension, j.kind, j.action, j.value, j.rationale, j.confidence, j.created_at AS createdAt,
         a.external_id AS externalId, a.canonical_url AS canonicalUrl, a.content_hash AS contentHash, a.title
       FROM judgments j JOIN articles a ON a.id = j.article_id LEFT JOIN judgments r ON r.id = j.replaces_id
       WHERE j.coder_id = ? ORDER BY j.id`
    )
    .all(coderId) as (Omit<CoderFile['judgments'][number], 'article'> & { externalId: string | null; canonicalUrl: string | null; contentHash: string; title: string })[]
  const file: CoderFile = {
    format: FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    coder: { uid: coder.uid, name: coder.name, initials: coder.initials, colour: coder.colour },
    judgments: rows.map(({ externalId, canonicalUrl, contentHash, title, ...judgment }) => ({ ...judgment, article: { externalId, canonicalUrl, contentHash, title } })),
    spanJudgments: exportSpanJudgments(db, coderId),
    labelJudgments: exportLabelJudgments(db, coderId)
  }
  const slug = coder.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'coder'
  return { fileName: `${slug}.slant-coder.json`, content: `${JSON.stringify(file, null, 1)}\n` }
}

/** Merges a coder file: the coder (by uid) and every judgment not merged before, matched to this corpus's articles. */
export function mergeCoderFile(db: Db, fileName: string, content: string): CoderMergeResult {
  let parsed: CoderFile
  try {
    parsed = fileSchema.parse(JSON.parse(content))
  } catch (error) {
    const reason = error instanceof z.ZodError ? error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).slice(0, 3).join('; ') : (error as Error).message
    throw new ContractFailure('invalid_input', `${fileName} is not a Slant coder file (${reason}). Nothing was merged.`)
  }
  const findCoder = db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE uid = ?')
  const nameTaken = db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE name = ? COLLATE NOCASE')
  const byExternalId = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE external_id = ? ORDER BY id LIMIT 1')
  const byUrl = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE canonical_url = ? LIMIT 1')
  const byHash = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1')
  const known = db.prepare<[string], { id: number }>('SELECT id FROM judgments WHERE uid = ?')
  const findArticle = (article: CoderFile['judgments'][number]['article']): { id: number } | { reason: string } => {
    const id =
      (article.externalId ? byExternalId.get(article.externalId)?.id : undefined) ??
      (article.canonicalUrl ? byUrl.get(article.canonicalUrl)?.id : undefined) ??
      byHash.get(article.contentHash)?.id
    if (id !== undefined) return { id }
    return { reason: `no article here has ${[article.externalId ? `external id ${article.externalId}` : null, article.canonicalUrl ? `URL ${article.canonicalUrl}` : null, 'the same text'].filter(Boolean).join(', or ')}` }
  }
  const insert = db.prepare(
    `INSERT INTO judgments (uid, article_id, coder_id, dimension, kind, action, value, rationale, confidence, replaces_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  return db.transaction(() => {
    let coderId = findCoder.get(parsed.coder.uid)?.id
    let coderAdded = false
    if (coderId === undefined) {
      // Two people may share a name; their values must still stay apart.
      let name = parsed.coder.name
      for (let suffix = 2; nameTaken.get(name); suffix++) name = `${parsed.coder.name} (${suffix})`
      coderId = Number(db.prepare('INSERT INTO coders (uid, name, initials, colour) VALUES (?, ?, ?, ?)').run(parsed.coder.uid, name, parsed.coder.initials, parsed.coder.colour).lastInsertRowid)
      coderAdded = true
    }
    const result: CoderMergeResult = { coder: getCoder(db, coderId).name, coderAdded, added: 0, alreadyMerged: 0, unmatched: [] }
    for (const judgment of parsed.judgments) {
      if (known.get(judgment.uid)) {
        result.alreadyMerged++
        continue
      }
      const found = findArticle(judgment.article)
      if ('reason' in found) {
        result.unmatched.push({ title: judgment.article.title, reason: found.reason })
        continue
      }
      const articleId = found.id
      const replacesId = judgment.replacesUid ? (known.get(judgment.replacesUid)?.id ?? null) : null
      insert.run(judgment.uid, articleId, coderId, judgment.dimension, judgment.kind, judgment.action, judgment.value, judgment.rationale, judgment.confidence, replacesId, judgment.createdAt)
      result.added++
    }
    mergeSpanJudgments(db, coderId, parsed.spanJudgments, findArticle, result)
    mergeLabelJudgments(db, coderId, parsed.labelJudgments, findArticle, result)
    return result
  })()
}
