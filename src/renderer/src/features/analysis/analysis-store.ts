import { create } from 'zustand'
import type { JobRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError, useAppStore } from '../frame/app-store'
import { actOnJob } from '../jobs/job-actions'
import { paceOf } from '../jobs/job-rate'

interface AnalysisState {
  /** The analysis job running now, as last pushed by the services. */
  job: JobRow | null
  /** Articles per second since this window first saw the job, and the seconds that leaves. */
  rate: number | null
  secondsLeft: number | null
  start(scope: { all: true } | { ids: number[] }): Promise<void>
  pause(): Promise<void>
  cancel(): Promise<void>
  onJob(job: JobRow): void
}

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
  pause: async () => {
    const job = get().job
    if (job && (await actOnJob('jobs.pause', job.id))) useAppStore.getState().notify('info', `Pausing ${job.label}; resume it from Jobs`)
  },
  cancel: async () => {
    const job = get().job
    if (job) await actOnJob('jobs.cancel', job.id)
  },
  onJob: (job) => {
    if (job.kind !== 'analyze') return
    if (job.state === 'running' || job.state === 'queued') {
      set({ job, ...paceOf(job) })
    } else {
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
