import { useEffect } from 'react'
import { undoLatest, useAppStore, VIEWS } from './app-store'

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && /^[1-6]$/.test(event.key)) {
        event.preventDefault()
        useAppStore.getState().showView(VIEWS[Number(event.key) - 1] ?? 'corpus')
      } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        const target = event.target as HTMLElement | null
        if (target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA') return
        if (undoLatest()) event.preventDefault()
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
