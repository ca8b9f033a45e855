import type { JobRow } from '../../../../shared/rows'

export interface JobPace {
  /** Records per second since this window first saw the job running. */
  rate: number | null
  /** Estimated from how fast the progress fraction has risen; null until it has risen. */
  secondsLeft: number | null
}

const firstSeen = new Map<number, { at: number; processed: number; progress: number }>()

/** Rate and time left of a running job, measured from the updates this window receives. */
export function paceOf(job: JobRow, now = Date.now()): JobPace {
  if (job.state !== 'running') {
    firstSeen.delete(job.id)
    return { rate: null, secondsLeft: null }
  }
  let first = firstSeen.get(job.id)
  if (!first) {
    first = { at: now, processed: job.processed, progress: job.progress ?? 0 }
    firstSeen.set(job.id, first)
  }
  const elapsed = (now - first.at) / 1000
  if (elapsed < 1) return { rate: null, secondsLeft: null }
  const rate = (job.processed - first.processed) / elapsed
  const risen = (job.progress ?? 0) - first.progress
  const secondsLeft = job.progress !== null && risen > 0 ? Math.ceil((elapsed * (1 - job.progress)) / risen) : null
  return { rate, secondsLeft }
}

/** "about 2 min left", "about 40 s left". */
export function formatTimeLeft(seconds: number): string {
  if (seconds >= 5400) return `about ${Math.round(seconds / 3600)} h left`
  if (seconds >= 90) return `about ${Math.round(seconds / 60)} min left`
  return `about ${seconds} s left`
}
