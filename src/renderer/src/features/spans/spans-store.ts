import { create } from 'zustand'
import type { ArticleSpans, SpanLabelRow } from '../../../../shared/rows'
import type { CallInput } from '../../../../shared/contract'
import { client } from '../../api/client'
import { useCodingStore } from '../coding/coding-store'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'

interface SpansState {
  labels: SpanLabelRow[]
  /** The open article's spans, verdicts and span history. */
  current: (ArticleSpans & { articleId: number }) | null
  loadLabels(): Promise<void>
  load(articleId: number): Promise<void>
  /** Records one span action; true when it was stored. */
  record(input: CallInput<'spans.record'>): Promise<boolean>
  createLabel(input: CallInput<'spanLabels.create'>): Promise<boolean>
  updateLabel(input: CallInput<'spanLabels.update'>): Promise<void>
  removeLabel(id: number): Promise<void>
}

export const useSpansStore = create<SpansState>()((set, get) => ({
  labels: [],
  current: null,
  loadLabels: async () => {
    try {
      set({ labels: await client.call('spanLabels.list', {}) })
    } catch (error) {
      reportError(error)
    }
  },
  load: async (articleId) => {
    try {
      const spans = await client.call('spans.forArticle', { articleId })
      set({ current: { ...spans, articleId } })
    } catch (error) {
      reportError(error)
    }
  },
  record: async (input) => {
    try {
      await client.call('spans.record', input)
      // A span edit is one of the coder's judgments: Ctrl+Z undoes it like a score.
      useCodingStore.setState((state) => ({ recorded: state.recorded + 1 }))
      await get().load(input.articleId)
      useCorpusStore.getState().refresh()
      return true
    } catch (error) {
      reportError(error)
      return false
    }
  },
  createLabel: async (input) => {
    try {
      await client.call('spanLabels.create', input)
      await get().loadLabels()
      return true
    } catch (error) {
      reportError(error)
      return false
    }
  },
  updateLabel: async (input) => {
    try {
      await client.call('spanLabels.update', input)
      await get().loadLabels()
    } catch (error) {
      reportError(error)
    }
  },
  removeLabel: async (id) => {
    try {
      await client.call('spanLabels.remove', { id })
      await get().loadLabels()
    } catch (error) {
      reportError(error)
    }
  }
}))
