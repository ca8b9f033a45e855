import type { JobErrorPage } from '../../../../shared/rows'
import { formatNumber } from '../../components/format'
import { useCorpusStore } from '../corpus/corpus-store'
import { useAppStore } from '../frame/app-store'

/** The articles a job could not process, each with its reason; a title opens the article. */
export function JobErrors({ page }: { page: JobErrorPage }) {
  return (
    <div className="job-errors" data-testid="job-errors">
      <table className="data-table">
        <thead>
          <tr>
            <th>Article</th>
            <th>Why it failed</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => (
            <tr key={row.articleId}>
              <td>
                {row.title === null ? (
                  <span className="muted">article {row.articleId} (deleted)</span>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      useCorpusStore.getState().select(row.articleId)
                      useAppStore.getState().showView('corpus')
                    }}
                  >
                    {row.title || `article ${row.articleId}`}
                  </button>
                )}
              </td>
              <td>{row.error}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.total > page.rows.length ? (
        <p className="muted">
          Showing the first {formatNumber(page.rows.length)} of {formatNumber(page.total)}.
        </p>
      ) : null}
    </div>
  )
}
