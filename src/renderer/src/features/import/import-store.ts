import { create } from 'zustand'
import type { ImportReport, JobRow } from '../../../../shared/rows'
import { client, pathForFile } from '../../api/client'
import { reportError, useAppStore } from '../frame/app-store'

interface ImportState {
  running: boolean
  /** The import job in progress, as last pushed by the services. */
  job: JobRow | null
  /** Reports of the last import, shown until dismissed. */
  reports: ImportReport[] | null
  importFiles(files: File[]): Promise<void>
  onJob(job: JobRow): void
  dismissReports(): void
}

/**
 * Electron hands the services the file's path, so a file of any size is streamed from disk; a browser
 * can only send the content.
 */
async function importOne(file: File): Promise<ImportReport[]> {
  const path = pathForFile(file)
  if (path) return client.call('import.files', { paths: [path] })
  const content = await file.text()
  return [await client.call('import.upload', { fileName: file.name, content })]
}

export const useImportStore = create<ImportState>()((set, get) => ({
  running: false,
  job: null,
  reports: null,
  importFiles: async (files) => {
    if (files.length === 0 || get().running) return
    set({ running: true, job: null, reports: null })
    const reports: ImportReport[] = []
    try {
      for (const file of files) reports.push(...(await importOne(file)))
      const added = reports.reduce((sum, report) => sum + report.added, 0)
      useAppStore.getState().notify('info', `Import finished: ${added.toLocaleString('en-US')} articles added`)
    } catch (error) {
      reportError(error)
    } finally {
      set({ running: false, job: null, reports: reports.length > 0 ? reports : null })
    }
  },
  onJob: (job) => {
    if (job.kind === 'import' && get().running) set({ job })
  },
  dismissReports: () => set({ reports: null })
}))
