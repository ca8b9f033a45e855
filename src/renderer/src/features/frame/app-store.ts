import { create } from 'zustand'

export const VIEWS = ['corpus', 'stories', 'agreement', 'outlets', 'jobs', 'export', 'settings', 'queues', 'adjudication'] as const
export type ViewName = (typeof VIEWS)[number]

export const VIEW_LABELS: Record<ViewName, string> = {
  corpus: 'Corpus',
  stories: 'Stories',
  agreement: 'Agreement',
  outlets: 'Outlets',
  jobs: 'Jobs',
  export: 'Export',
  settings: 'Settings',
  queues: 'Queues',
  adjudication: 'Adjudication'
}

export interface Toast {
  id: number
  kind: 'error' | 'info'
  message: string
  /** An undo offered with the message; pressing it (or Ctrl+Z while it shows) runs it once. */
  undo?: () => Promise<void>
}

interface AppState {
  view: ViewName
  toasts: Toast[]
  showView(view: ViewName): void
  notify(kind: Toast['kind'], message: string): void
  showUndo(message: string, undo: () => Promise<void>): void
  dismiss(id: number): void
}

let nextToastId = 1

export const useAppStore = create<AppState>()((set) => ({
  view: 'corpus',
  toasts: [],
  showView: (view) => set({ view }),
  notify: (kind, message) => {
    const id = nextToastId++
    set((state) => ({ toasts: [...state.toasts.slice(-4), { id, kind, message }] }))
    if (kind === 'info') setTimeout(() => useAppStore.getState().dismiss(id), 5000)
  },
  showUndo: (message, undo) => {
    const id = nextToastId++
    set((state) => ({ toasts: [...state.toasts.slice(-4), { id, kind: 'info', message, undo }] }))
    setTimeout(() => useAppStore.getState().dismiss(id), 15000)
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }))
}))

export function reportError(error: unknown): void {
  useAppStore.getState().notify('error', error instanceof Error ? error.message : String(error))
}

/** Runs the newest undo on offer (Ctrl+Z); returns whether there was one. */
export function undoLatest(): boolean {
  const toast = [...useAppStore.getState().toasts].reverse().find((candidate) => candidate.undo)
  if (!toast?.undo) return false
  const undo = toast.undo
  useAppStore.getState().dismiss(toast.id)
  undo().catch(reportError)
  return true
}
