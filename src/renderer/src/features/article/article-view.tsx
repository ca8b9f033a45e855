import { useEffect, useState } from 'react'
import type { ArticleAnalysis, ArticleEvidence } from '../../../../shared/rows'
import { client } from '../../api/client'
import { formatDate, formatNumber } from '../../components/format'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import { ArticleAnalyses } from './article-analyses'
import { useArticleStore } from './article-store'
import { ExternalLink } from './external-link'
import { HIGHLIGHT_KINDS, KIND_LABELS, type HighlightKind } from './highlighted-text'
import { LanguagePanel } from './language-panel'
import { ReportView } from './report-view'
import { ScoreEditor } from '../coding/score-editor'
import { LabelEditor } from '../labels/label-editor'
import { AnnotatableText } from '../spans/annotatable-text'
import { StoryPanel } from './story-panel'

interface RunView {
  articleId: number
  analyses: ArticleAnalysis[]
  evidence: ArticleEvidence
}

/** The article as a reader sees it: metadata, scores and evidence, then the stored text, never markup. */
export function ArticleView({ id }: { id: number }) {
  const { article, error, load } = useArticleStore()
  const select = useCorpusStore((state) => state.select)
  const generation = useCorpusStore((state) => state.generation)
  const [runId, setRunId] = useState<number | undefined>(undefined)
  const [view, setView] = useState<RunView | null>(null)
  const [showReport, setShowReport] = useState(false)
  const [shown, setShown] = useState<Set<HighlightKind>>(new Set(HIGHLIGHT_KINDS.filter((kind) => kind !== 'quote' && kind !== 'frame_cue')))

  useEffect(() => {
    void load(id)
  }, [id, load])

  useEffect(() => {
    Promise.all([client.call('articles.analyses', { id }), client.call('articles.evidence', runId === undefined ? { id } : { id, runId })]).then(
      ([analyses, evidence]) => setView({ articleId: id, analyses, evidence }),
      reportError
    )
  }, [id, runId, generation])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement) return
      if (event.key === 'Escape') select(null)
      // R switches between the article and its report in the seed's shape.
      if ((event.key === 'r' || event.key === 'R') && !event.ctrlKey && !event.metaKey && !event.altKey) setShowReport((value) => !value)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [select])

  const shownArticle = article?.id === id ? article : null
  const current = view?.articleId === id ? view : null
  const slantRuns = current?.analyses.filter((analysis) => analysis.origin === 'slant') ?? []
  const selectedRun = slantRuns.find((analysis) => analysis.runId === current?.evidence.runId) ?? null
  const toggle = (kind: HighlightKind) => {
    const next = new Set(shown)
    if (next.has(kind)) next.delete(kind)
    else next.add(kind)
    setShown(next)
  }
  return (
    <article className="article-view" aria-label="Article" data-testid="article-view">
      <div className="article-actions">
        {slantRuns.length > 0 ? (
          <select
            aria-label="Analysis run"
            value={current?.evidence.runId ?? ''}
            onChange={(event) => setRunId(Number(event.target.value))}
          >
            {slantRuns.map((analysis) => (
              <option key={analysis.runId} value={analysis.runId}>
                {analysis.label}
              </option>
            ))}
          </select>
        ) : null}
        <button type="button" aria-pressed={showReport} onClick={() => setShowReport(!showReport)} title="The whole report in the seed's shape, beside any imported report (R)">
          {showReport ? 'Article' : 'Report'}
        </button>
        <button type="button" onClick={() => select(null)} title="Close (Esc)">
          Close
        </button>
      </div>
      {error ? <p className="error-text">{error}</p> : null}
      {!shownArticle && !error ? <p className="muted">Loading…</p> : null}
      {shownArticle && showReport ? <ReportView articleId={shownArticle.id} /> : null}
      {shownArticle && !showReport ? (
        <>
          <h1 className="article-title">{shownArticle.title || 'Untitled'}</h1>
          <p className="article-meta">
            {[shownArticle.outletName, formatDate(shownArticle.publishedAt), shownArticle.author, shownArticle.language, `${formatNumber(shownArticle.wordCount)} words`]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {shownArticle.url ? (
            <p className="article-url">
              <ExternalLink href={shownArticle.url} />
            </p>
          ) : null}
          {shownArticle.tags.length > 0 ? (
            <p className="tags">
              {shownArticle.tags.map((tag) => (
                <span className="tag" key={tag}>
                  {tag}
                </span>
              ))}
            </p>
          ) : null}
          {shownArticle.externalId ? <p className="muted">External id: {shownArticle.externalId}</p> : null}
          <ScoreEditor articleId={shownArticle.id} />
          <LabelEditor articleId={shownArticle.id} />
          {selectedRun && current ? <LanguagePanel analysis={selectedRun} evidence={current.evidence} /> : null}
          <StoryPanel articleId={shownArticle.id} />
          <ArticleAnalyses articleId={shownArticle.id} origin="imported" />
          {current && current.evidence.runId !== null ? (
            <div className="highlight-toggles" role="group" aria-label="Highlights">
              {HIGHLIGHT_KINDS.map((kind) => (
                <label key={kind} className={`toggle evidence-${kind}`}>
                  <input type="checkbox" checked={shown.has(kind)} onChange={() => toggle(kind)} /> {KIND_LABELS[kind]}
                </label>
              ))}
            </div>
          ) : null}
          <AnnotatableText
            key={shownArticle.id}
            articleId={shownArticle.id}
            text={shownArticle.text}
            evidence={current?.evidence.evidence ?? []}
            quotes={current?.evidence.quotes ?? []}
            shown={shown}
            runId={current?.evidence.runId ?? null}
          />
        </>
      ) : null}
    </article>
  )
}
