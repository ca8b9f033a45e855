import { formatNumber } from '../../components/format'
import { ProgressBar } from '../../components/progress-bar'
import { useImportStore } from './import-store'

export function ImportProgress() {
  const { running, job, cancel } = useImportStore()
  if (!running) return null
  const counts = job?.counts ?? {}
  return (
    <div className="import-progress" data-testid="import-progress">
      <span>{job ? job.label : 'Starting import…'}</span>
      <ProgressBar fraction={job?.progress ?? null} label="Import progress" />
      {job ? (
        <span className="muted">
          {formatNumber(job.processed)} records · {formatNumber(counts.added ?? 0)} added · {formatNumber(counts.duplicates ?? 0)} duplicates ·{' '}
          {formatNumber(counts.rejected ?? 0)} rejected
        </span>
      ) : null}
      <button type="button" onClick={() => void cancel()} disabled={!job}>
        Cancel
      </button>
    </div>
  )
}
