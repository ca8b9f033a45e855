import { basename } from 'node:path'
import { IMPORT_ISSUE_LIMIT, type ImportIssue, type ImportReport, type JobRow } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { finishJob, startJob, updateJobProgress } from '../jobs/job-store'
import { normalizeArticleRecord, type NormalizedArticle } from './article-record'
import { OutletResolver } from './outlet-resolver'
import { UnreadableFileError, type RawRecord, type RecordSource } from './readers/record-source'
import { readRecordsFromFile, readRecordsFromText } from './readers/structured-readers'

export interface ImportContext {
  db: Db
  /** Called with the job row whenever it starts, advances or ends. */
  onJob?: (job: JobRow) => void
  /** Called after each committed batch that added articles. */
  onCorpusChanged?: (added: number) => void
}

/** Records per transaction: large enough that commits are cheap, small enough that progress is smooth. */
const BATCH_SIZE = 2000

type Outcome = { kind: 'added'; id: number } | { kind: 'duplicate'; of: number; reason: string } | { kind: 'rejected'; reason: string }

class ArticleWriter {
  private readonly outlets: OutletResolver
  private readonly findByCanonicalUrl
  private readonly findByHash
  private readonly insertArticle
  private readonly insertTag
  private readonly findTag
  private readonly linkTag

  constructor(private readonly db: Db) {
    this.outlets = new OutletResolver(db)
    this.findByCanonicalUrl = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE canonical_url = ?')
    this.findByHash = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ? LIMIT 1')
    this.insertArticle = db.prepare(
      `INSERT INTO articles (outlet_id, external_id, url, canonical_url, title, text, author, published_at, language, country, word_count, content_hash)
       VALUES (@outletId, @externalId, @url, @canonicalUrl, @title, @text, @author, @publishedAt, @language, @country, @wordCount, @contentHash)`
    )
    this.insertTag = db.prepare<[string]>('INSERT OR IGNORE INTO tags (name) VALUES (?)')
    this.findTag = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ? COLLATE NOCASE')
    this.linkTag = db.prepare<[number, number]>('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)')
  }

  write(raw: RawRecord): Outcome {
    if (raw.error !== undefined) return { kind: 'rejected', reason: raw.error }
    const result = normalizeArticleRecord(raw.value)
    if (!result.ok) return { kind: 'rejected', reason: result.reason }
    const article = result.article
    const duplicate = this.findDuplicate(article)
    if (duplicate) return duplicate
    const outletId = this.outlets.resolve(article.outlet, article.domain)
    const id = this.insertArticle.run({ ...article, outletId }).lastInsertRowid as number
    for (const tag of article.tags) {
      this.insertTag.run(tag)
      const tagId = this.findTag.get(tag)?.id
      if (tagId !== undefined) this.linkTag.run(id, tagId)
    }
    return { kind: 'added', id }
  }

  writeBatch(batch: RawRecord[]): Outcome[] {
    try {
      return this.db.transaction(() => batch.map((raw) => this.write(raw)))()
    } catch (error) {
      // The batch was rolled back as a whole; cached outlet ids may point at rows that no longer exist.
      this.outlets.clear()
      throw error
    }
  }

  private findDuplicate(article: NormalizedArticle): Outcome | null {
    if (article.canonicalUrl) {
      const byUrl = this.findByCanonicalUrl.get(article.canonicalUrl)
      if (byUrl) return { kind: 'duplicate', of: byUrl.id, reason: `same URL as article ${byUrl.id}` }
    }
    const byHash = this.findByHash.get(article.contentHash)
    if (byHash) return { kind: 'duplicate', of: byHash.id, reason: `same text as article ${byHash.id}` }
    return null
  }
}

function emptyReport(jobId: number, source: string, format: ImportReport['format']): ImportReport {
  return { jobId, source, format, records: 0, added: 0, duplicates: 0, rejected: 0, fileError: null, issues: [], issuesTruncated: false }
}

function countsOf(report: ImportReport): Record<string, number> {
  return { records: report.records, added: report.added, duplicates: report.duplicates, rejected: report.rejected }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * Reads records from a source and stores the new ones. Every record is accounted for as added,
 * duplicate or rejected (with the reason); a bad record never stops the rest, and committed batches
 * are never undone by a later failure.
 */
async function runImport(context: ImportContext, sourceName: string, open: () => Promise<RecordSource>): Promise<ImportReport> {
  const { db } = context
  let job = startJob(db, 'import', `Import ${basename(sourceName)}`, { source: sourceName })
  context.onJob?.(job)
  const report = emptyReport(job.id, sourceName, 'jsonl')
  const note = (issue: ImportIssue) => {
    if (report.issues.length < IMPORT_ISSUE_LIMIT) report.issues.push(issue)
    else report.issuesTruncated = true
  }

  let source: RecordSource
  try {
    source = await open()
    report.format = source.format
  } catch (error) {
    report.fileError = error instanceof UnreadableFileError ? error.message : `could not be read: ${(error as Error).message}`
    job = finishJob(db, job.id, 'failed', { counts: countsOf(report), processed: 0, result: report, error: report.fileError })
    context.onJob?.(job)
    return report
  }

  const writer = new ArticleWriter(db)
  const commit = async (batch: RawRecord[]) => {
    const outcomes = writer.writeBatch(batch)
    let added = 0
    outcomes.forEach((outcome, index) => {
      const record = (batch[index] as RawRecord).record
      report.records++
      if (outcome.kind === 'added') {
        added++
        report.added++
      } else if (outcome.kind === 'duplicate') {
        report.duplicates++
        note({ record, kind: 'duplicate', reason: outcome.reason, duplicateOf: outcome.of })
      } else {
        report.rejected++
        note({ record, kind: 'rejected', reason: outcome.reason, duplicateOf: null })
      }
    })
    if (added > 0) context.onCorpusChanged?.(added)
    const progress = source.totalBytes > 0 ? Math.min(1, source.bytesRead() / source.totalBytes) : null
    job = updateJobProgress(db, job.id, progress, report.records, countsOf(report))
    context.onJob?.(job)
    await yieldToEventLoop()
  }

  try {
    let batch: RawRecord[] = []
    for await (const raw of source.records) {
      batch.push(raw)
      if (batch.length >= BATCH_SIZE) {
        await commit(batch)
        batch = []
      }
    }
    if (batch.length > 0) await commit(batch)
  } catch (error) {
    report.fileError = error instanceof UnreadableFileError ? error.message : `import stopped: ${(error as Error).message}`
    job = finishJob(db, job.id, 'failed', { counts: countsOf(report), processed: report.records, result: report, error: report.fileError })
    context.onJob?.(job)
    return report
  }

  if (report.records === 0) report.fileError = 'no articles found in the file'
  job = finishJob(db, job.id, report.records === 0 ? 'failed' : 'done', {
    counts: countsOf(report),
    processed: report.records,
    result: report,
    error: report.fileError
  })
  context.onJob?.(job)
  return report
}

export function importFile(context: ImportContext, path: string): Promise<ImportReport> {
  return runImport(context, path, () => readRecordsFromFile(path))
}

export function importContent(context: ImportContext, fileName: string, content: string): Promise<ImportReport> {
  return runImport(context, fileName, async () => readRecordsFromText(fileName, content))
}
