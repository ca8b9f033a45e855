import { create } from 'zustand'
import type { JobRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'

interface JobsState {
  jobs: JobRow[] | null
  load(): Promise<void>
  onJob(job: JobRow): void
}

export const useJobsStore = create<JobsState>()((set, get) => ({
  jobs: null,
  load: async () => {
    try {
      set({ jobs: await client.call('jobs.list', { limit: 200 }) })
    } catch (error) {
      reportError(error)
    }
  },
  onJob: (job) => {
    const jobs = get().jobs
    if (!jobs) return
    const index = jobs.findIndex((existing) => existing.id === job.id)
    set({ jobs: index >= 0 ? jobs.map((existing) => (existing.id === job.id ? job : existing)) : [job, ...jobs] })
  }
}))
