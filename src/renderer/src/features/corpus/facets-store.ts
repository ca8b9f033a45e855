import { create } from 'zustand'
import type { ArticleFilters } from '../../../../shared/contract'
import type { ArticleFacets, SavedSearch } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'

interface FacetsState {
  facets: ArticleFacets | null
  savedSearches: SavedSearch[]
  load(query: string, filters: ArticleFilters): Promise<void>
  loadSavedSearches(): Promise<void>
  saveSearch(name: string, query: string, filters: ArticleFilters): Promise<void>
  deleteSearch(id: number): Promise<void>
}

let latest = 0

export const useFacetsStore = create<FacetsState>()((set, get) => ({
  facets: null,
  savedSearches: [],
  load: async (query, filters) => {
    const request = ++latest
    try {
      const facets = await client.call('articles.facets', { query: query.trim() || undefined, filters })
      if (request === latest) set({ facets })
    } catch (error) {
      reportError(error)
    }
  },
  loadSavedSearches: async () => {
    try {
      set({ savedSearches: await client.call('searches.list', {}) })
    } catch (error) {
      reportError(error)
    }
  },
  saveSearch: async (name, query, filters) => {
    await client.call('searches.save', { name, query, filters })
    await get().loadSavedSearches()
  },
  deleteSearch: async (id) => {
    await client.call('searches.delete', { id })
    await get().loadSavedSearches()
  }
}))
