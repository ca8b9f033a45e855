import { availableParallelism } from 'node:os'
import { IMPORT_ISSUE_LIMIT, type ImportReport, type ImportResult, type ImportTotals, type JobRow, type JobState } from '../../../shared/rows'
import type { Db } from '../../db/open-database'
import type { JobControl } from '../../jobs/job-control'
import { finishJob, startJob, updateJobProgress } from '../../jobs/job-store'
import { canonicalUrl } from '../canonical-url'
import type { ArticleFields, RawRecord, RecordSource } from '../readers/record-source'
import { UnreadableFileError } from '../readers/record-source'
import { readSettings } from '../settings-store'
import { ArticleWriter, type WriteOutcome } from './article-writer'
import { describeInput, expandFolders, inputLabel, type ImportInput, type ImportOptions } from './import-inputs'
import { ReportWriter, type ReportToStore } from './report-writer'
import { RecordPreparer } from './record-preparer'
import type { PreparedRecord } from './record-preparation'

export interface ImportContext {
  db: Db
  /** Called with the job row whenever it starts, advances or ends. */
  onJob?: (job: JobRow) => void
  /** Called after each committed batch that added articles. */
  onCorpusChanged?: (added: number) => void
  /** Where running jobs register for cancel; without it an import cannot be cancelled. */
  jobControl?: JobControl
}

/** Opens one input as a stream of records; the import's sources are plugged in here. */
export type SourceOpener = (input: ImportInput, options: ImportOptions, signal: AbortSignal) => Promise<RecordSource>

/** Fetches the page a feed item links to and returns its fields. */
export type PageFetcher = (url: string, signal: AbortSignal) => Promise<ArticleFields>

/** Records per transaction: large enough that commits are cheap, small enough that no commit holds the
 * process (and so the window or the HTTP bridge) for more than a fraction of a second. */
export const IMPORT_BATCH_SIZE = 2000
/** A slow source (pages fetched one by one) still commits and reports at least this often. */
const COMMIT_INTERVAL_MS = 1000
/**
 * Threads that validate and hash records while this one writes. One is enough on two cores, where
 * the writing thread is the slower; more cores get a second, never more, since writes are serial.
 */
function preparationWorkerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1))
}

/** Sources listed in a job's result; the totals always count all of them. */
const SOURCE_REPORT_LIMIT = 500

interface Pending {
  report: ImportReport
  raw: RawRecord
  format: RecordSource['format']
}

function emptyReport(jobId: number, source: string): ImportReport {
  return { jobId, source, format: null, records: 0, added: 0, duplicates: 0, nearDuplicates: 0, rejected: 0, fileError: null, issues: [], issuesTruncated: false }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function note(report: ImportReport, issue: ImportReport['issues'][number]): void {
  if (report.issues.length < IMPORT_ISSUE_LIMIT) report.issues.push(issue)
  else report.issuesTruncated = true
}

function totalsOf(reports: ImportReport[]): ImportTotals {
  const totals: ImportTotals = { sources: reports.length, records: 0, added: 0, duplicates: 0, nearDuplicates: 0, rejected: 0, unreadable: 0 }
  for (const report of reports) {
    totals.records += report.records
    totals.added += report.added
    totals.duplicates += report.duplicates
    totals.nearDuplicates += report.nearDuplicates
    totals.rejected += report.rejected
    if (report.fileError && report.records === 0) totals.unreadable++
  }
  return totals
}

function countsOf(totals: ImportTotals): Record<string, number> {
  return { records: totals.records, added: totals.added, duplicates: totals.duplicates, 'near-duplicates': totals.nearDuplicates, rejected: totals.rejected }
}

/**
 * One import job over any number of files, folders, uploads and URLs. Every record ends as added,
 * duplicate or rejected with its reason; a bad record or an unreadable file never stops the rest;
 * batches are committed as they fill, so a crash or a cancel keeps everything committed before it.
 */
export async function runImport(
  context: ImportContext,
  requested: ImportInput[],
  options: ImportOptions,
  openSource: SourceOpener,
  fetchPage: PageFetcher
): Promise<ImportResult> {
  const { db } = context
  const inputs = expandFolders(requested)
  let job = startJob(db, 'import', inputLabel(requested), { inputs: requested.map(describeInput), options })
  context.onJob?.(job)
  const signal = context.jobControl?.start(job.id) ?? new AbortController().signal
  const settings = readSettings(db)
  const writer = new ArticleWriter(db, { outlet: options.outlet, nearDuplicateThreshold: settings.nearDuplicateThreshold })
  const reportWriter = new ReportWriter(db, writer.outlets, writer.searchIndex)
  const preparer = new RecordPreparer(preparationWorkerCount())
  const reports: ImportReport[] = []
  let pending: Pending[] = []
  let lastCommit = Date.now()
  let sourcesDone = 0
  let currentFraction = () => 0

  const progress = () => {
    const totals = totalsOf(reports)
    const fraction = inputs.length === 0 ? 1 : Math.min(1, (sourcesDone + currentFraction()) / inputs.length)
    job = updateJobProgress(db, job.id, fraction, totals.records, countsOf(totals))
    context.onJob?.(job)
  }

  const resolveFetches = async (entries: Pending[]) => {
    await Promise.all(
      entries.map(async (entry) => {
        const { raw } = entry
        if (raw.fetchUrl === undefined) return
        const canonical = canonicalUrl(raw.fetchUrl)
        const known = canonical ? writer.existingByUrl(canonical) : null
        if (known !== null) {
          entry.raw = { record: raw.record, value: { ...raw.value, url: raw.fetchUrl } }
          return
        }
        try {
          const page = await fetchPage(raw.fetchUrl, signal)
          // The feed's own title, date and author are usually cleaner than what a page reveals.
          entry.raw = { record: raw.record, value: { ...page, ...withoutEmpty(raw.value), url: raw.fetchUrl, text: page.text } }
        } catch (error) {
          entry.raw = { record: raw.record, error: `${raw.fetchUrl}: ${(error as Error).message}` }
        }
      })
    )
  }

  /** Validates and hashes the batch's article records on the helper thread. */
  const sendToPrepare = async (batch: Pending[]): Promise<(PreparedRecord | undefined)[]> => {
    const positions: number[] = []
    const values: unknown[] = []
    batch.forEach((entry, index) => {
      if (entry.format === 'report' || entry.raw.error !== undefined) return
      positions.push(index)
      values.push(entry.raw.value)
    })
    const ready = await preparer.prepare(values)
    const byEntry: (PreparedRecord | undefined)[] = new Array(batch.length)
    positions.forEach((position, index) => (byEntry[position] = ready[index]))
    return byEntry
  }

  /**
   * Fetches what the batch links to, then prepares it. Without fetches the batch goes to the helper
   * thread before this returns, so the helper works while the caller writes the previous batch.
   */
  const prepare = (batch: Pending[]): Promise<(PreparedRecord | undefined)[]> =>
    batch.some((entry) => entry.raw.fetchUrl !== undefined) ? resolveFetches(batch).then(() => sendToPrepare(batch)) : sendToPrepare(batch)

  const write = async (batch: Pending[], prepared: (PreparedRecord | undefined)[]) => {
    const outcomes = db.transaction(() => {
      const written = batch.map((entry, index): WriteOutcome => {
        if (entry.raw.error !== undefined) return { kind: 'rejected', reason: entry.raw.error }
        if (entry.format === 'report') return reportWriter.write(entry.raw.value as ReportToStore)
        const ready = prepared[index]
        return ready ? writer.writePrepared(ready) : writer.write(entry.raw.value)
      })
      writer.searchIndex.flush()
      return written
    })()
    let added = 0
    outcomes.forEach((outcome, index) => {
      const { report, raw } = batch[index] as Pending
      report.records++
      if (outcome.kind === 'added') {
        added++
        report.added++
        if (outcome.nearDuplicateOf) {
          report.nearDuplicates++
          const { of, similarity } = outcome.nearDuplicateOf
          note(report, {
            record: raw.record,
            kind: 'near_duplicate',
            reason: `stored as article ${outcome.id} and flagged: ${Math.round(similarity * 100)}% similar to article ${of}`,
            duplicateOf: of
          })
        }
      } else if (outcome.kind === 'duplicate') {
        report.duplicates++
        note(report, { record: raw.record, kind: 'duplicate', reason: outcome.reason, duplicateOf: outcome.of })
      } else {
        report.rejected++
        note(report, { record: raw.record, kind: 'rejected', reason: outcome.reason, duplicateOf: null })
      }
    })
    if (added > 0) context.onCorpusChanged?.(added)
    lastCommit = Date.now()
    progress()
    await yieldToEventLoop()
  }

  /** The batch being prepared while the one before it is written: the two threads work at once. */
  let inFlight: { batch: Pending[]; prepared: Promise<(PreparedRecord | undefined)[]> } | null = null

  const writeInFlight = async () => {
    if (!inFlight) return
    const { batch, prepared } = inFlight
    inFlight = null
    await write(batch, await prepared)
  }

  /** Sends the pending records to be prepared and writes the batch before them; `all` writes these too. */
  const commit = async (all = false) => {
    if (pending.length > 0) {
      const batch = pending
      pending = []
      const prepared = prepare(batch)
      // Awaited later; a failure must not count as unhandled before then.
      prepared.catch(() => undefined)
      await writeInFlight()
      inFlight = { batch, prepared }
    }
    if (all) await writeInFlight()
  }

  let state: Exclude<JobState, 'queued' | 'running'> = 'done'
  let jobError: string | null = null
  try {
    for (const input of inputs) {
      if (signal.aborted) break
      const report = emptyReport(job.id, describeInput(input))
      reports.push(report)
      let source: RecordSource
      try {
        source = await openSource(input, options, signal)
        report.format = input.kind === 'url' && source.format === 'html' ? 'url' : source.format
      } catch (error) {
        report.fileError = error instanceof UnreadableFileError ? error.message : `could not be read: ${(error as Error).message}`
        sourcesDone++
        continue
      }
      currentFraction = () => (source.totalBytes > 0 ? Math.min(1, source.bytesRead() / source.totalBytes) : 0)
      let seen = 0
      try {
        for await (const raw of source.records) {
          if (signal.aborted) break
          seen++
          pending.push({ report, raw, format: source.format })
          if (pending.length >= IMPORT_BATCH_SIZE) await commit()
          else if (Date.now() - lastCommit > COMMIT_INTERVAL_MS) await commit(true)
        }
      } catch (error) {
        await commit(true)
        report.fileError = error instanceof UnreadableFileError ? error.message : `reading stopped: ${(error as Error).message}`
      }
      if (seen === 0 && !report.fileError && !signal.aborted) report.fileError = 'no articles found'
      sourcesDone++
      currentFraction = () => 0
    }
    await commit(true)
    if (signal.aborted) state = 'cancelled'
  } catch (error) {
    // A failure while storing (disk full, a constraint) ends the job; committed batches stay.
    state = 'failed'
    jobError = `import stopped: ${(error as Error).message}`
    const current = reports[reports.length - 1]
    if (current) current.fileError = jobError
  } finally {
    context.jobControl?.finish(job.id)
    await preparer.close()
  }

  const totals = totalsOf(reports)
  if (state === 'done' && totals.records === 0) {
    state = 'failed'
    jobError = reports.length === 0 ? 'nothing to import (an empty folder?)' : 'nothing could be read'
  }
  const result: ImportResult = {
    jobId: job.id,
    state,
    files: reports.slice(0, SOURCE_REPORT_LIMIT),
    totals,
    filesTruncated: reports.length > SOURCE_REPORT_LIMIT
  }
  job = finishJob(db, job.id, state, {
    counts: countsOf(totals),
    processed: totals.records,
    result,
    error: jobError
  })
  context.onJob?.(job)
  return result
}

function withoutEmpty(fields: ArticleFields): ArticleFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && value !== '')) as ArticleFields
}
