import { useState } from 'react'
import { client } from '../../api/client'
import { formatNumber } from '../../components/format'
import { useAnalysisStore } from '../analysis/analysis-store'
import { reportError, useAppStore } from '../frame/app-store'
import { useCorpusStore } from './corpus-store'

/** Batch actions for the ticked articles: tag, untag, delete (with undo). */
export function SelectionBar() {
  const { selection, total, clearSelection, selectAllMatching, refresh, select } = useCorpusStore()
  const [tag, setTag] = useState('')
  const notify = useAppStore((state) => state.notify)
  const showUndo = useAppStore((state) => state.showUndo)
  if (selection.size === 0) return null
  const ids = [...selection]

  const applyTag = async (remove: boolean) => {
    const name = tag.trim()
    if (!name) return
    try {
      const { changed } = await client.call(remove ? 'articles.untag' : 'articles.tag', { ids, tag: name })
      notify('info', `${remove ? 'Removed' : 'Added'} tag “${name}” ${remove ? 'from' : 'to'} ${formatNumber(changed)} articles`)
      setTag('')
      refresh()
    } catch (error) {
      reportError(error)
    }
  }

  const remove = async () => {
    try {
      const { batchId, deleted } = await client.call('articles.delete', { ids })
      clearSelection()
      select(null)
      refresh()
      showUndo(`Deleted ${formatNumber(deleted)} article${deleted === 1 ? '' : 's'}`, async () => {
        const { restored } = await client.call('articles.restore', { batchId })
        useCorpusStore.getState().refresh()
        notify('info', `Restored ${formatNumber(restored)} article${restored === 1 ? '' : 's'}`)
      })
    } catch (error) {
      reportError(error)
    }
  }

  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected articles" data-testid="selection-bar">
      <strong>{formatNumber(selection.size)} selected</strong>
      {total !== null && selection.size < total ? (
        <button type="button" className="link-button" onClick={() => void selectAllMatching()}>
          Select all {formatNumber(total)}
        </button>
      ) : null}
      <button type="button" className="link-button" onClick={clearSelection}>
        Clear
      </button>
      <span className="spacer" />
      <input value={tag} onChange={(event) => setTag(event.target.value)} placeholder="Tag" aria-label="Tag for the selected articles" onKeyDown={(event) => event.key === 'Enter' && void applyTag(false)} />
      <button type="button" onClick={() => void applyTag(false)} disabled={!tag.trim()}>
        Add tag
      </button>
      <button type="button" onClick={() => void applyTag(true)} disabled={!tag.trim()}>
        Remove tag
      </button>
      <button type="button" onClick={() => void useAnalysisStore.getState().start({ ids })}>
        Analyse
      </button>
      <button type="button" className="danger" onClick={() => void remove()}>
        Delete
      </button>
    </div>
  )
}
