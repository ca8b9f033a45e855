import { create } from 'zustand'
import type { SettingsRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'

type Changes = Partial<Omit<SettingsRow, 'coderId'>>

interface SettingsState {
  /** Read once for the whole Settings view; null until then. */
  settings: SettingsRow | null
  load(): Promise<void>
  /** Shows the change at once and puts the old value back if the backend refuses it. */
  update(changes: Changes): void
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: null,
  load: async () => {
    try {
      set({ settings: await client.call('settings.get', {}) })
    } catch (error) {
      reportError(error)
    }
  },
  update: (changes) => {
    const before = get().settings
    if (!before) return
    set({ settings: { ...before, ...changes } })
    client.call('settings.update', changes).catch((error: unknown) => {
      set({ settings: before })
      reportError(error)
    })
  }
}))
