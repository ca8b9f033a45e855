import { create } from 'zustand'
import type { CallInput, CallName } from '../../../../shared/contract'
import type { OutletRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'

type OutletEdit = Extract<CallName, 'outlets.update' | 'outlets.addDomain' | 'outlets.removeDomain' | 'outlets.setAttribute' | 'outlets.removeAttribute' | 'outlets.merge'>

interface OutletsState {
  outlets: OutletRow[] | null
  selectedId: number | null
  load(): Promise<void>
  select(id: number | null): void
  /** Runs an edit; true when it succeeded (errors are shown as toasts). */
  edit<Name extends OutletEdit>(name: Name, input: CallInput<Name>): Promise<boolean>
}

export const useOutletsStore = create<OutletsState>()((set, get) => ({
  outlets: null,
  selectedId: null,
  load: async () => {
    try {
      set({ outlets: await client.call('outlets.list', {}) })
    } catch (error) {
      reportError(error)
    }
  },
  select: (id) => set({ selectedId: id }),
  edit: async (name, input) => {
    try {
      const outlet = await client.call(name, input)
      await get().load()
      set({ selectedId: (outlet as OutletRow).id })
      return true
    } catch (error) {
      reportError(error)
      return false
    }
  }
}))
