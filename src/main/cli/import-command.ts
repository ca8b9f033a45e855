import type { JobRow } from '../../shared/rows'
import type { Backend } from '../api/backend'
import { importFile } from '../corpus/import-articles'
import type { ParsedArguments } from './parse-arguments'
import { UsageError } from './parse-arguments'
import { formatCount, formatSeconds, progressBar, type Terminal } from './terminal'

/** Rejections printed per file before the rest are summarised; the counts stay complete. */
const ISSUES_SHOWN_PER_FILE = 20

export async function importCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): Promise<number> {
  const paths = parsed.positionals
  if (paths.length === 0) throw new UsageError('import needs at least one file: slant import FILE.jsonl [FILE...]')
  const started = Date.now()
  const totals = { added: 0, duplicates: 0, rejected: 0, unreadable: 0 }
  const unsubscribe = backend.events.subscribe((event) => {
    if (event.name !== 'job.progress') return
    const job = event.payload as JobRow
    if (job.state !== 'running') return
    const counts = job.counts
    terminal.status(
      `${job.label} ${progressBar(job.progress)} ${formatCount(job.processed)} records: ${formatCount(counts.added ?? 0)} added, ` +
        `${formatCount(counts.duplicates ?? 0)} duplicates, ${formatCount(counts.rejected ?? 0)} rejected`
    )
  })
  try {
    for (const path of paths) {
      const report = await importFile(backend.importContext, path)
      terminal.clearStatus()
      totals.added += report.added
      totals.duplicates += report.duplicates
      totals.rejected += report.rejected
      if (report.fileError && report.records === 0) {
        totals.unreadable++
        terminal.err(`${path}: ${report.fileError}`)
        continue
      }
      terminal.out(
        `${path}: ${formatCount(report.records)} records, ${formatCount(report.added)} added, ${formatCount(report.duplicates)} duplicates, ${formatCount(report.rejected)} rejected`
      )
      const rejected = report.issues.filter((issue) => issue.kind === 'rejected')
      for (const issue of rejected.slice(0, ISSUES_SHOWN_PER_FILE)) {
        terminal.err(`${path}: ${report.format === 'jsonl' ? 'line' : 'record'} ${issue.record} rejected: ${issue.reason}`)
      }
      if (report.rejected > ISSUES_SHOWN_PER_FILE) {
        terminal.err(`${path}: ${formatCount(report.rejected - ISSUES_SHOWN_PER_FILE)} more rejected records (see the Jobs view for the full report)`)
      }
      if (report.fileError) terminal.err(`${path}: ${report.fileError}`)
    }
  } finally {
    unsubscribe()
    terminal.clearStatus()
  }
  terminal.out(
    `Imported ${paths.length} file${paths.length === 1 ? '' : 's'} into ${backend.databasePath}: ${formatCount(totals.added)} added, ` +
      `${formatCount(totals.duplicates)} duplicates, ${formatCount(totals.rejected)} rejected` +
      (totals.unreadable > 0 ? `, ${totals.unreadable} unreadable file${totals.unreadable === 1 ? '' : 's'}` : '') +
      ` in ${formatSeconds(Date.now() - started)}`
  )
  // Non-zero only when nothing at all could be read: some articles stored or recognised means the run did its job.
  return totals.added + totals.duplicates === 0 ? 1 : 0
}
