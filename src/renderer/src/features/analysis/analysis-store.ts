import { create } from 'zustand'
import type { JobRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError, useAppStore } from '../frame/app-store'

interface AnalysisState {
  /** The analysis job running now, as last pushed by the services. */
  job: JobRow | null
  /** Articles per second since this window first saw the job, and the seconds that leaves. */
  rate: number | null
  secondsLeft: number | null
  start(scope: { all: true } | { ids: number[] }): Promise<void>
  cancel(): Promise<void>
  onJob(job: JobRow): void
}

let tracking: { id: number; at: number; processed: number } | null = null

export const useAnalysisStore = create<AnalysisState>()((set, get) => ({
  job: null,
  rate: null,
  secondsLeft: null,
  start: async (scope) => {
    try {
      const { jobId } = await client.call('analysis.start', scope)
      useAppStore.getState().notify('info', `Analysis queued as job ${jobId}; results appear as articles finish`)
    } catch (error) {
      reportError(error)
    }
  },
  cancel: async () => {
    const job = get().job
    if (!job) return
    try {
      await client.call('jobs.cancel', { id: job.id })
    } catch (error) {
      reportError(error)
    }
  },
  onJob: (job) => {
    if (job.kind !== 'analyze') return
    if (job.state === 'running' || job.state === 'queued') {
      if (tracking?.id !== job.id) tracking = { id: job.id, at: Date.now(), processed: job.processed }
      const elapsed = (Date.now() - tracking.at) / 1000
      const rate = elapsed > 1 ? (job.processed - tracking.processed) / elapsed : null
      const total = job.counts.total ?? 0
      set({ job, rate, secondsLeft: rate && rate > 0 ? Math.ceil((total - job.processed) / rate) : null })
    } else {
      tracking = null
      set({ job: null, rate: null, secondsLeft: null })
      const counts = job.counts
      useAppStore
        .getState()
        .notify(
          job.state === 'failed' && (counts.analysed ?? 0) === 0 ? 'error' : 'info',
          `${job.label}: ${job.state} (${(counts.analysed ?? 0).toLocaleString('en-US')} analysed${counts.failed ? `, ${counts.failed} failed` : ''})`
        )
    }
  }
}))
