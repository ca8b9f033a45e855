import { useEffect, useState } from 'react'
import type { AdjudicationUnitList } from '../../../../shared/queue-rows'
import type { BiasDimension } from '../../../../shared/rows'
import { client } from '../../api/client'
import { EmptyState } from '../../components/empty-state'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import { DIMENSION_NAMES } from '../queue/blind-score-editor'
import { useQueueStore } from '../queue/queue-store'
import { SOURCE_NAMES } from '../queue/revealed-values'
import '../queue/queue.css'
import { AdjudicationUnitPanel } from './adjudication-unit-panel'
import { useAdjudicationStore, type AdjudicationFilter } from './adjudication-store'

/** Units on which coders disagree, and the adjudicator's view of one of them. */
export function AdjudicationView() {
  const { filter, unit, setFilter, focus } = useAdjudicationStore()
  const generation = useCorpusStore((state) => state.generation)
  const queues = useQueueStore((state) => state.queues)
  const [list, setList] = useState<AdjudicationUnitList | null>(null)
  useEffect(() => {
    if (useQueueStore.getState().queues === null) void useQueueStore.getState().loadQueues()
  }, [])
  useEffect(() => {
    client
      .call('adjudication.units', {
        status: filter.status,
        ...(filter.dimension ? { dimension: filter.dimension } : {}),
        ...(filter.queueId !== undefined ? { queueId: filter.queueId } : {})
      })
      .then(setList, reportError)
  }, [filter, generation])
  const queueName = filter.queueId === undefined ? null : (queues?.find((queue) => queue.id === filter.queueId)?.name ?? `queue ${filter.queueId}`)
  return (
    <section className="adjudication-view" data-testid="adjudication-view">
      <h1>Adjudication</h1>
      <div className="adjudication-filters">
        <label className="inline-field">
          Dimension{' '}
          <select aria-label="Dimension" value={filter.dimension ?? ''} onChange={(event) => setFilter({ dimension: (event.target.value || undefined) as BiasDimension | undefined })}>
            <option value="">all</option>
            {(['framing', 'language', 'omission'] as const).map((dimension) => (
              <option key={dimension} value={dimension}>
                {DIMENSION_NAMES[dimension]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label className="inline-field">
          Show{' '}
          <select aria-label="Status" value={filter.status} onChange={(event) => setFilter({ status: event.target.value as AdjudicationFilter['status'] })}>
            <option value="open">not adjudicated yet</option>
            <option value="adjudicated">adjudicated</option>
            <option value="all">all disagreements</option>
          </select>
        </label>{' '}
        {queueName ? (
          <span className="tag">
            in queue {queueName}{' '}
            <button type="button" className="link-button" aria-label="Show every queue" onClick={() => setFilter({ queueId: undefined })}>
              ×
            </button>
          </span>
        ) : null}
      </div>
      {!list ? <p className="muted">Loading…</p> : null}
      {list && list.total === 0 && !unit ? (
        <EmptyState title="No disagreements to settle" testId="adjudication-empty">
          <p>
            A unit (an article on one dimension) appears here when two or more coders give it different values. Code a queue with a colleague
            (Queues view), or merge their coder file in Settings; then pick a unit, read every coder&apos;s value and rationale side by side, and record
            the final value with a note.
          </p>
        </EmptyState>
      ) : null}
      {list && (list.total > 0 || unit) ? (
        <div className="adjudication-layout">
          <ul className="adjudication-list" data-testid="adjudication-list" aria-label="Units with disagreement">
            {list.units.map((row) => {
              const active = unit?.articleId === row.articleId && unit.dimension === row.dimension
              return (
                <li key={`${row.articleId}:${row.dimension}`}>
                  <button type="button" className={`adjudication-item${active ? ' active' : ''}`} aria-current={active ? 'true' : undefined} onClick={() => focus(row.articleId, row.dimension)}>
                    <span className="adjudication-item-title">{row.title || `Article ${row.articleId}`}</span>
                    <span className="muted">
                      {DIMENSION_NAMES[row.dimension]} · {row.values.map((value) => `${value.coderName} ${value.value}`).join(', ')} · final {row.finalValue ?? 'none'}
                      {row.source ? ` (${SOURCE_NAMES[row.source]})` : ''}
                    </span>
                  </button>
                </li>
              )
            })}
            {list.total > list.units.length ? <li className="muted">and {list.total - list.units.length} more; narrow by dimension or queue</li> : null}
            {list.total === 0 ? <li className="muted">No unit matches these filters.</li> : null}
          </ul>
          <div className="adjudication-detail">
            {unit ? (
              <AdjudicationUnitPanel key={`${unit.articleId}:${unit.dimension}`} articleId={unit.articleId} dimension={unit.dimension} />
            ) : (
              <p className="muted">Pick a unit on the left to see every coder&apos;s value and rationale side by side.</p>
            )}
          </div>
        </div>
      ) : null}
    </section>
  )
}
