import { useEffect, useState } from 'react'
import type { ArticleReport, ArticleReportVersion } from '../../../../shared/rows'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'

/** The report text as shown: list items on a line each are easier to read than the copied tab-separated form. */
function shownText(text: string): string {
  return text.replaceAll('\t', ' · ')
}

function ReportColumn({ version, testId }: { version: ArticleReportVersion; testId: string }) {
  const notify = useAppStore((state) => state.notify)
  const copy = () => {
    navigator.clipboard.writeText(version.text).then(() => notify('info', 'Report copied as text'), reportError)
  }
  return (
    <div className="report-column" data-testid={testId}>
      <div className="report-column-header">
        <strong>{version.label}</strong>
        <button type="button" onClick={copy} title="Copy the report as text in the seed's layout (Slant can import it again)">
          Copy as text
        </button>
      </div>
      <pre className="report-text">{shownText(version.text)}</pre>
    </div>
  )
}

/** The article's whole report in the seed's shape; beside an imported report for the same article, with the differences. */
export function ReportView({ articleId }: { articleId: number }) {
  const [loaded, setLoaded] = useState<{ articleId: number; report: ArticleReport } | null>(null)
  const generation = useCorpusStore((state) => state.generation)
  useEffect(() => {
    client.call('articles.report', { id: articleId }).then((report) => setLoaded({ articleId, report }), reportError)
  }, [articleId, generation])
  const report = loaded?.articleId === articleId ? loaded.report : null
  if (!report) return <p className="muted">Loading the report…</p>
  const imported = report.imported[0]
  if (!report.slant && !imported) return <p className="muted">No report yet: analyse this article (or import a report for it) to see one here.</p>
  return (
    <section className="report-view" aria-label="Report" data-testid="report-view">
      {report.slant && imported ? (
        <div className="report-differences" data-testid="report-differences">
          <h3>Differences from the imported report</h3>
          {report.differences.length === 0 ? (
            <p className="muted">None: both reports agree on every score, language, country, SDG and name.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Field</th>
                  <th>Slant</th>
                  <th>{imported.label}</th>
                </tr>
              </thead>
              <tbody>
                {report.differences.map((difference) => (
                  <tr key={difference.field}>
                    <td>{difference.field}</td>
                    <td>{difference.slant}</td>
                    <td>{difference.imported}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ) : null}
      <div className={report.slant && imported ? 'report-columns side-by-side' : 'report-columns'}>
        {report.slant ? <ReportColumn version={report.slant} testId="report-slant" /> : <p className="muted">Slant has not analysed this article yet.</p>}
        {report.imported.map((version) => (
          <ReportColumn key={version.runIds.join('-')} version={version} testId="report-imported" />
        ))}
      </div>
    </section>
  )
}
