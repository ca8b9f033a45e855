import { create } from 'zustand'
import type { StoryDetail, StoryRow, StorySortKey } from '../../../../shared/story-rows'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'

export const STORY_PAGE_SIZE = 100

export interface StoryListFilters {
  /** Words in the story's name. */
  search: string
  minOutlets: number
  editedOnly: boolean
  /** Apply the corpus table's search and filters: a story is listed when one of its articles matches. */
  useCorpusFilters: boolean
}

export type StoriesTab = 'stories' | 'outlets' | 'blindspots'

interface StoriesState {
  tab: StoriesTab
  setTab(tab: StoriesTab): void
  filters: StoryListFilters
  sort: StorySortKey
  direction: 'asc' | 'desc'
  total: number | null
  /** Stories in the corpus at all, whatever the filters (null until counted): an empty list says why. */
  allStories: number | null
  pages: Record<number, StoryRow[]>
  /** Bumped on every reset so answers to outdated requests are dropped. */
  generation: number
  selectedId: number | null
  detail: StoryDetail | null
  /** Articles shown side by side, in column order; empty: the list and the story are shown. */
  compared: number[]
  setFilters(changes: Partial<StoryListFilters>): void
  setSort(sort: StorySortKey): void
  ensureRows(first: number, last: number): void
  refresh(): void
  select(id: number | null): Promise<void>
  compare(articleIds: number[]): void
  /** Runs an edit, then shows the story it leaves selected and refreshes everything that shows stories. */
  edit(run: () => Promise<{ storyId: number | null; message: string }>): Promise<boolean>
}

const inFlight = new Set<string>()

/** The stories.list input for the current filters (without paging). */
export function listInput(state: Pick<StoriesState, 'filters' | 'sort' | 'direction'>) {
  const corpus = useCorpusStore.getState()
  const { filters } = state
  return {
    search: filters.search.trim() || undefined,
    ...(filters.useCorpusFilters ? { query: corpus.query.trim() || undefined, filters: corpus.filters } : { filters: {} }),
    minOutlets: filters.minOutlets > 1 ? filters.minOutlets : undefined,
    editedOnly: filters.editedOnly || undefined,
    sort: state.sort,
    direction: state.direction
  }
}

export const useStoriesStore = create<StoriesState>()((set, get) => {
  const reset = (changes: Partial<StoriesState>) => {
    set((state) => ({ ...changes, pages: {}, generation: state.generation + 1 }))
    get().ensureRows(0, STORY_PAGE_SIZE - 1)
  }
  const loadPage = async (page: number) => {
    const { generation } = get()
    const key = `${generation}:${page}`
    if (inFlight.has(key)) return
    inFlight.add(key)
    try {
      const result = await client.call('stories.list', { ...listInput(get()), offset: page * STORY_PAGE_SIZE, limit: STORY_PAGE_SIZE })
      if (get().generation !== generation) return
      set((state) => ({ total: result.total, pages: { ...state.pages, [page]: result.rows } }))
    } catch (error) {
      reportError(error)
    } finally {
      inFlight.delete(key)
    }
  }
  const loadDetail = async (id: number | null) => {
    if (id === null) return set({ detail: null })
    try {
      const detail = await client.call('stories.get', { id })
      if (get().selectedId === id) set({ detail })
    } catch (error) {
      // The story was merged away or re-clustered: nothing to show.
      set({ selectedId: null, detail: null, compared: [] })
      reportError(error)
    }
  }
  return {
    tab: 'stories',
    setTab: (tab) => set({ tab }),
    filters: { search: '', minOutlets: 2, editedOnly: false, useCorpusFilters: true },
    sort: 'last_date',
    direction: 'desc',
    total: null,
    allStories: null,
    pages: {},
    generation: 0,
    selectedId: null,
    detail: null,
    compared: [],
    setFilters: (changes) => reset({ filters: { ...get().filters, ...changes } }),
    setSort: (sort) => {
      const { sort: current, direction } = get()
      reset({ sort, direction: sort === current ? (direction === 'asc' ? 'desc' : 'asc') : sort === 'label' ? 'asc' : 'desc' })
    },
    ensureRows: (first, last) => {
      const { pages, total } = get()
      const lastRow = total === null ? last : Math.min(last, total - 1)
      for (let page = Math.floor(first / STORY_PAGE_SIZE); page <= Math.floor(Math.max(first, lastRow) / STORY_PAGE_SIZE); page++) {
        if (!pages[page]) void loadPage(page)
      }
    },
    refresh: () => {
      reset({})
      void loadDetail(get().selectedId)
      client.call('stories.list', { limit: 1 }).then((page) => set({ allStories: page.total }), reportError)
    },
    select: async (id) => {
      set({ selectedId: id, detail: get().detail?.story.id === id ? get().detail : null, compared: [] })
      await loadDetail(id)
    },
    compare: (articleIds) => set({ compared: articleIds }),
    edit: async (run) => {
      try {
        const { storyId, message } = await run()
        set({ selectedId: storyId, compared: [] })
        useAppStore.getState().notify('info', message)
        // Scores and stories changed: the corpus table and the article view refresh, and this list with them
        // (the stories view follows the corpus generation).
        useCorpusStore.getState().refresh()
        return true
      } catch (error) {
        reportError(error)
        return false
      }
    }
  }
})

export function storyAt(pages: Record<number, StoryRow[]>, index: number): StoryRow | undefined {
  return pages[Math.floor(index / STORY_PAGE_SIZE)]?.[index % STORY_PAGE_SIZE]
}
