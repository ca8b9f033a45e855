import { create } from 'zustand'
import type { LexiconCategoryName, LexiconTermRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError, useAppStore } from '../frame/app-store'

export interface TermDraft {
  term: string
  category: LexiconCategoryName
  weight: number
  neutral: string[]
}

interface LexiconState {
  terms: LexiconTermRow[] | null
  shippedEntries: number
  load(): Promise<void>
  /** Resolves true when stored; a refused term is reported and resolves false. */
  save(draft: TermDraft): Promise<boolean>
  remove(term: string): Promise<void>
}

export const useLexiconStore = create<LexiconState>()((set, get) => ({
  terms: null,
  shippedEntries: 0,
  load: async () => {
    try {
      const { terms, shippedEntries } = await client.call('lexicon.terms', {})
      set({ terms, shippedEntries })
    } catch (error) {
      reportError(error)
    }
  },
  save: async (draft) => {
    try {
      const saved = await client.call('lexicon.saveTerm', draft)
      await get().load()
      useAppStore.getState().notify('info', `“${saved.term}” saved; analyses started from now on use it`)
      return true
    } catch (error) {
      reportError(error)
      return false
    }
  },
  remove: async (term) => {
    const removed = get().terms?.find((row) => row.term === term)
    try {
      await client.call('lexicon.removeTerm', { term })
      await get().load()
      if (removed) {
        const { term: text, category, weight, neutral } = removed
        useAppStore.getState().showUndo(`“${term}” removed`, async () => {
          await get().save({ term: text, category, weight, neutral })
        })
      }
    } catch (error) {
      reportError(error)
    }
  }
}))
