import { useEffect } from 'react'
import type { JobRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { useAnalysisStore } from '../analysis/analysis-store'
import { useCorpusStore } from '../corpus/corpus-store'
import { useImportStore } from '../import/import-store'
import { useJobsStore } from '../jobs/jobs-store'

/** Routes pushed events to the stores that show them. Corpus refreshes are coalesced while an import runs. */
export function useLiveEvents(): void {
  useEffect(() => {
    let refreshTimer: ReturnType<typeof setTimeout> | null = null
    const unsubscribe = client.subscribe((event) => {
      if (event.name === 'job.progress') {
        const job = event.payload as JobRow
        useImportStore.getState().onJob(job)
        useJobsStore.getState().onJob(job)
        useAnalysisStore.getState().onJob(job)
      } else if (event.name === 'corpus.changed') {
        if (refreshTimer) return
        refreshTimer = setTimeout(() => {
          refreshTimer = null
          useCorpusStore.getState().refresh()
        }, 400)
      }
    })
    return () => {
      unsubscribe()
      if (refreshTimer) clearTimeout(refreshTimer)
    }
  }, [])
}
