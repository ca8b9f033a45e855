import { create } from 'zustand'
import type { ImportResult, JobRow } from '../../../../shared/rows'
import { client, pathForFile } from '../../api/client'
import { reportError, useAppStore } from '../frame/app-store'
import { actOnJob } from '../jobs/job-actions'

export interface ImportChoices {
  format?: 'auto' | 'csv'
  mapping?: Record<string, string>
  outlet?: string
}

interface ImportState {
  running: boolean
  /** The import job in progress, as last pushed by the services. */
  job: JobRow | null
  /** Results of the last import, shown until dismissed. */
  results: ImportResult[] | null
  /** CSV files waiting for their column mapping. */
  pendingCsv: File[] | null
  importFiles(files: File[], choices?: ImportChoices): Promise<void>
  importUrls(urls: string[], outlet?: string): Promise<void>
  loadSample(): Promise<void>
  onJob(job: JobRow): void
  cancel(): Promise<void>
  dismissResults(): void
  setPendingCsv(files: File[] | null): void
}

/** What a folder import picks up; other files (images, scripts) are passed over. */
export const IMPORTABLE_FILE = /\.(jsonl|ndjson|jsonlines|json|csv|tsv|html?|xhtml|txt|md|markdown|text|xml|rss|atom)$/i
export const IMPORT_ACCEPT = '.jsonl,.ndjson,.json,.csv,.tsv,.html,.htm,.txt,.md,.markdown,.xml,.rss,.atom'

/** Uploads are sent in parts of about this many characters, so no single request is huge. */
const UPLOAD_CHUNK_CHARACTERS = 50_000_000

async function uploadInParts(files: File[], choices: ImportChoices): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  let part: { fileName: string; content: string }[] = []
  let size = 0
  const send = async () => {
    if (part.length === 0) return
    results.push(await client.call('import.upload', { files: part, ...choices }))
    part = []
    size = 0
  }
  for (const file of files) {
    let content: string
    try {
      content = await file.text()
    } catch {
      // A folder dropped into a browser arrives as an unreadable entry; the Folder… picker reads folders.
      useAppStore.getState().notify('error', `${file.name} could not be read here; to import a folder, use Folder…`)
      continue
    }
    if (size + content.length > UPLOAD_CHUNK_CHARACTERS) await send()
    part.push({ fileName: file.webkitRelativePath || file.name, content })
    size += content.length
  }
  await send()
  return results
}

export const useImportStore = create<ImportState>()((set, get) => {
  const run = async (work: () => Promise<ImportResult[]>) => {
    if (get().running) return
    set({ running: true, job: null, results: null })
    let results: ImportResult[] = []
    try {
      results = await work()
      const added = results.reduce((sum, result) => sum + result.totals.added, 0)
      const cancelled = results.some((result) => result.state === 'cancelled')
      useAppStore.getState().notify('info', `${cancelled ? 'Import cancelled' : 'Import finished'}: ${added.toLocaleString('en-US')} article${added === 1 ? '' : 's'} added`)
    } catch (error) {
      reportError(error)
    } finally {
      set({ running: false, job: null, results: results.length > 0 ? results : null })
    }
  }

  return {
    running: false,
    job: null,
    results: null,
    pendingCsv: null,
    importFiles: async (files, choices = {}) => {
      const importable = files.filter((file) => IMPORTABLE_FILE.test(file.name))
      if (importable.length === 0) {
        if (files.length > 0) useAppStore.getState().notify('error', 'None of those files is a format Slant imports (JSONL, JSON, CSV, HTML, text, Markdown, RSS or Atom)')
        return
      }
      // Electron hands the services each file's path, so a file of any size is streamed from disk.
      const paths = importable.map(pathForFile)
      await run(async () =>
        paths.every((path) => path !== null) ? [await client.call('import.files', { paths: paths as string[], ...choices })] : uploadInParts(importable, choices)
      )
    },
    importUrls: async (urls, outlet) => run(async () => [await client.call('import.urls', { urls, ...(outlet ? { outlet } : {}) })]),
    loadSample: async () => run(async () => [await client.call('corpus.loadSample', {})]),
    onJob: (job) => {
      if (job.kind === 'import' && get().running) set({ job })
    },
    cancel: async () => {
      const job = get().job
      if (job) await actOnJob('jobs.cancel', job.id)
    },
    dismissResults: () => set({ results: null }),
    setPendingCsv: (files) => set({ pendingCsv: files })
  }
})
