import { useEffect } from 'react'
import { formatDate, formatNumber } from '../../components/format'
import { useCorpusStore } from '../corpus/corpus-store'
import { ArticleAnalyses } from './article-analyses'
import { useArticleStore } from './article-store'
import { ExternalLink } from './external-link'

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '')
}

/** The article as a reader sees it: metadata, then the stored text in readable typography, never markup. */
export function ArticleView({ id }: { id: number }) {
  const { article, error, load } = useArticleStore()
  const select = useCorpusStore((state) => state.select)

  useEffect(() => {
    void load(id)
  }, [id, load])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) select(null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [select])

  const shown = article?.id === id ? article : null
  return (
    <article className="article-view" aria-label="Article" data-testid="article-view">
      <div className="article-actions">
        <button type="button" onClick={() => select(null)} title="Close (Esc)">
          Close
        </button>
      </div>
      {error ? <p className="error-text">{error}</p> : null}
      {!shown && !error ? <p className="muted">Loading…</p> : null}
      {shown ? (
        <>
          <h1 className="article-title">{shown.title || 'Untitled'}</h1>
          <p className="article-meta">
            {[shown.outletName, formatDate(shown.publishedAt), shown.author, shown.language, `${formatNumber(shown.wordCount)} words`]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {shown.url ? (
            <p className="article-url">
              <ExternalLink href={shown.url} />
            </p>
          ) : null}
          {shown.tags.length > 0 ? (
            <p className="tags">
              {shown.tags.map((tag) => (
                <span className="tag" key={tag}>
                  {tag}
                </span>
              ))}
            </p>
          ) : null}
          {shown.externalId ? <p className="muted">External id: {shown.externalId}</p> : null}
          <ArticleAnalyses articleId={shown.id} />
          <div className="article-text">
            {paragraphs(shown.text).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </>
      ) : null}
    </article>
  )
}
