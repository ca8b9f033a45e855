import { useEffect, useState } from 'react'
import type { ArticleAnalysis } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'
import { SdgList } from './sdg-list'

const DIMENSION_LABELS = { framing: 'Framing bias', language: 'Language bias', omission: 'Bias by omission' } as const

/** What each analysis run (Slant's own, or a report imported from elsewhere) said about this article. */
export function ArticleAnalyses({ articleId, origin }: { articleId: number; origin?: ArticleAnalysis['origin'] }) {
  const [loaded, setLoaded] = useState<{ articleId: number; analyses: ArticleAnalysis[] } | null>(null)
  useEffect(() => {
    client.call('articles.analyses', { id: articleId }).then((analyses) => setLoaded({ articleId, analyses }), reportError)
  }, [articleId])
  const analyses = loaded?.articleId === articleId ? loaded.analyses.filter((analysis) => !origin || analysis.origin === origin) : null
  if (!analyses || analyses.length === 0) return null
  return (
    <section className="analyses" aria-label="Analyses" data-testid="article-analyses">
      {analyses.map((analysis) => (
        <div key={analysis.runId} className="analysis-run">
          <h2>
            {analysis.label} <span className="muted">({analysis.origin === 'imported' ? 'imported report' : `${analysis.analyzer} ${analysis.version}`})</span>
          </h2>
          {analysis.summary ? <p>{analysis.summary}</p> : null}
          <div className="score-cards">
            {analysis.scores.map((score) => (
              <div key={score.dimension} className="score-card" data-testid={`score-${score.dimension}`}>
                <div className="score-value">
                  {score.score}
                  <span className="muted">/5</span>
                </div>
                <div className="score-name">{DIMENSION_LABELS[score.dimension]}</div>
                {score.rationale ? <p className="score-rationale">{score.rationale}</p> : null}
              </div>
            ))}
          </div>
          <SdgList sdgs={analysis.sdgs} />
          {analysis.topics.length > 0 ? <p className="muted">Topics: {analysis.topics.join(', ')}</p> : null}
          {analysis.entities.length > 0 ? (
            <p className="muted">
              Organisations: {analysis.entities.filter((entity) => entity.kind === 'organisation').map((entity) => entity.name).join(', ') || 'none'} · People:{' '}
              {analysis.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name).join(', ') || 'none'}
            </p>
          ) : null}
          {analysis.questions.length > 0 ? (
            <details>
              <summary>Questions and answers</summary>
              {analysis.questions.map((item) => (
                <div key={item.question} className="question">
                  <strong>{item.question}</strong>
                  <p>{item.answer}</p>
                </div>
              ))}
            </details>
          ) : null}
        </div>
      ))}
    </section>
  )
}
