import { EmptyState } from '../../components/empty-state'
import { ImportMenu } from '../import/import-menu'
import { useImportStore } from '../import/import-store'

const EXAMPLE = '{"title": "…", "text": "…", "url": "https://…", "outlet": "…", "published_at": "2025-03-01"}'

export function EmptyCorpus() {
  const { loadSample, running } = useImportStore()
  return (
    <EmptyState title="Your corpus is empty" testId="empty-corpus">
      <div className="start-choices">
        <div className="start-choice">
          <h3>Try the sample corpus</h3>
          <p>About forty articles on ten fictional stories, each told by several fictional outlets that differ in framing, wording and what they leave out.</p>
          <button type="button" className="primary" disabled={running} onClick={() => void loadSample()}>
            Try the sample corpus
          </button>
        </div>
        <div className="start-choice">
          <h3>Import your articles</h3>
          <p>JSONL, JSON, CSV, saved web pages, text and Markdown, RSS and Atom feeds, web pages by URL, whole folders, and analysis reports.</p>
          <ImportMenu />
        </div>
      </div>
      <p>Drop files or folders anywhere here. A JSONL line or JSON object per article looks like:</p>
      <pre className="example">{EXAMPLE}</pre>
      <p>
        Only <code>text</code> is required. Optional fields: <code>title</code>, <code>url</code>, <code>outlet</code>, <code>published_at</code>,{' '}
        <code>author</code>, <code>language</code>, <code>country</code>, <code>external_id</code>, <code>tags</code>, or <code>html</code> in place of text.
        From a terminal: <code>npx slant import articles.jsonl</code>
      </p>
    </EmptyState>
  )
}
