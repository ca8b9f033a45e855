import { useEffect, useRef, useState } from 'react'
import { EmptyState } from '../../components/empty-state'
import { useCodingStore } from '../coding/coding-store'
import { useCorpusStore } from '../corpus/corpus-store'
import { CodingScreen } from './coding-screen'
import { CreateQueueDialog } from './create-queue-dialog'
import { QueueList } from './queue-list'
import { useQueueStore } from './queue-store'
import './queue.css'

/** Blind coding: the team's queues with each coder's progress, and the coding screen for one of them. */
export function QueueView() {
  const { queues, item, loadQueues, close } = useQueueStore()
  const coderId = useCodingStore((state) => state.coderId)
  const generation = useCorpusStore((state) => state.generation)
  const [creating, setCreating] = useState(false)
  useEffect(() => {
    void loadQueues()
  }, [loadQueues, generation, coderId])
  // Another coder picked in the frame sees their own blind view, never the previous coder's unit.
  const shownFor = useRef(coderId)
  useEffect(() => {
    if (shownFor.current !== coderId && useQueueStore.getState().item) close()
    shownFor.current = coderId
  }, [coderId, close])

  if (item && coderId !== null) return <CodingScreen key={`${item.queueId}:${item.position}:${item.article.id}:${coderId}`} item={item} />
  return (
    <section className="queue-view" data-testid="queue-view">
      <div className="queue-view-head">
        <h1>Coding queues</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New queue…
        </button>
      </div>
      {coderId === null ? (
        <p className="muted" data-testid="queue-needs-coder">
          Pick or create a coder (bottom left) before you code: blindness and progress are per coder.
        </p>
      ) : null}
      {queues === null ? <p className="muted">Loading…</p> : null}
      {queues?.length === 0 ? (
        <EmptyState title="No coding queues yet" testId="queue-empty">
          <p>
            A queue is a sample of articles that every coder scores blind: the machine&apos;s values and the other coders&apos; stay hidden until
            you have saved your own. Press <strong>New queue…</strong> to draw one at random, stratified by outlet, from a saved search or from a
            story; then pick your coder (bottom left) and press <strong>Code</strong>.
          </p>
        </EmptyState>
      ) : null}
      {queues && queues.length > 0 ? <QueueList queues={queues} /> : null}
      <CreateQueueDialog open={creating} onClose={() => setCreating(false)} />
    </section>
  )
}
