import { Fragment, useEffect } from 'react'
import type { JobRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { EmptyState } from '../../components/empty-state'
import { formatDateTime, formatNumber } from '../../components/format'
import { ProgressBar } from '../../components/progress-bar'
import { reportError } from '../frame/app-store'
import { useImportStore } from '../import/import-store'
import { JobErrors } from './job-errors'
import { formatTimeLeft } from './job-rate'
import { useJobsStore } from './jobs-store'

const RESUMABLE = new Set<JobRow['state']>(['paused', 'cancelled', 'failed'])

function JobActions({ job }: { job: JobRow }) {
  const { act, errors, toggleErrors } = useJobsStore()
  const analysis = job.kind === 'analyze'
  const failed = job.counts.failed ?? 0
  return (
    <div className="job-actions">
      {job.kind === 'import' && job.state !== 'running' ? (
        <button
          type="button"
          onClick={() => client.call('jobs.report', { id: job.id }).then((result) => result && useImportStore.setState({ results: [result] }), reportError)}
        >
          Report
        </button>
      ) : null}
      {analysis && (job.state === 'running' || job.state === 'queued') ? (
        <button type="button" onClick={() => void act('jobs.pause', job.id)}>
          Pause
        </button>
      ) : null}
      {analysis && RESUMABLE.has(job.state) ? (
        <button type="button" onClick={() => void act('jobs.resume', job.id)}>
          Resume
        </button>
      ) : null}
      {job.state === 'running' || (analysis && (job.state === 'queued' || job.state === 'paused')) ? (
        <button type="button" onClick={() => void act('jobs.cancel', job.id)}>
          Cancel
        </button>
      ) : null}
      {failed > 0 ? (
        <button type="button" aria-expanded={Boolean(errors[job.id])} onClick={() => void toggleErrors(job.id)}>
          {errors[job.id] ? 'Hide errors' : `Errors (${formatNumber(failed)})`}
        </button>
      ) : null}
    </div>
  )
}

export function JobsView() {
  const { jobs, pace, errors, load } = useJobsStore()
  useEffect(() => {
    void load()
  }, [load])
  if (jobs === null) return <p className="muted padded">Loading…</p>
  if (jobs.length === 0) {
    return (
      <EmptyState title="No jobs yet">
        <p>Imports and analyses run as jobs. Import articles or analyse the corpus, and each job appears here with its progress, speed, errors and report.</p>
      </EmptyState>
    )
  }
  return (
    <div className="padded scroll">
      <h2>Jobs</h2>
      <p className="muted">An analysis can be paused and resumed later, also after Slant restarts; a cancelled or failed one can be resumed too. Nothing it stored is redone.</p>
      <table className="data-table" data-testid="jobs-table">
        <thead>
          <tr>
            <th>Job</th>
            <th>State</th>
            <th>Progress</th>
            <th>Counts</th>
            <th>Started</th>
            <th>Finished</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const { rate, secondsLeft } = pace[job.id] ?? { rate: null, secondsLeft: null }
            const shownErrors = errors[job.id]
            return (
              <Fragment key={job.id}>
                <tr data-testid={`job-${job.id}`}>
                  <td>{job.label}</td>
                  <td className={`state state-${job.state}`}>{job.state}</td>
                  <td className="progress-cell">
                    <ProgressBar fraction={job.state === 'done' ? 1 : job.progress} label={`${job.label} progress`} />
                    {job.state === 'running' && rate !== null ? (
                      <div className="muted job-pace">
                        {rate.toFixed(rate < 10 ? 1 : 0)}/s{secondsLeft !== null ? ` · ${formatTimeLeft(secondsLeft)}` : ''}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {Object.entries(job.counts)
                      .map(([name, value]) => `${formatNumber(value)} ${name}`)
                      .join(' · ')}
                    {job.error ? <div className="error-text">{job.error}</div> : null}
                  </td>
                  <td>{formatDateTime(job.startedAt)}</td>
                  <td>{formatDateTime(job.finishedAt)}</td>
                  <td>
                    <JobActions job={job} />
                  </td>
                </tr>
                {shownErrors ? (
                  <tr>
                    <td colSpan={7}>
                      <JobErrors page={shownErrors} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
