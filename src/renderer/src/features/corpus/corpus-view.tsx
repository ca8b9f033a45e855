import { useState } from 'react'
import { formatNumber } from '../../components/format'
import { ArticleView } from '../article/article-view'
import { ImportButton } from '../import/import-button'
import { ImportProgress } from '../import/import-progress'
import { useImportStore } from '../import/import-store'
import { CorpusTable } from './corpus-table'
import { useCorpusStore } from './corpus-store'
import { EmptyCorpus } from './empty-corpus'
import { SearchBox } from './search-box'

export function CorpusView() {
  const { total, query, selectedId } = useCorpusStore()
  const importFiles = useImportStore((state) => state.importFiles)
  const [dragging, setDragging] = useState(false)
  const searching = query.trim() !== ''
  const empty = total === 0 && !searching

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
        void importFiles([...event.dataTransfer.files])
      }}
    >
      <div className="toolbar">
        <SearchBox />
        <span className="result-count" data-testid="result-count">
          {total === null ? '' : searching ? `${formatNumber(total)} matching` : `${formatNumber(total)} articles`}
        </span>
        <ImportButton />
      </div>
      <ImportProgress />
      {empty ? (
        <EmptyCorpus />
      ) : (
        <div className={`corpus-split${selectedId !== null ? ' with-article' : ''}`}>
          {searching && total === 0 ? (
            <div className="no-results" data-testid="no-results">
              No article matches “{query}”. Check the spelling, use fewer words, or add * for word beginnings.
            </div>
          ) : (
            <CorpusTable />
          )}
          {selectedId !== null ? <ArticleView id={selectedId} /> : null}
        </div>
      )}
    </div>
  )
}
