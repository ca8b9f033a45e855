import { create } from 'zustand'
import type { CallInput } from '../../../../shared/contract'
import type { QueueItem, QueueRow, QueueSources } from '../../../../shared/queue-rows'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'

interface QueueState {
  queues: QueueRow[] | null
  sources: QueueSources | null
  /** The unit on screen in the coding screen; null shows the list of queues. */
  item: QueueItem | null
  loadQueues(): Promise<void>
  loadSources(): Promise<void>
  /** Creates a queue; throws so the dialog can show why it was refused. */
  create(input: CallInput<'queues.create'>): Promise<QueueRow>
  /** Opens a queue at a unit (by default the first one the coder has not finished). */
  open(queueId: number, position?: number): Promise<void>
  go(position: number): Promise<void>
  /** Saves the coder's values for the unit on screen; returns the unit as saved, or null when refused. */
  save(scores: CallInput<'queues.save'>['scores']): Promise<QueueItem | null>
  close(): void
}

export const useQueueStore = create<QueueState>()((set, get) => ({
  queues: null,
  sources: null,
  item: null,
  loadQueues: async () => {
    try {
      set({ queues: await client.call('queues.list', {}) })
    } catch (error) {
      reportError(error)
    }
  },
  loadSources: async () => {
    try {
      set({ sources: await client.call('queues.sources', {}) })
    } catch (error) {
      reportError(error)
    }
  },
  create: async (input) => {
    const queue = await client.call('queues.create', input)
    await get().loadQueues()
    return queue
  },
  open: async (queueId, position) => {
    try {
      const first = await client.call('queues.item', { queueId, position: position ?? 0 })
      // Without a position, resume where this coder stopped rather than at the top.
      const start = position === undefined && first.firstIncomplete !== null && first.firstIncomplete !== 0 ? await client.call('queues.item', { queueId, position: first.firstIncomplete }) : first
      set({ item: start })
    } catch (error) {
      reportError(error)
    }
  },
  go: async (position) => {
    const current = get().item
    if (!current || position < 0 || position >= current.total) return
    try {
      set({ item: await client.call('queues.item', { queueId: current.queueId, position }) })
    } catch (error) {
      reportError(error)
    }
  },
  save: async (scores) => {
    const current = get().item
    if (!current) return null
    try {
      const saved = await client.call('queues.save', { queueId: current.queueId, position: current.position, articleId: current.article.id, scores })
      set({ item: saved })
      useCorpusStore.getState().refresh()
      return saved
    } catch (error) {
      reportError(error)
      return null
    }
  },
  close: () => {
    set({ item: null })
    void get().loadQueues()
  }
}))
