import type { ReactNode } from 'react'
import type { ArticleAnalysis } from '../../../../shared/rows'
import { rubric } from './codebook'

const NAMES = { framing: 'Framing bias', language: 'Language bias', omission: 'Bias by omission' } as const

/** One 1-5 score with the codebook's rubric on hover, its rationale and confidence, and what else explains it. */
export function ScoreCard({ score, detail, children }: { score: ArticleAnalysis['scores'][number]; detail?: string; children?: ReactNode }) {
  return (
    <div className="score-card" title={rubric(score.dimension)} data-testid={`${score.dimension}-score`}>
      <div className="score-value">
        {score.score}
        <span className="muted">/5</span>
      </div>
      <div className="score-name">{NAMES[score.dimension]}</div>
      <p className="score-rationale">{score.rationale}</p>
      {score.confidence !== null ? (
        <p className="muted">
          Confidence {Math.round(score.confidence * 100)}%{detail ? ` · ${detail}` : ''}
        </p>
      ) : null}
      {children}
    </div>
  )
}
