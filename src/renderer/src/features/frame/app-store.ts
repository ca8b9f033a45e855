import { create } from 'zustand'

export const VIEWS = ['corpus', 'stories', 'outlets', 'jobs', 'export', 'settings'] as const
export type ViewName = (typeof VIEWS)[number]

export const VIEW_LABELS: Record<ViewName, string> = {
  corpus: 'Corpus',
  stories: 'Stories',
  outlets: 'Outlets',
  jobs: 'Jobs',
  export: 'Export',
  settings: 'Settings'
}

export interface Toast {
  id: number
  kind: 'error' | 'info'
  message: string
}

interface AppState {
  view: ViewName
  toasts: Toast[]
  showView(view: ViewName): void
  notify(kind: Toast['kind'], message: string): void
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
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }))
}))

export function reportError(error: unknown): void {
  useAppStore.getState().notify('error', error instanceof Error ? error.message : String(error))
}
