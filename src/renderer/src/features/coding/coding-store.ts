import { create } from 'zustand'
import type { BiasDimension, CoderRow, CodingStepRow } from '../../../../shared/rows'
import type { LabelEdit } from '../../../../shared/label-schemas'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'
import { describeSpanStep } from '../spans/span-step-text'

interface CodingState {
  coders: CoderRow[]
  coderId: number | null
  /** Judgments recorded in this session: undo and redo act on the coder's own. */
  recorded: number
  load(): Promise<void>
  pick(coderId: number | null): Promise<void>
  create(input: { name: string; initials: string; colour: string }): Promise<void>
  record(input: { articleId: number; dimension: BiasDimension; value: number; rationale?: string; confidence?: number; kind?: 'score' | 'adjudication' }): Promise<void>
  /** Records a goal or frame edit; true when it was saved. */
  recordLabel(input: LabelEdit): Promise<boolean>
  undo(): Promise<void>
  redo(): Promise<void>
}

const DIMENSION_NAMES: Record<BiasDimension, string> = { framing: 'Framing', language: 'Language', omission: 'Omission' }

function describe(step: CodingStepRow | null, verb: 'undo' | 'redo'): string {
  if (!step) return `Nothing to ${verb}`
  const done = verb === 'undo' ? 'Undone' : 'Redone'
  if (step.kind === 'score') return `${done}: ${DIMENSION_NAMES[step.judgment.dimension]} ${step.judgment.value === null ? 'cleared' : `back to ${step.judgment.value}`}`
  if (step.kind === 'label') {
    const { label } = step
    const name = label.scheme === 'sdg' ? `goal ${label.label}` : `frame ${label.label}`
    return `${done}: ${name} ${label.present === null ? 'withdrawn' : label.present ? (label.primary ? 'back as primary' : 'back') : 'removed again'}`
  }
  return describeSpanStep(step.span, verb)
}

/** Undoes or redoes the coder's last change (a score, goal, frame or span: one stack) and says what it did. */
async function step(direction: 'undo' | 'redo'): Promise<void> {
  try {
    const row = await client.call(direction === 'undo' ? 'coding.undo' : 'coding.redo', {})
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
  recordLabel: async (input) => {
    try {
      await client.call('labels.record', input)
      set({ recorded: get().recorded + 1 })
      useCorpusStore.getState().refresh()
      return true
    } catch (error) {
      reportError(error)
      return false
    }
  },
  undo: () => step('undo'),
  redo: () => step('redo')
}))
