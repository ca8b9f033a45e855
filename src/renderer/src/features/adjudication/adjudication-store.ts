import { create } from 'zustand'
import type { BiasDimension } from '../../../../shared/rows'

export interface AdjudicationFilter {
  dimension?: BiasDimension | undefined
  status: 'open' | 'adjudicated' | 'all'
  queueId?: number | undefined
}

interface AdjudicationState {
  filter: AdjudicationFilter
  /** The unit open beside the list. */
  unit: { articleId: number; dimension: BiasDimension } | null
  setFilter(filter: Partial<AdjudicationFilter>): void
  /** Opens a unit; other views (agreement, queues) call this before showing the adjudication view. */
  focus(articleId: number, dimension: BiasDimension): void
}

export const useAdjudicationStore = create<AdjudicationState>()((set, get) => ({
  filter: { status: 'open' },
  unit: null,
  setFilter: (filter) => set({ filter: { ...get().filter, ...filter } }),
  focus: (articleId, dimension) => set({ unit: { articleId, dimension } })
}))
