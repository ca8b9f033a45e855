import type { ImportReport, JobRow } from '../../shared/rows'
import type { Backend } from '../api/backend'
import { importInputs, type ImportInput } from '../corpus/import-articles'
import { IMPORT_FORMATS, type ImportFormat } from '../corpus/readers/record-source'
import { stringOption, UsageError, type ParsedArguments } from './parse-arguments'
import { formatCount, formatSeconds, progressBar, type Terminal } from './terminal'

/** Rejections printed per source before the rest are summarised; the counts stay complete. */
const ISSUES_SHOWN_PER_SOURCE = 20

/** `--map text=body,title=headline`: design field = CSV column. */
export function parseMapping(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined
  const mapping: Record<string, string> = {}
  for (const pair of value.split(',')) {
    const [field, column] = pair.split('=').map((part) => part.trim())
    if (!field || !column) throw new UsageError(`--map takes field=column pairs separated by commas, e.g. --map text=body,title=headline (got "${pair}")`)
    mapping[field] = column
  }
  return mapping
}

function toInput(argument: string): ImportInput {
  return /^https?:\/\//i.test(argument) ? { kind: 'url', url: argument } : { kind: 'path', path: argument }
}

function recordWord(report: ImportReport): string {
  return report.format === 'jsonl' || report.format === 'csv' ? 'line' : 'record'
}

export async function importCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): Promise<number> {
  if (parsed.positionals.length === 0) throw new UsageError('import needs at least one file, folder or URL: slant import PATH|URL...')
  const format = (stringOption(parsed, 'format') ?? 'auto') as ImportFormat
  if (!IMPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`)
  const options = { format, outlet: stringOption(parsed, 'outlet'), mapping: parseMapping(stringOption(parsed, 'map')) }
  const started = Date.now()
  const unsubscribe = backend.events.subscribe((event) => {
    if (event.name !== 'job.progress') return
    const job = event.payload as JobRow
    if (job.state !== 'running') return
    const counts = job.counts
    terminal.status(
      `${progressBar(job.progress)} ${formatCount(job.processed)} records: ${formatCount(counts.added ?? 0)} added, ` +
        `${formatCount(counts.duplicates ?? 0)} duplicates, ${formatCount(counts.rejected ?? 0)} rejected`
    )
  })
  const interrupt = () => {
    const running = backend.db.prepare("SELECT id FROM jobs WHERE state = 'running' ORDER BY id DESC LIMIT 1").get() as { id: number } | undefined
    if (running) backend.importContext.jobControl?.cancel(running.id)
  }
  process.once('SIGINT', interrupt)
  let result
  try {
    result = await importInputs(backend.importContext, parsed.positionals.map(toInput), options)
  } finally {
    process.off('SIGINT', interrupt)
    unsubscribe()
    terminal.clearStatus()
  }
  for (const report of result.files) {
    if (report.fileError && report.records === 0) {
      terminal.err(`${report.source}: ${report.fileError}`)
      continue
    }
    terminal.out(
      `${report.source}: ${formatCount(report.records)} records, ${formatCount(report.added)} added` +
        (report.nearDuplicates > 0 ? ` (${formatCount(report.nearDuplicates)} flagged as near-duplicates)` : '') +
        `, ${formatCount(report.duplicates)} duplicates, ${formatCount(report.rejected)} rejected`
    )
    const rejected = report.issues.filter((issue) => issue.kind === 'rejected')
    for (const issue of rejected.slice(0, ISSUES_SHOWN_PER_SOURCE)) {
      terminal.err(`${report.source}: ${recordWord(report)} ${issue.record} rejected: ${issue.reason}`)
    }
    if (report.rejected > ISSUES_SHOWN_PER_SOURCE) {
      terminal.err(`${report.source}: ${formatCount(report.rejected - ISSUES_SHOWN_PER_SOURCE)} more rejected records (see the Jobs view for the full report)`)
    }
    if (report.fileError) terminal.err(`${report.source}: ${report.fileError}`)
  }
  const totals = result.totals
  terminal.out(
    `${result.state === 'cancelled' ? 'Cancelled after importing' : 'Imported'} ${formatCount(totals.sources)} source${totals.sources === 1 ? '' : 's'} into ${backend.databasePath}: ` +
      `${formatCount(totals.added)} added, ${formatCount(totals.duplicates)} duplicates, ${formatCount(totals.rejected)} rejected` +
      (totals.nearDuplicates > 0 ? `, ${formatCount(totals.nearDuplicates)} near-duplicates flagged` : '') +
      (totals.unreadable > 0 ? `, ${totals.unreadable} unreadable` : '') +
      ` in ${formatSeconds(Date.now() - started)}`
  )
  // Non-zero only when nothing at all could be read: some articles stored or recognised means the run did its job.
  return totals.added + totals.duplicates === 0 ? 1 : 0
}
