import { useEffect, useRef, useState } from 'react'
import { useImportStore } from './import-store'

function parseUrls(text: string): { urls: string[]; invalid: string[] } {
  const urls: string[] = []
  const invalid: string[] = []
  for (const line of text.split(/\s+/)) {
    if (!line) continue
    try {
      const url = new URL(line)
      if (url.protocol === 'http:' || url.protocol === 'https:') urls.push(url.toString())
      else invalid.push(line)
    } catch {
      invalid.push(line)
    }
  }
  return { urls: [...new Set(urls)], invalid }
}

/** Web pages and RSS or Atom feeds by address, one per line. */
export function AddUrlsDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  const [outlet, setOutlet] = useState('')
  const importUrls = useImportStore((state) => state.importUrls)
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  const { urls, invalid } = parseUrls(text)
  return (
    <dialog ref={dialog} className="report-dialog" onClose={onClose} aria-labelledby="add-urls-title" data-testid="add-urls-dialog">
      <h2 id="add-urls-title">Add URLs or feeds</h2>
      <p className="muted">
        One address per line. A web page becomes an article; a feed's items become articles, and items that only link to
        their story are fetched. Pages already in the corpus are not fetched again.
      </p>
      <textarea
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={8}
        className="url-list"
        aria-label="Addresses"
        placeholder={'https://news.example/story\nhttps://news.example/feed.xml'}
        autoFocus
      />
      <label className="inline-field">
        Outlet (optional, for pages that do not name one)
        <input value={outlet} onChange={(event) => setOutlet(event.target.value)} aria-label="Outlet" />
      </label>
      {invalid.length > 0 ? <p className="error-text">Not http(s) addresses: {invalid.slice(0, 5).join(', ')}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={urls.length === 0 || invalid.length > 0}
          onClick={() => {
            dialog.current?.close()
            void importUrls(urls, outlet.trim() || undefined)
          }}
        >
          Import {urls.length > 0 ? urls.length : ''} {urls.length === 1 ? 'address' : 'addresses'}
        </button>
      </div>
    </dialog>
  )
}
