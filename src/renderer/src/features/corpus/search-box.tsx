import { useEffect, useRef, useState } from 'react'
import { useCorpusStore } from './corpus-store'

const DEBOUNCE_MS = 200

export function SearchBox() {
  const setQuery = useCorpusStore((state) => state.setQuery)
  const [value, setValue] = useState(useCorpusStore.getState().query)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const timer = setTimeout(() => {
      if (value !== useCorpusStore.getState().query) setQuery(value)
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [value, setQuery])

  // "/" focuses the search box from anywhere, as in most research tools and browsers.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (event.key === '/' && target?.tagName !== 'INPUT' && target?.tagName !== 'TEXTAREA') {
        event.preventDefault()
        input.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <input
      ref={input}
      type="search"
      className="search-box"
      placeholder='Search titles and texts: "exact phrase", prefix*, OR, -exclude   ( / )'
      aria-label="Search the corpus"
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') setQuery(value)
        if (event.key === 'Escape') setValue('')
      }}
    />
  )
}
