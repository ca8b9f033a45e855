import type { QueueRow } from '../../../../shared/queue-rows'
import { ProgressBar } from '../../components/progress-bar'
import { useAdjudicationStore } from '../adjudication/adjudication-store'
import { useAppStore } from '../frame/app-store'
import { useQueueStore } from './queue-store'

/** Every queue with how far each coder is through it. */
export function QueueList({ queues }: { queues: QueueRow[] }) {
  const open = useQueueStore((state) => state.open)
  const showView = useAppStore((state) => state.showView)
  const adjudicateQueue = (queueId: number) => {
    useAdjudicationStore.getState().setFilter({ queueId })
    showView('adjudication')
  }
  return (
    <ul className="queue-list" data-testid="queue-list">
      {queues.map((queue) => (
        <li key={queue.id} className="queue-card" data-testid={`queue-${queue.name}`}>
          <div className="queue-card-head">
            <strong>{queue.name}</strong>
            <span className="muted">
              {' '}
              {queue.description}; {queue.dimensions.join(', ')}
              {queue.createdBy ? ` · by ${queue.createdBy}` : ''}
            </span>
          </div>
          <table className="queue-progress">
            <tbody>
              {queue.progress.map((coder) => (
                <tr key={coder.coderId} data-testid={`progress-${coder.coderName}`}>
                  <td>
                    <span className="coder-badge small" style={{ background: coder.coderColour }}>
                      {coder.coderInitials}
                    </span>{' '}
                    {coder.coderName}
                  </td>
                  <td className="queue-progress-bar">
                    <ProgressBar fraction={queue.size === 0 ? 0 : coder.complete / queue.size} label={`${coder.coderName}'s progress`} />
                  </td>
                  <td className="numeric">
                    {coder.complete} of {queue.size}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="queue-card-actions">
            <button type="button" className="primary" onClick={() => void open(queue.id)} disabled={queue.size === 0}>
              Code
            </button>{' '}
            <button type="button" onClick={() => adjudicateQueue(queue.id)} title="The units of this queue on which coders disagree">
              Adjudicate
            </button>
          </div>
        </li>
      ))}
    </ul>
  )
}
