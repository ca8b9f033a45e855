import { create } from 'zustand'
import type { ArticleSortKey } from '../../../../shared/contract'
import type { ArticleListRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'

export const PAGE_SIZE = 100

interface CorpusState {
  query: string
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
    refresh: () => reset({})
  }
})

export function rowAt(pages: Record<number, ArticleListRow[]>, index: number): ArticleListRow | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE]
}
