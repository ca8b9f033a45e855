import { useEffect } from 'react'
import { EmptyState } from '../../components/empty-state'
import { formatDateTime, formatNumber } from '../../components/format'
import { ProgressBar } from '../../components/progress-bar'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'
import { useImportStore } from '../import/import-store'
import { useJobsStore } from './jobs-store'

export function JobsView() {
  const { jobs, load } = useJobsStore()
  useEffect(() => {
    void load()
  }, [load])
  if (jobs === null) return <p className="muted padded">Loading…</p>
  if (jobs.length === 0) {
    return (
      <EmptyState title="No jobs yet">
        <p>Imports run as jobs and appear here with their progress and their report; analysis jobs will join them.</p>
      </EmptyState>
    )
  }
  return (
    <div className="padded scroll">
      <h2>Jobs</h2>
      <table className="data-table" data-testid="jobs-table">
        <thead>
          <tr>
            <th>Job</th>
            <th>State</th>
            <th>Progress</th>
            <th>Counts</th>
            <th>Started</th>
            <th>Finished</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <td>{job.label}</td>
              <td className={`state state-${job.state}`}>{job.state}</td>
              <td className="progress-cell">
                <ProgressBar fraction={job.state === 'done' ? 1 : job.progress} label={`${job.label} progress`} />
              </td>
              <td>
                {Object.entries(job.counts)
                  .map(([name, value]) => `${formatNumber(value)} ${name}`)
                  .join(' · ')}
                {job.error ? <div className="error-text">{job.error}</div> : null}
                {job.kind === 'import' && job.state !== 'running' ? (
                  <button
                    type="button"
                    onClick={() =>
                      client
                        .call('jobs.report', { id: job.id })
                        .then((result) => result && useImportStore.setState({ results: [result] }), reportError)
                    }
                  >
                    Report
                  </button>
                ) : null}
                {job.state === 'running' ? (
                  <button type="button" onClick={() => client.call('jobs.cancel', { id: job.id }).catch(reportError)}>
                    Cancel
                  </button>
                ) : null}
              </td>
              <td>{formatDateTime(job.startedAt)}</td>
              <td>{formatDateTime(job.finishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
