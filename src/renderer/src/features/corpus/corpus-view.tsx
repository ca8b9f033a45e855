import { useState } from 'react'
import { formatNumber } from '../../components/format'
import { AnalysisProgress } from '../analysis/analysis-progress'
import { useAnalysisStore } from '../analysis/analysis-store'
import { ArticleView } from '../article/article-view'
import { DuplicatesReview } from '../duplicates/duplicates-review'
import { ImportMenu, useFileImport } from '../import/import-menu'
import { ImportProgress } from '../import/import-progress'
import { ColumnChooser } from './column-chooser'
import { CorpusTable } from './corpus-table'
import { useCorpusStore } from './corpus-store'
import { EmptyCorpus } from './empty-corpus'
import { FilterPanel } from './filter-panel'
import { SearchBox } from './search-box'
import { SelectionBar } from './selection-bar'

export function CorpusView() {
  const { total, query, filters, selectedId } = useCorpusStore()
  const importChosen = useFileImport()
  const startAnalysis = useAnalysisStore((state) => state.start)
  const analysing = useAnalysisStore((state) => state.job !== null)
  const [dragging, setDragging] = useState(false)
  const [reviewing, setReviewing] = useState(false)
  const narrowed = query.trim() !== '' || Object.keys(filters).length > 0
  const empty = total === 0 && !narrowed

  return (
    <div
      className={`corpus-view${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault()
          setDragging(true)
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault()
        setDragging(false)
        importChosen([...event.dataTransfer.files])
      }}
    >
      <div className="toolbar">
        <SearchBox />
        <span className="result-count" data-testid="result-count">
          {total === null ? '' : narrowed ? `${formatNumber(total)} matching` : `${formatNumber(total)} articles`}
        </span>
        <ColumnChooser />
        <button type="button" onClick={() => setReviewing(!reviewing)} aria-pressed={reviewing}>
          Near-duplicates
        </button>
        <button type="button" onClick={() => void startAnalysis({ all: true })} disabled={analysing || !total} title="Analyse every article (a new run)">
          Analyse all
        </button>
        <ImportMenu />
      </div>
      <ImportProgress />
      <AnalysisProgress />
      {empty ? (
        <EmptyCorpus />
      ) : (
        <div className={`corpus-split${selectedId !== null ? ' with-article' : ''}`}>
          <FilterPanel />
          <div className="corpus-main">
            {reviewing ? (
              <DuplicatesReview onClose={() => setReviewing(false)} />
            ) : (
              <>
                <SelectionBar />
                {narrowed && total === 0 ? (
                  <div className="no-results" data-testid="no-results">
                    No article matches. Check the spelling, use fewer words or filters, or add * for word beginnings.
                  </div>
                ) : (
                  <CorpusTable />
                )}
              </>
            )}
          </div>
          {selectedId !== null ? <ArticleView id={selectedId} /> : null}
        </div>
      )}
    </div>
  )
}
