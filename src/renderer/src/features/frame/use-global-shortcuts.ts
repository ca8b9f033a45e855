import { useEffect } from 'react'
import { useCodingStore } from '../coding/coding-store'
import { undoLatest, useAppStore, VIEWS } from './app-store'

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && /^[1-9]$/.test(event.key)) {
        event.preventDefault()
        useAppStore.getState().showView(VIEWS[Number(event.key) - 1] ?? 'corpus')
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        const target = event.target as HTMLElement | null
        if (target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA') return
        const coding = useCodingStore.getState()
        if (event.shiftKey) {
          // Redo is for the coder's own judgments; deletes and other undoable actions have no redo.
          if (coding.coderId !== null && coding.recorded > 0) {
            event.preventDefault()
            void coding.redo()
          }
        } else if (undoLatest()) {
          event.preventDefault()
        } else if (coding.coderId !== null && coding.recorded > 0) {
          event.preventDefault()
          void coding.undo()
        }
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        useAppStore.getState().showView('corpus')
        requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('[data-import-trigger]')?.click())
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
