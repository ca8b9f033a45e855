import { create } from 'zustand'
import type { JobErrorPage, JobRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'
import { actOnJob, type JobAction } from './job-actions'
import { paceOf, type JobPace } from './job-rate'

interface JobsState {
  jobs: JobRow[] | null
  /** Rate and time left of the running jobs, by job id. */
  pace: Record<number, JobPace>
  /** The per-article errors shown under a job, by job id. */
  errors: Record<number, JobErrorPage>
  load(): Promise<void>
  onJob(job: JobRow): void
  act(action: JobAction, id: number): Promise<void>
  toggleErrors(id: number): Promise<void>
}

export const useJobsStore = create<JobsState>()((set, get) => ({
  jobs: null,
  pace: {},
  errors: {},
  load: async () => {
    try {
      set({ jobs: await client.call('jobs.list', { limit: 200 }) })
    } catch (error) {
      reportError(error)
    }
  },
  onJob: (job) => {
    set({ pace: { ...get().pace, [job.id]: paceOf(job) } })
    const jobs = get().jobs
    if (!jobs) return
    const index = jobs.findIndex((existing) => existing.id === job.id)
    set({ jobs: index >= 0 ? jobs.map((existing) => (existing.id === job.id ? job : existing)) : [job, ...jobs] })
    // New failures while the list is open: fetch it again.
    const shown = get().errors[job.id]
    if (shown && (job.counts.failed ?? 0) !== shown.total) void fetchErrors(job.id).then((page) => page && set({ errors: { ...get().errors, [job.id]: page } }))
  },
  act: async (action, id) => {
    const job = await actOnJob(action, id)
    if (job) get().onJob(job)
  },
  toggleErrors: async (id) => {
    const { [id]: shown, ...others } = get().errors
    if (shown) {
      set({ errors: others })
      return
    }
    const page = await fetchErrors(id)
    if (page) set({ errors: { ...get().errors, [id]: page } })
  }
}))

async function fetchErrors(id: number): Promise<JobErrorPage | null> {
  try {
    return await client.call('jobs.errors', { id, offset: 0, limit: 500 })
  } catch (error) {
    reportError(error)
    return null
  }
}
