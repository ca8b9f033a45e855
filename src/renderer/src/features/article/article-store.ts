import { create } from 'zustand'
import type { ArticleDetail } from '../../../../shared/rows'
import { client, errorMessage } from '../../api/client'

interface ArticleState {
  article: ArticleDetail | null
  loadingId: number | null
  error: string | null
  load(id: number): Promise<void>
}

export const useArticleStore = create<ArticleState>()((set, get) => ({
  article: null,
  loadingId: null,
  error: null,
  load: async (id) => {
    if (get().article?.id === id) return
    set({ loadingId: id, error: null })
    try {
      const article = await client.call('articles.get', { id })
      if (get().loadingId === id) set({ article, loadingId: null })
    } catch (error) {
      if (get().loadingId === id) set({ error: errorMessage(error), loadingId: null, article: null })
    }
  }
}))
