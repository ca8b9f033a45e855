import { EmptyState } from '../../components/empty-state'
import { ImportButton } from '../import/import-button'

const EXAMPLE = '{"title": "…", "text": "…", "url": "https://…", "outlet": "…", "published_at": "2025-03-01"}'

export function EmptyCorpus() {
  return (
    <EmptyState title="Your corpus is empty" testId="empty-corpus">
      <p>Import news articles to start. Slant reads JSONL (one JSON article per line) and JSON arrays, one object per article:</p>
      <pre className="example">{EXAMPLE}</pre>
      <p>
        Only <code>text</code> is required. Optional fields: <code>title</code>, <code>url</code>, <code>outlet</code>, <code>published_at</code>,{' '}
        <code>author</code>, <code>language</code>, <code>country</code>, <code>external_id</code>, <code>tags</code>, or <code>html</code> in place of text.
      </p>
      <p>
        <ImportButton label="Import a file…" /> or drop files here. From a terminal: <code>npx slant import articles.jsonl</code>
      </p>
    </EmptyState>
  )
}
