import { create } from 'zustand'
import type { ArticleFilters, ArticleSortKey } from '../../../../shared/contract'
import type { ArticleListRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'

export const PAGE_SIZE = 100

interface CorpusState {
  query: string
  filters: ArticleFilters
  /** Articles ticked for a batch action. */
  selection: Set<number>
  /** The row last clicked with a tick, for Shift+click ranges. */
  anchorIndex: number | null
  sort: ArticleSortKey
  direction: 'asc' | 'desc'
  /** Null until the first page arrives. */
  total: number | null
  /** Loaded pages by page number; the table asks for the ones it shows. */
  pages: Record<number, ArticleListRow[]>
  selectedId: number | null
  /** Bumped on every reset so answers to outdated requests are dropped. */
  generation: number
  setQuery(query: string): void
  setSort(sort: ArticleSortKey): void
  select(id: number | null): void
  ensureRows(first: number, last: number): void
  refresh(): void
  setFilters(changes: Partial<ArticleFilters>): void
  applySearch(query: string, filters: ArticleFilters): void
  toggleSelected(id: number, index: number, range: boolean): void
  selectAllMatching(): Promise<void>
  clearSelection(): void
}

/** Removes empty lists and unset values so the filter object says only what is chosen. */
export function cleanFilters(filters: ArticleFilters): ArticleFilters {
  const clean: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    clean[key] = value
  }
  return clean as ArticleFilters
}

const inFlight = new Set<string>()

export const useCorpusStore = create<CorpusState>()((set, get) => {
  const reset = (changes: Partial<CorpusState>) => {
    set((state) => ({ ...changes, pages: {}, generation: state.generation + 1 }))
    get().ensureRows(0, PAGE_SIZE - 1)
  }

  const loadPage = async (page: number) => {
    const { query, sort, direction, generation } = get()
    const key = `${generation}:${page}`
    if (inFlight.has(key)) return
    inFlight.add(key)
    try {
      const result = await client.call('articles.list', {
        query: query.trim() || undefined,
        filters: get().filters,
        sort,
        direction,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE
      })
      if (get().generation !== generation) return
      set((state) => ({ total: result.total, pages: { ...state.pages, [page]: result.rows } }))
    } catch (error) {
      reportError(error)
    } finally {
      inFlight.delete(key)
    }
  }

  return {
    query: '',
    filters: {},
    selection: new Set<number>(),
    anchorIndex: null,
    sort: 'published_at',
    direction: 'desc',
    total: null,
    pages: {},
    selectedId: null,
    generation: 0,
    setQuery: (query) => {
      const hadQuery = get().query.trim() !== ''
      const hasQuery = query.trim() !== ''
      // A new search ranks by relevance; clearing it goes back to the newest first.
      const sortChange: Partial<CorpusState> =
        hasQuery && !hadQuery ? { sort: 'relevance', direction: 'desc' } : !hasQuery && get().sort === 'relevance' ? { sort: 'published_at', direction: 'desc' } : {}
      reset({ query, ...sortChange })
    },
    setSort: (sort) => {
      const { sort: current, direction } = get()
      const nextDirection = sort === current ? (direction === 'asc' ? 'desc' : 'asc') : sort === 'title' || sort === 'outlet' || sort === 'language' ? 'asc' : 'desc'
      reset({ sort, direction: nextDirection })
    },
    select: (id) => set({ selectedId: id }),
    ensureRows: (first, last) => {
      const { pages, total } = get()
      const lastRow = total === null ? last : Math.min(last, total - 1)
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(Math.max(first, lastRow) / PAGE_SIZE); page++) {
        if (!pages[page]) void loadPage(page)
      }
    },
    refresh: () => reset({}),
    setFilters: (changes) => reset({ filters: cleanFilters({ ...get().filters, ...changes }) }),
    applySearch: (query, filters) => reset({ query, filters: cleanFilters(filters), sort: query.trim() ? 'relevance' : 'published_at', direction: 'desc' }),
    toggleSelected: (id, index, range) => {
      const { selection, anchorIndex, pages } = get()
      const next = new Set(selection)
      if (range && anchorIndex !== null) {
        const [from, to] = anchorIndex < index ? [anchorIndex, index] : [index, anchorIndex]
        for (let position = from; position <= to; position++) {
          const row = rowAt(pages, position)
          if (row) next.add(row.id)
        }
      } else if (next.has(id)) next.delete(id)
      else next.add(id)
      set({ selection: next, anchorIndex: index })
    },
    selectAllMatching: async () => {
      const { query, filters } = get()
      try {
        const ids = await client.call('articles.ids', { query: query.trim() || undefined, filters })
        set({ selection: new Set(ids) })
      } catch (error) {
        reportError(error)
      }
    },
    clearSelection: () => set({ selection: new Set(), anchorIndex: null })
  }
})

export function rowAt(pages: Record<number, ArticleListRow[]>, index: number): ArticleListRow | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE]
}
