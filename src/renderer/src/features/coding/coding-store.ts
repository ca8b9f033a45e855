import { create } from 'zustand'
import type { BiasDimension, CoderRow, JudgmentRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'

interface CodingState {
  coders: CoderRow[]
  coderId: number | null
  /** Judgments recorded in this session: undo and redo act on the coder's own. */
  recorded: number
  load(): Promise<void>
  pick(coderId: number | null): Promise<void>
  create(input: { name: string; initials: string; colour: string }): Promise<void>
  record(input: { articleId: number; dimension: BiasDimension; value: number; rationale?: string; confidence?: number; kind?: 'score' | 'adjudication' }): Promise<void>
  undo(): Promise<void>
  redo(): Promise<void>
}

const DIMENSION_NAMES: Record<BiasDimension, string> = { framing: 'Framing', language: 'Language', omission: 'Omission' }

function describe(row: JudgmentRow | null, verb: string): string {
  if (!row) return `Nothing to ${verb}`
  return `${verb === 'undo' ? 'Undone' : 'Redone'}: ${DIMENSION_NAMES[row.dimension]} ${row.value === null ? 'cleared' : `back to ${row.value}`}`
}

/** Undoes or redoes the coder's last change and says what it did. */
async function step(direction: 'undo' | 'redo'): Promise<void> {
  try {
    const row = await client.call(direction === 'undo' ? 'judgments.undo' : 'judgments.redo', {})
    useAppStore.getState().notify('info', describe(row, direction))
    useCorpusStore.getState().refresh()
  } catch (error) {
    reportError(error)
  }
}

export const useCodingStore = create<CodingState>()((set, get) => ({
  coders: [],
  coderId: null,
  recorded: 0,
  load: async () => {
    try {
      const [coders, settings] = await Promise.all([client.call('coders.list', {}), client.call('settings.get', {})])
      set({ coders, coderId: settings.coderId })
    } catch (error) {
      reportError(error)
    }
  },
  pick: async (coderId) => {
    try {
      await client.call('settings.update', { coderId })
      set({ coderId, recorded: 0 })
    } catch (error) {
      reportError(error)
    }
  },
  create: async (input) => {
    const coder = await client.call('coders.create', input)
    set({ coders: [...get().coders, coder].sort((a, b) => a.name.localeCompare(b.name)) })
    await get().pick(coder.id)
  },
  record: async (input) => {
    try {
      await client.call('judgments.record', input)
      set({ recorded: get().recorded + 1 })
      useCorpusStore.getState().refresh()
    } catch (error) {
      reportError(error)
    }
  },
  undo: () => step('undo'),
  redo: () => step('redo')
}))
