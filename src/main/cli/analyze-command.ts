import type { JobRow } from '../../shared/rows'
import type { Backend } from '../api/backend'
import { integerOption, stringOption, UsageError, type ParsedArguments } from './parse-arguments'
import { formatCount, formatSeconds, progressBar, type Terminal } from './terminal'

function parseIds(value: string): number[] {
  const ids = value.split(',').map((part) => Number(part.trim()))
  if (ids.some((id) => !Number.isInteger(id) || id <= 0)) throw new UsageError('--ids takes article ids separated by commas, e.g. --ids 3,17,42')
  return ids
}

/**
 * `slant analyze [--all | --new | --ids ID,... | --resume JOB] [--workers N]`: resumes interrupted
 * analyses, then runs the one asked for.
 */
export async function analyzeCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): Promise<number> {
  const idsOption = stringOption(parsed, 'ids')
  const all = parsed.options.has('all')
  const unanalysed = parsed.options.has('new')
  const resumeOption = integerOption(parsed, 'resume', 0, 0, Number.MAX_SAFE_INTEGER)
  if ([all, unanalysed, idsOption !== undefined, resumeOption > 0].filter(Boolean).length > 1) throw new UsageError('use one of --all, --new, --ids and --resume')
  const workers = integerOption(parsed, 'workers', 0, 0, 32) || undefined
  const started = Date.now()
  // What each job had done before this process took it up, so a resumed job's rate counts this session only.
  const firstSeen = new Map<number, { processed: number; at: number }>()
  let lastLine = ''
  const unsubscribe = backend.events.subscribe((event) => {
    if (event.name !== 'job.progress') return
    const job = event.payload as JobRow
    if (job.kind !== 'analyze' || job.state !== 'running') return
    const first = firstSeen.get(job.id) ?? { processed: job.processed, at: Date.now() }
    firstSeen.set(job.id, first)
    const seconds = (Date.now() - first.at) / 1000
    const rate = seconds > 0 ? (job.processed - first.processed) / seconds : 0
    const left = job.progress && job.progress > 0 && rate > 0 ? ((job.counts.total ?? 0) - job.processed) / rate : null
    lastLine = `${job.label} ${progressBar(job.progress)} ${formatCount(job.processed)}/${formatCount(job.counts.total ?? 0)} · ${rate.toFixed(0)}/s` + (left !== null ? ` · ${Math.ceil(left)} s left` : '')
    terminal.status(lastLine)
  })
  const interrupt = () => {
    for (const row of backend.db.prepare("SELECT id FROM jobs WHERE kind = 'analyze' AND state = 'running'").all() as { id: number }[]) {
      backend.importContext.jobControl?.cancel(row.id)
    }
  }
  process.once('SIGINT', interrupt)
  try {
    const resumed = backend.analysis.resumeInterrupted(workers)
    for (const jobId of resumed) terminal.out(`Resuming analysis job ${jobId}, interrupted earlier; finished articles are not analysed again.`)
    const jobs = [...resumed]
    if (resumeOption > 0) {
      backend.analysis.resume(resumeOption, workers)
      jobs.push(resumeOption)
    } else if (unanalysed) {
      const job = await backend.analysis.startUnanalysed(workers)
      if (job) jobs.push(job.jobId)
      else terminal.out('Every article has been analysed already.')
    } else if (all || idsOption) {
      jobs.push((await backend.analysis.start(all ? { all: true } : { ids: parseIds(idsOption as string) }, workers)).jobId)
    }
    if (jobs.length === 0 && !unanalysed) throw new UsageError('analyze needs --all, --new, --ids ID,... or --resume JOB (nothing was interrupted to resume)')
    let failedArticles = 0
    let analysed = 0
    let cancelled = false
    for (const jobId of jobs) {
      const job = await backend.analysis.finished(jobId)
      terminal.clearStatus()
      analysed += job.counts.analysed ?? 0
      failedArticles += job.counts.failed ?? 0
      cancelled ||= job.state === 'cancelled' || job.state === 'paused'
      const errors = backend.db.prepare('SELECT article_id, error FROM job_errors WHERE job_id = ? ORDER BY article_id LIMIT 20').all(jobId) as { article_id: number; error: string }[]
      for (const error of errors) terminal.err(`article ${error.article_id}: ${error.error}`)
      if (job.state === 'failed' && job.error && (job.counts.analysed ?? 0) === 0) terminal.err(`job ${jobId}: ${job.error}`)
    }
    const seconds = (Date.now() - started) / 1000
    terminal.out(
      `${cancelled ? 'Cancelled after analysing' : 'Analysed'} ${formatCount(analysed)} article${analysed === 1 ? '' : 's'}` +
        (failedArticles > 0 ? `, ${formatCount(failedArticles)} failed` : '') +
        ` in ${formatSeconds(seconds * 1000)} (${seconds > 0 ? (analysed / seconds).toFixed(0) : analysed}/s)`
    )
    return analysed === 0 && failedArticles > 0 ? 1 : 0
  } finally {
    process.off('SIGINT', interrupt)
    unsubscribe()
    terminal.clearStatus()
  }
}
