import { create } from 'zustand'
import type { DatasetRequestInput, DatasetTable, ExportScope, FileOptions, ScoreSource } from '../../../../shared/export-schemas'
import type { ExportDefaults, ExportPreview, ExportResult } from '../../../../shared/export-rows'
import type { JobRow } from '../../../../shared/rows'
import { client, errorMessage } from '../../api/client'

export type ScopeKind = ExportScope['kind']

export interface ExportForm {
  tables: DatasetTable[]
  scopeKind: ScopeKind
  storyId: string
  tag: string
  scoreKind: ScoreSource['kind']
  coder: string
  file: FileOptions
  /** Chosen columns in order, for a one-table export; null keeps all of them. */
  columns: string[] | null
  /** Null until the researcher types one: the default follows the tables and format. */
  out: string | null
}

interface ExportState {
  defaults: ExportDefaults | null
  form: ExportForm
  preview: ExportPreview | null
  previewError: string | null
  job: JobRow | null
  result: ExportResult | null
  error: string | null
  load(): Promise<void>
  change(changes: Partial<ExportForm>): void
  loadPreview(scope: ExportScope): Promise<void>
  start(scope: ExportScope): Promise<void>
  cancel(): Promise<void>
  onJob(job: JobRow): void
}

const INITIAL_FORM: ExportForm = {
  tables: ['articles', 'judgments'],
  scopeKind: 'search',
  storyId: '',
  tag: '',
  scoreKind: 'final',
  coder: '',
  file: { format: 'csv', profile: 'standard', bom: false, delimiter: ',' },
  columns: null,
  out: null
}

/** A dated name, so exports made on different days never collide by default. */
function datedName(): string {
  return `dataset-${new Date().toISOString().slice(0, 16).replace('T', '-').replace(':', '')}`
}

/** Where the export goes unless the researcher typed a path: a file for one table, a folder for several. */
export function defaultOut(defaults: ExportDefaults | null, form: ExportForm): string {
  if (!defaults) return ''
  const separator = defaults.folder.includes('\\') && !defaults.folder.includes('/') ? '\\' : '/'
  const name = form.tables.length === 1 ? `${form.tables[0]}.${form.file.format}` : datedName()
  return `${defaults.folder}${separator}${name}`
}

export function scoreSourceOf(form: ExportForm): ScoreSource {
  return form.scoreKind === 'coder' ? { kind: 'coder', coder: form.coder } : { kind: form.scoreKind }
}

export function requestOf(defaults: ExportDefaults | null, form: ExportForm, scope: ExportScope): DatasetRequestInput {
  const [only] = form.tables
  return {
    tables: form.tables,
    scope,
    scoreSource: scoreSourceOf(form),
    file: form.file,
    columns: form.tables.length === 1 && only && form.columns ? { [only]: form.columns } : {},
    out: form.out ?? defaultOut(defaults, form)
  }
}

export const useExportStore = create<ExportState>()((set, get) => ({
  defaults: null,
  form: INITIAL_FORM,
  preview: null,
  previewError: null,
  job: null,
  result: null,
  error: null,
  load: async () => {
    try {
      set({ defaults: await client.call('export.defaults', {}) })
      // Progress events are followed only while this view is open: catch up with a job that ran meanwhile.
      const job = get().job
      if (job?.state === 'running') {
        const latest = (await client.call('jobs.list', { limit: 50 })).find((candidate) => candidate.id === job.id)
        if (latest) get().onJob(latest)
      }
    } catch (error) {
      set({ error: errorMessage(error) })
    }
  },
  change: (changes) => {
    const form = { ...get().form, ...changes }
    // Columns belong to one table: choosing other tables starts again from all of a table's columns.
    if (changes.tables && (changes.tables.length !== 1 || changes.tables[0] !== get().form.tables[0])) form.columns = null
    set({ form, error: null })
  },
  loadPreview: async (scope) => {
    const { form } = get()
    const [table] = form.tables
    if (!table) return set({ preview: null, previewError: null })
    try {
      const preview = await client.call('export.preview', {
        table,
        scope,
        scoreSource: scoreSourceOf(form),
        columns: form.tables.length === 1 && form.columns ? form.columns : undefined,
        limit: 5
      })
      set({ preview, previewError: null })
    } catch (error) {
      set({ preview: null, previewError: errorMessage(error) })
    }
  },
  start: async (scope) => {
    const { defaults, form } = get()
    set({ error: null, result: null })
    try {
      const { jobId } = await client.call('export.start', requestOf(defaults, form, scope))
      // The first progress event may come before this answer; keep whichever is newer.
      const job = get().job
      if (!job || job.id !== jobId) set({ job: { id: jobId, kind: 'export', label: 'Export', state: 'running', progress: 0, processed: 0, counts: {}, error: null, createdAt: '', startedAt: null, finishedAt: null } })
    } catch (error) {
      set({ error: errorMessage(error) })
    }
  },
  cancel: async () => {
    const job = get().job
    if (!job || job.state !== 'running') return
    try {
      await client.call('jobs.cancel', { id: job.id })
    } catch (error) {
      set({ error: errorMessage(error) })
    }
  },
  onJob: (job) => {
    if (job.kind !== 'export') return
    const current = get().job
    if (current && current.id > job.id) return
    set({ job })
    if (job.state === 'done') {
      client.call('export.result', { jobId: job.id }).then(
        (result) => set({ result }),
        (error: unknown) => set({ error: errorMessage(error) })
      )
    } else if (job.state === 'failed' || job.state === 'cancelled') {
      set({ error: job.state === 'cancelled' ? 'The export was cancelled; nothing was written under the chosen name.' : `The export failed: ${job.error ?? 'unknown error'}` })
    }
  }
}))
