import { useEffect, useRef } from 'react'
import { formatNumber } from '../../components/format'
import { useImportStore } from './import-store'

/** What each file brought in: added, duplicates (of which article) and rejected records with the reason. */
export function ImportReportDialog() {
  const { reports, dismissReports } = useImportStore()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (reports && dialog.current && !dialog.current.open) dialog.current.showModal()
  }, [reports])
  if (!reports) return null
  return (
    <dialog ref={dialog} className="report-dialog" onClose={dismissReports} aria-labelledby="import-report-title" data-testid="import-report">
      <h2 id="import-report-title">Import report</h2>
      {reports.map((report) => (
        <section key={report.jobId} className="report-file">
          <h3>{report.source}</h3>
          {report.fileError ? <p className="error-text">{report.fileError}</p> : null}
          <p className="report-counts">
            <strong data-testid="report-added">{formatNumber(report.added)}</strong> added ·{' '}
            <strong data-testid="report-duplicates">{formatNumber(report.duplicates)}</strong> duplicates ·{' '}
            <strong data-testid="report-rejected">{formatNumber(report.rejected)}</strong> rejected, of {formatNumber(report.records)} records
          </p>
          {report.issues.length > 0 ? (
            <table className="issue-table">
              <thead>
                <tr>
                  <th>{report.format === 'jsonl' ? 'Line' : 'Record'}</th>
                  <th>Outcome</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue) => (
                  <tr key={`${issue.kind}-${issue.record}`} className={issue.kind}>
                    <td>{issue.record}</td>
                    <td>{issue.kind}</td>
                    <td>{issue.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.issuesTruncated ? <p className="muted">Only the first {formatNumber(report.issues.length)} issues are listed; the counts are complete.</p> : null}
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  )
}
