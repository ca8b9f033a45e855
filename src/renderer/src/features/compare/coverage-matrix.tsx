import { Fragment, useState } from 'react'
import type { CoverageKind, CoverageRow, Passage, StoryComparison } from '../../../../shared/story-rows'
import { csvBlob } from '../../../../shared/figures/csv-text'
import { COVERAGE_KIND_LABELS, coverageMatrixSvg } from '../../../../shared/figures/coverage-matrix-svg'
import { FigureButtons } from './figure-buttons'
import type { FigureFrame } from '../../../../shared/figures/svg-document'

const KINDS: CoverageKind[] = ['name', 'figure', 'voice', 'claim']

/**
 * Which article carries which name, figure, voice and claim. A filled cell jumps to the passage in
 * that article's column; an empty one (left out) jumps to where another article says it.
 */
export function CoverageMatrix({ comparison, frame, onJump }: { comparison: StoryComparison; frame: FigureFrame; onJump: (column: number, passage: Passage) => void }) {
  const [onlyDifferences, setOnlyDifferences] = useState(false)
  const [kinds, setKinds] = useState<Set<CoverageKind>>(new Set(KINDS))
  const columns = comparison.articles.length
  const rows = comparison.rows.filter((row) => kinds.has(row.kind) && (!onlyDifferences || row.carriedBy < columns))
  const leftOutCount = comparison.rows.filter((row) => row.carriedBy < columns).length
  const jumpFrom = (row: CoverageRow, column: number) => {
    const cell = row.cells[column]
    if (cell?.mentioned && cell.passage) return onJump(column, cell.passage)
    const elsewhere = row.cells.findIndex((other) => other.mentioned && other.passage)
    const passage = row.cells[elsewhere]?.passage
    if (passage) onJump(elsewhere, passage)
  }
  const toggleKind = (kind: CoverageKind) => {
    const next = new Set(kinds)
    if (next.has(kind)) next.delete(kind)
    else next.add(kind)
    setKinds(next)
  }
  const csv = () =>
    csvBlob(
      ['kind', 'item', 'detail', 'carried_by', ...comparison.articles.map((article) => `${article.outlet ?? 'article'} (${article.articleId})`)],
      rows.map((row) => [row.kind, row.item, row.detail, row.carriedBy, ...row.cells.map((cell) => (cell.mentioned ? 'mentioned' : 'left out'))])
    )
  return (
    <section className="coverage-matrix" aria-label="Coverage matrix" data-testid="coverage-matrix">
      <div className="compare-section-head">
        <h3>Coverage matrix</h3>
        <span className="muted">
          {comparison.rows.length} items, {leftOutCount} not carried by every article
        </span>
        <label className="toggle">
          <input type="checkbox" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.target.checked)} /> Only differences
        </label>
        {KINDS.map((option) => (
          <label className="toggle" key={option}>
            <input type="checkbox" checked={kinds.has(option)} onChange={() => toggleKind(option)} /> {COVERAGE_KIND_LABELS[option]}
          </label>
        ))}
        <FigureButtons title={frame.title} svg={() => coverageMatrixSvg(comparison, rows, { ...frame, n: `${frame.n}; ${rows.length} items shown` })} csv={csv} testId="coverage-export" />
      </div>
      {rows.length === 0 ? (
        <p className="muted">
          {comparison.rows.length === 0
            ? 'Nothing to compare yet: these articles have no names, figures, voices or claims from an analysis. Analyse them (Corpus, select, Analyse) and come back.'
            : 'Every article carries every item shown. Untick “Only differences” or pick other kinds.'}
        </p>
      ) : (
        <div className="coverage-scroll">
          <table className="data-table compact coverage-table">
            <thead>
              <tr>
                <th>Item</th>
                {comparison.articles.map((article) => (
                  <th key={article.articleId} title={article.title}>
                    {article.outlet ?? `Article ${article.articleId}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const heading = index === 0 || rows[index - 1]?.kind !== row.kind
                return (
                  <Fragment key={row.key}>
                    {heading ? (
                      <tr className="coverage-kind">
                        <th colSpan={columns + 1}>{COVERAGE_KIND_LABELS[row.kind]}</th>
                      </tr>
                    ) : null}
                    <tr className={row.carriedBy < columns ? 'coverage-differs' : undefined}>
                      <td className="coverage-item" title={row.item}>
                        {row.item}
                        {row.detail && row.detail !== 'other' ? <span className="muted"> · {row.detail}</span> : null}
                      </td>
                      {row.cells.map((cell, column) => (
                        <td key={column} className="coverage-cell">
                          <button
                            type="button"
                            className={cell.mentioned ? 'coverage-yes' : 'coverage-no'}
                            data-testid={`coverage-${row.key}-${column}`}
                            data-mentioned={cell.mentioned}
                            aria-label={`${comparison.articles[column]?.outlet ?? 'Article'}: ${row.item} ${cell.mentioned ? 'mentioned' : 'left out'}`}
                            title={cell.mentioned ? (cell.passage ? 'Mentioned: show the passage' : 'Mentioned') : 'Left out: show where another article says it'}
                            onClick={() => jumpFrom(row, column)}
                          >
                            {cell.mentioned ? '●' : '○'}
                          </button>
                        </td>
                      ))}
                    </tr>
                  </Fragment>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
