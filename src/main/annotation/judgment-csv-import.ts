import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { JudgmentCsvImportResult } from '../../shared/export-rows'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'
import { createCoder } from './coders'
import { nextEditTime } from './edit-clock'

type Dimension = 'framing' | 'language' | 'omission'
type Kind = 'score' | 'adjudication'

interface ValidRow {
  line: number
  articleId: number
  dimension: Dimension
  kind: Kind
  value: number
  rationale: string | null
  confidence: number | null
}

/** How many rejected rows the result lists one by one; the count covers all of them. */
const LISTED_REJECTIONS = 1000

/** The Excel profile writes ' before text that would run as a formula; an edited file brings it back. */
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/

function header(cells: string[]): Map<string, number> {
  const columns = new Map<string, number>()
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase()
    if (!columns.has(name)) columns.set(name, index)
  })
  return columns
}

/** ";" when the header line has more semicolons than commas (Excel and read.csv2 in comma-decimal locales). */
function delimiterOf(content: string): ',' | ';' {
  const firstLine = content.slice(0, content.search(/\r?\n|$/))
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
}

function parseNumber(raw: string, decimalComma: boolean): number {
  const text = raw.trim()
  return text === '' ? Number.NaN : Number(decimalComma ? text.replace(',', '.') : text)
}

function coderFor(db: Db, name: string): { id: number; uid: string; name: string; created: boolean } {
  const existing = db.prepare('SELECT id, uid, name FROM coders WHERE name = ? COLLATE NOCASE').get(name) as { id: number; uid: string; name: string } | undefined
  if (existing) return { ...existing, created: false }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => (word[0] as string).toUpperCase())
    .join('')
  const coder = createCoder(db, { name, initials: initials || name.slice(0, 2).toUpperCase(), colour: '#6b7280' })
  return { id: coder.id, uid: coder.uid, name: coder.name, created: true }
}

/**
 * Imports a judgments CSV (Slant's judgments table, possibly edited in Excel or R, or any file with
 * article_id or external_id, dimension and value columns) as the judgments of one named coder. Each
 * bad row is reported with its line and reason and skipped; a row equal to the coder's current value
 * changes nothing. Every imported row gets a uid made from the coder, the article and what it says,
 * so importing the same file again adds nothing. Nothing but new judgment rows (and, if needed, the
 * coder) is written.
 */
export function importJudgmentCsv(db: Db, input: { coder: string; fileName: string; content: string }): JudgmentCsvImportResult {
  const delimiter = delimiterOf(input.content)
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(input.content, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    throw new ContractFailure('invalid_input', `${input.fileName}: not a readable CSV file: ${(error as Error).message}`)
  }
  const [first, ...rows] = records
  if (!first) throw new ContractFailure('invalid_input', `${input.fileName}: the file is empty; it needs a header line and one row per judgment.`)
  const columns = header(first.record)
  const missing = ['dimension', 'value'].filter((name) => !columns.has(name))
  if (!columns.has('article_id') && !columns.has('external_id')) missing.unshift('article_id or external_id')
  if (missing.length > 0) throw new ContractFailure('invalid_input', `${input.fileName}: the header has no ${missing.join(', no ')} column; found ${first.record.join(', ')}.`)
  const cell = (record: string[], name: string): string => {
    const index = columns.get(name)
    return index === undefined ? '' : (record[index] ?? '').trim()
  }

  // A file of one coder (or none named) is imported whole; in a file of several, only the named coder's rows belong to them.
  const coderNames = new Set(rows.map(({ record }) => cell(record, 'coder').toLowerCase()).filter(Boolean))
  const severalCoders = coderNames.size > 1
  const articleById = db.prepare('SELECT external_id AS externalId FROM articles WHERE id = ?')
  const articlesByExternalId = db.prepare('SELECT id FROM articles WHERE external_id = ? LIMIT 2').pluck()
  const rejected: { line: number; reason: string }[] = []
  let rejectedCount = 0
  const reject = (line: number, reason: string) => {
    rejectedCount++
    if (rejected.length < LISTED_REJECTIONS) rejected.push({ line, reason })
  }
  const valid: ValidRow[] = []
  for (const { record, info } of rows) {
    const line = info.lines
    if (record.length !== first.record.length) {
      reject(line, `the row has ${record.length} cells, the header ${first.record.length}`)
      continue
    }
    const source = cell(record, 'source').toLowerCase()
    if (source === 'machine') {
      reject(line, "a machine score, not a coder's judgment")
      continue
    }
    if (source !== '' && source !== 'coder' && source !== 'adjudication') {
      reject(line, `source "${source}" is not coder or adjudication`)
      continue
    }
    const rowCoder = cell(record, 'coder')
    if (severalCoders && rowCoder.toLowerCase() !== input.coder.toLowerCase()) {
      reject(line, `the row is ${rowCoder ? `${rowCoder}'s` : "no coder's"} in a file of several coders; import it under that coder's name`)
      continue
    }
    const idText = cell(record, 'article_id')
    const externalId = cell(record, 'external_id')
    let articleId: number
    if (idText !== '') {
      articleId = Number(idText)
      if (!Number.isInteger(articleId) || articleId <= 0) {
        reject(line, `article_id "${idText}" is not a whole number`)
        continue
      }
      const article = articleById.get(articleId) as { externalId: string | null } | undefined
      if (!article) {
        reject(line, `there is no article ${articleId} in this corpus`)
        continue
      }
      if (externalId !== '' && article.externalId !== null && article.externalId !== externalId) {
        reject(line, `article ${articleId} has external_id "${article.externalId}", the row says "${externalId}"`)
        continue
      }
    } else if (externalId !== '') {
      const matches = articlesByExternalId.all(externalId) as number[]
      if (matches.length !== 1) {
        reject(line, matches.length === 0 ? `there is no article with external_id "${externalId}"` : `several articles have external_id "${externalId}"; give article_id`)
        continue
      }
      articleId = matches[0] as number
    } else {
      reject(line, 'the row has neither article_id nor external_id')
      continue
    }
    const dimension = cell(record, 'dimension').toLowerCase().replace(/_bias$/, '')
    if (dimension !== 'framing' && dimension !== 'language' && dimension !== 'omission') {
      reject(line, `dimension "${cell(record, 'dimension')}" is not framing, language or omission`)
      continue
    }
    const valueText = cell(record, 'value')
    if (valueText === '') {
      reject(line, 'the value is empty')
      continue
    }
    const value = parseNumber(valueText, delimiter === ';')
    if (!Number.isFinite(value) || !Number.isInteger(value)) {
      reject(line, `value "${valueText}" is not a whole number`)
      continue
    }
    if (value < 1 || value > 5) {
      reject(line, `value ${value} is out of range (1 to 5)`)
      continue
    }
    const confidenceText = cell(record, 'confidence')
    const confidence = confidenceText === '' ? null : parseNumber(confidenceText, delimiter === ';')
    if (confidence !== null && (!Number.isFinite(confidence) || confidence < 0 || confidence > 1)) {
      reject(line, `confidence "${confidenceText}" is not a number from 0 to 1`)
      continue
    }
    const rawRationale = cell(record, 'rationale')
    const rationale = ESCAPED_FORMULA.test(rawRationale) ? rawRationale.slice(1) : rawRationale
    valid.push({ line, articleId, dimension, kind: source === 'adjudication' ? 'adjudication' : 'score', value, rationale: rationale || null, confidence })
  }

  const result: JudgmentCsvImportResult = { fileName: input.fileName, coder: input.coder, coderCreated: false, rows: rows.length, added: 0, unchanged: 0, alreadyImported: 0, rejected, rejectedCount }
  if (valid.length === 0) return result
  db.transaction(() => {
    const coder = coderFor(db, input.coder)
    result.coder = coder.name
    result.coderCreated = coder.created
    const known = db.prepare('SELECT 1 FROM judgments WHERE uid = ?')
    const current = db.prepare<[number, string, string, number], { value: number | null; rationale: string | null }>(
      `SELECT value, rationale FROM judgments WHERE article_id = ? AND dimension = ? AND kind = ? AND coder_id = ? ORDER BY id DESC LIMIT 1`
    )
    const insert = db.prepare(
      `INSERT INTO judgments (uid, article_id, coder_id, dimension, kind, action, value, rationale, confidence, replaces_id, created_at)
       VALUES (?, ?, ?, ?, ?, 'edit', ?, ?, ?, NULL, ?)`
    )
    for (const row of valid) {
      const uid = `import-${createHash('sha256')
        .update(JSON.stringify([coder.uid, row.articleId, row.dimension, row.kind, row.value, row.rationale, row.confidence]))
        .digest('hex')
        .slice(0, 40)}`
      if (known.get(uid)) {
        result.alreadyImported++
        continue
      }
      const now = current.get(row.articleId, row.dimension, row.kind, coder.id)
      if (now && now.value === row.value && (now.rationale ?? null) === row.rationale) {
        result.unchanged++
        continue
      }
      insert.run(uid, row.articleId, coder.id, row.dimension, row.kind, row.value, row.rationale, row.confidence, nextEditTime(db, coder.id))
      result.added++
    }
  })()
  return result
}

/** A judgments file named by path (app, CLI), with a clear error when it cannot be read. */
export function readJudgmentFile(path: string): { fileName: string; content: string } {
  try {
    return { fileName: basename(path), content: readFileSync(path, 'utf8') }
  } catch (error) {
    throw new ContractFailure('invalid_input', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
}
