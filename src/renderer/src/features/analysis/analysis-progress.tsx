import { formatNumber } from '../../components/format'
import { ProgressBar } from '../../components/progress-bar'
import { formatTimeLeft } from '../jobs/job-rate'
import { useAnalysisStore } from './analysis-store'

/** Progress, rate and time left of the running analysis, with pause and cancel. */
export function AnalysisProgress() {
  const { job, rate, secondsLeft: left, pause, cancel } = useAnalysisStore()
  if (!job) return null
  const total = job.counts.total ?? 0
  return (
    <div className="import-progress" data-testid="analysis-progress">
      <span>{job.label}</span>
      <ProgressBar fraction={job.progress} label="Analysis progress" />
      <span className="muted">
        {formatNumber(job.processed)} of {formatNumber(total)}
        {rate ? ` · ${rate.toFixed(0)} articles/s` : ''}
        {left !== null ? ` · ${formatTimeLeft(left)}` : ''}
        {job.counts.failed ? ` · ${job.counts.failed} failed` : ''}
      </span>
      <button type="button" onClick={() => void pause()}>
        Pause
      </button>
      <button type="button" onClick={() => void cancel()}>
        Cancel
      </button>
    </div>
  )
}
