import { create } from 'zustand'

export const CORPUS_COLUMNS = [
  { id: 'title', label: 'Title', width: 'minmax(200px, 1fr)', required: true },
  { id: 'outlet', label: 'Outlet', width: '150px', required: false },
  { id: 'published_at', label: 'Date', width: '112px', required: false },
  { id: 'language', label: 'Language', width: '96px', required: false },
  { id: 'word_count', label: 'Words', width: '80px', required: false },
  { id: 'language_bias', label: 'Language bias', width: '110px', required: false },
  { id: 'framing_bias', label: 'Framing bias', width: '110px', required: false },
  { id: 'omission_bias', label: 'Omission', width: '100px', required: false },
  { id: 'story', label: 'Story', width: '80px', required: false }
] as const

export type CorpusColumnId = (typeof CORPUS_COLUMNS)[number]['id']

const STORAGE_KEY = 'slant.corpus.columns'
const DEFAULT_ORDER: CorpusColumnId[] = CORPUS_COLUMNS.map((column) => column.id)

function load(): CorpusColumnId[] {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown
    if (Array.isArray(saved)) {
      const known = saved.filter((id): id is CorpusColumnId => DEFAULT_ORDER.includes(id as CorpusColumnId))
      if (known.includes('title')) return known
    }
  } catch {
    // A damaged setting falls back to the default columns.
  }
  return DEFAULT_ORDER
}

interface ColumnsState {
  /** Visible columns, in display order; remembered across sessions. */
  visible: CorpusColumnId[]
  toggle(id: CorpusColumnId): void
  move(id: CorpusColumnId, delta: -1 | 1): void
  reset(): void
}

function save(visible: CorpusColumnId[]): CorpusColumnId[] {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(visible))
  return visible
}

export const useCorpusColumns = create<ColumnsState>()((set, get) => ({
  visible: load(),
  toggle: (id) => {
    const column = CORPUS_COLUMNS.find((candidate) => candidate.id === id)
    if (!column || column.required) return
    const visible = get().visible
    set({ visible: save(visible.includes(id) ? visible.filter((other) => other !== id) : [...visible, id]) })
  },
  move: (id, delta) => {
    const visible = [...get().visible]
    const index = visible.indexOf(id)
    const target = index + delta
    if (index < 0 || target < 0 || target >= visible.length) return
    ;[visible[index], visible[target]] = [visible[target] as CorpusColumnId, visible[index] as CorpusColumnId]
    set({ visible: save(visible) })
  },
  reset: () => set({ visible: save(DEFAULT_ORDER) })
}))
