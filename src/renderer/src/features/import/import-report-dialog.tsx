import { useEffect, useRef } from 'react'
import type { ImportReport } from '../../../../shared/rows'
import { formatNumber } from '../../components/format'
import { useImportStore } from './import-store'

/** Sources listed in the dialog; the totals cover all of them, and the Jobs view keeps the rest. */
const SOURCES_SHOWN = 100

function recordWord(report: ImportReport): string {
  return report.format === 'jsonl' || report.format === 'csv' ? 'Line' : 'Record'
}

function SourceReport({ report }: { report: ImportReport }) {
  return (
    <section className="report-file" data-testid="report-source">
      <h3>{report.source}</h3>
      {report.fileError ? <p className="error-text">{report.fileError}</p> : null}
      {report.records > 0 ? (
        <p className="report-counts">
          {formatNumber(report.added)} added{report.nearDuplicates > 0 ? ` (${formatNumber(report.nearDuplicates)} flagged as near-duplicates)` : ''} ·{' '}
          {formatNumber(report.duplicates)} duplicates · {formatNumber(report.rejected)} rejected, of {formatNumber(report.records)} records
        </p>
      ) : null}
      {report.issues.length > 0 ? (
        <table className="issue-table">
          <thead>
            <tr>
              <th>{recordWord(report)}</th>
              <th>Outcome</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {report.issues.map((issue) => (
              <tr key={`${issue.kind}-${issue.record}`} className={issue.kind}>
                <td>{issue.record}</td>
                <td>{issue.kind.replace('_', '-')}</td>
                <td>{issue.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.issuesTruncated ? <p className="muted">Only the first {formatNumber(report.issues.length)} issues are listed; the counts are complete.</p> : null}
    </section>
  )
}

/** What each source brought in: added, duplicates (of which article), near-duplicates and rejected records with the reason. */
export function ImportReportDialog() {
  const { results, dismissResults } = useImportStore()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (results && dialog.current && !dialog.current.open) dialog.current.showModal()
  }, [results])
  if (!results) return null
  const reports = results.flatMap((result) => result.files)
  const total = (key: 'added' | 'duplicates' | 'nearDuplicates' | 'rejected' | 'records') => results.reduce((sum, result) => sum + result.totals[key], 0)
  const cancelled = results.some((result) => result.state === 'cancelled')
  return (
    <dialog ref={dialog} className="report-dialog" onClose={dismissResults} aria-labelledby="import-report-title" data-testid="import-report">
      <h2 id="import-report-title">{cancelled ? 'Import cancelled' : 'Import report'}</h2>
      <p className="report-counts">
        <strong data-testid="report-added">{formatNumber(total('added'))}</strong> added ·{' '}
        <strong data-testid="report-duplicates">{formatNumber(total('duplicates'))}</strong> duplicates ·{' '}
        <strong data-testid="report-near-duplicates">{formatNumber(total('nearDuplicates'))}</strong> near-duplicates flagged ·{' '}
        <strong data-testid="report-rejected">{formatNumber(total('rejected'))}</strong> rejected, of {formatNumber(total('records'))} records from{' '}
        {formatNumber(reports.length)} source{reports.length === 1 ? '' : 's'}
      </p>
      {reports.slice(0, SOURCES_SHOWN).map((report, index) => (
        <SourceReport key={`${report.jobId}-${index}`} report={report} />
      ))}
      {reports.length > SOURCES_SHOWN ? <p className="muted">{formatNumber(reports.length - SOURCES_SHOWN)} more sources: see the Jobs view.</p> : null}
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  )
}
