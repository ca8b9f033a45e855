import { useCallback, useEffect, useState } from 'react'
import type { NearDuplicatePage } from '../../../../shared/rows'
import { client } from '../../api/client'
import { EmptyState } from '../../components/empty-state'
import { formatDate, formatNumber } from '../../components/format'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'

/** Pairs flagged as near-duplicates, with "Not a duplicate" to undo a flag (and a way back). */
export function DuplicatesReview({ onClose }: { onClose(): void }) {
  const [status, setStatus] = useState<'flagged' | 'dismissed'>('flagged')
  const [page, setPage] = useState<NearDuplicatePage | null>(null)
  const [scanning, setScanning] = useState(false)
  const select = useCorpusStore((state) => state.select)
  const notify = useAppStore((state) => state.notify)

  const load = useCallback(() => {
    client.call('duplicates.list', { status, limit: 200 }).then(setPage, reportError)
  }, [status])
  useEffect(load, [load])

  const change = async (articleId: number, to: 'flagged' | 'dismissed') => {
    try {
      await client.call(to === 'dismissed' ? 'duplicates.dismiss' : 'duplicates.restore', { articleIds: [articleId] })
      load()
      useCorpusStore.getState().refresh()
    } catch (error) {
      reportError(error)
    }
  }

  const scan = async () => {
    setScanning(true)
    try {
      const { scanned, flagged } = await client.call('duplicates.scan', {})
      notify('info', `Checked ${formatNumber(scanned)} articles not checked before; ${formatNumber(flagged)} newly flagged`)
      load()
    } catch (error) {
      reportError(error)
    } finally {
      setScanning(false)
    }
  }

  return (
    <section className="duplicates-review" aria-label="Near-duplicates" data-testid="duplicates-review">
      <div className="review-toolbar">
        <h2>Near-duplicates</h2>
        <div className="segmented" role="tablist">
          <button type="button" role="tab" aria-selected={status === 'flagged'} className={status === 'flagged' ? 'active' : ''} onClick={() => setStatus('flagged')}>
            Flagged
          </button>
          <button type="button" role="tab" aria-selected={status === 'dismissed'} className={status === 'dismissed' ? 'active' : ''} onClick={() => setStatus('dismissed')}>
            Not duplicates
          </button>
        </div>
        <span className="spacer" />
        <button type="button" onClick={() => void scan()} disabled={scanning} title="Check articles stored before near-duplicate detection, or after a threshold change">
          {scanning ? 'Checking…' : 'Check unchecked articles'}
        </button>
        <button type="button" onClick={onClose}>
          Back to the table
        </button>
      </div>
      {page && page.pairs.length === 0 ? (
        <EmptyState title={status === 'flagged' ? 'No near-duplicates flagged' : 'No flags dismissed'}>
          <p>
            An imported article whose text is nearly the same as an earlier one (a republished wire story, a lightly edited copy) is
            stored and flagged here for review.
          </p>
        </EmptyState>
      ) : null}
      {page && page.pairs.length > 0 ? (
        <table className="data-table" data-testid="duplicates-table">
          <thead>
            <tr>
              <th>Article</th>
              <th>Near-duplicate of</th>
              <th className="numeric">Similarity</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {page.pairs.map((pair) => (
              <tr key={pair.article.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => select(pair.article.id)}>
                    {pair.article.title || 'Untitled'}
                  </button>
                  <div className="muted">{[pair.article.outletName, formatDate(pair.article.publishedAt)].filter(Boolean).join(' · ')}</div>
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => select(pair.original.id)}>
                    {pair.original.title || 'Untitled'}
                  </button>
                  <div className="muted">{[pair.original.outletName, formatDate(pair.original.publishedAt)].filter(Boolean).join(' · ')}</div>
                </td>
                <td className="numeric">{Math.round(pair.similarity * 100)}%</td>
                <td>
                  {pair.status === 'flagged' ? (
                    <button type="button" onClick={() => void change(pair.article.id, 'dismissed')}>
                      Not a duplicate
                    </button>
                  ) : (
                    <button type="button" onClick={() => void change(pair.article.id, 'flagged')}>
                      Flag again
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {page && page.total > page.pairs.length ? <p className="muted">Showing {page.pairs.length} of {formatNumber(page.total)}.</p> : null}
    </section>
  )
}
