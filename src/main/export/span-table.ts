import type { Db } from '../db/open-database'

/**
 * The spans table (design: "one row per evidence or annotation span"): the machine's evidence from
 * Slant's newest run of each article, with the coders who accepted or rejected each span, and every
 * span a coder marked and has not removed. start_offset/end_offset are UTF-16 code units (JavaScript
 * string indices, as Slant stores them); start_char/end_char count code points, as Python's str and
 * R's substr() do, so text[start_char:end_char] in Python gives the span's text even after an emoji.
 */
export const SPAN_COLUMNS = [
  'article_id',
  'external_id',
  'source',
  'run_id',
  'coder',
  'kind',
  'label',
  'start_offset',
  'end_offset',
  'start_char',
  'end_char',
  'text',
  'note',
  'suggestion',
  'accepted_by',
  'rejected_by',
  'created_at'
]

/** Converts UTF-16 offsets of one text to code-point offsets; plain when the text has no astral character. */
function codePoints(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset
  const points = new Int32Array(text.length + 1)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const secondHalf = code >= 0xdc00 && code <= 0xdfff && index > 0 && text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) <= 0xdbff
    points[index + 1] = (points[index] as number) + (secondHalf ? 0 : 1)
  }
  return (offset) => points[offset] as number
}

interface MachineSpan {
  runId: number
  start: number
  end: number
  kind: string
  label: string
  note: string | null
  suggestion: string | null
  acceptedBy: string | null
  rejectedBy: string | null
}

interface CoderSpan {
  coder: string
  start: number
  end: number
  label: string
  note: string | null
  suggestion: string | null
  createdAt: string
}

const LATEST_SLANT_RUN = `(SELECT max(x.run_id) FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = ? AND r.origin = 'slant')`

export function* spanRows(db: Db): Generator<Record<string, unknown>> {
  const articleIds = db
    .prepare('SELECT id FROM articles a WHERE EXISTS (SELECT 1 FROM article_evidence e WHERE e.article_id = a.id) OR EXISTS (SELECT 1 FROM span_judgments s WHERE s.article_id = a.id) ORDER BY id')
    .pluck()
    .all() as number[]
  const article = db.prepare<[number], { externalId: string | null; text: string }>('SELECT external_id AS externalId, text FROM articles WHERE id = ?')
  const evidence = db.prepare(
    `SELECT e.run_id AS runId, e.start_offset AS start, e.end_offset AS "end", e.kind, e.label, e.note, e.suggestion,
       (SELECT group_concat(name, '; ') FROM (SELECT c.name FROM span_judgments s JOIN coders c ON c.id = s.coder_id
          WHERE s.article_id = e.article_id AND s.span_key = 'machine:' || e.start_offset || ':' || e.end_offset || ':' || e.kind AND s.state = 'accepted'
            AND s.id = (SELECT max(t.id) FROM span_judgments t WHERE t.article_id = s.article_id AND t.span_key = s.span_key AND t.coder_id = s.coder_id) ORDER BY c.name)) AS acceptedBy,
       (SELECT group_concat(name, '; ') FROM (SELECT c.name FROM span_judgments s JOIN coders c ON c.id = s.coder_id
          WHERE s.article_id = e.article_id AND s.span_key = 'machine:' || e.start_offset || ':' || e.end_offset || ':' || e.kind AND s.state = 'rejected'
            AND s.id = (SELECT max(t.id) FROM span_judgments t WHERE t.article_id = s.article_id AND t.span_key = s.span_key AND t.coder_id = s.coder_id) ORDER BY c.name)) AS rejectedBy
     FROM article_evidence e WHERE e.article_id = ? AND e.run_id = ${LATEST_SLANT_RUN}`
  )
  const coderSpans = db.prepare(
    `SELECT c.name AS coder, s.start_offset AS start, s.end_offset AS "end", s.label, s.note, s.suggestion, s.created_at AS createdAt
     FROM span_judgments s JOIN coders c ON c.id = s.coder_id
     WHERE s.article_id = ? AND s.origin = 'coder' AND s.state = 'marked'
       AND s.id = (SELECT max(t.id) FROM span_judgments t WHERE t.article_id = s.article_id AND t.span_key = s.span_key AND t.coder_id = s.coder_id)`
  )
  for (const id of articleIds) {
    const { externalId, text } = article.get(id) as { externalId: string | null; text: string }
    const toChar = codePoints(text)
    const rows: Record<string, unknown>[] = []
    for (const span of evidence.all(id, id) as MachineSpan[]) {
      rows.push({ source: 'machine', run_id: span.runId, coder: null, kind: span.kind, label: span.label, start: span.start, end: span.end, note: span.note, suggestion: span.suggestion, accepted_by: span.acceptedBy, rejected_by: span.rejectedBy, created_at: null })
    }
    for (const span of coderSpans.all(id) as CoderSpan[]) {
      rows.push({ source: 'coder', run_id: null, coder: span.coder, kind: 'coder', label: span.label, start: span.start, end: span.end, note: span.note, suggestion: span.suggestion, accepted_by: null, rejected_by: null, created_at: span.createdAt })
    }
    rows.sort((a, b) => (a.start as number) - (b.start as number) || (a.end as number) - (b.end as number))
    for (const { start, end, ...row } of rows) {
      const startOffset = start as number
      const endOffset = end as number
      yield {
        article_id: id,
        external_id: externalId,
        ...row,
        start_offset: startOffset,
        end_offset: endOffset,
        start_char: toChar(startOffset),
        end_char: toChar(endOffset),
        text: text.slice(startOffset, endOffset)
      }
    }
  }
}
