import type { KeyboardEvent } from 'react'
import type { BiasDimension } from '../../../../shared/rows'
import { CODEBOOK, rubric } from '../article/codebook'

export const DIMENSION_NAMES: Record<BiasDimension, string> = { framing: 'Framing bias', language: 'Language bias', omission: 'Bias by omission' }

/** What the coder has entered for a dimension and not necessarily saved yet. */
export interface ScoreDraft {
  value: number | null
  rationale: string
  /** Percent as typed; empty when not given. */
  confidence: string
}

/**
 * One dimension of a blind unit: the codebook's levels, keys 1-5 when focused, rationale and
 * confidence. It shows only the coder's own value: nothing of the machine's or anyone else's.
 */
export function BlindScoreEditor({ dimension, draft, onChange }: { dimension: BiasDimension; draft: ScoreDraft; onChange(draft: ScoreDraft): void }) {
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return
    if (/^[1-5]$/.test(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault()
      onChange({ ...draft, value: Number(event.key) })
    }
  }
  return (
    <div className="dimension-editor blind-editor" tabIndex={0} onKeyDown={onKey} data-testid={`blind-${dimension}`} aria-label={`${DIMENSION_NAMES[dimension]}: press 1 to 5 to score`}>
      <div className="dimension-editor-head">
        <strong title={rubric(dimension)}>{DIMENSION_NAMES[dimension]}</strong>{' '}
        <span className="muted" data-testid={`blind-${dimension}-value`}>
          {draft.value === null ? 'not scored yet' : `${draft.value}: ${CODEBOOK[dimension][draft.value - 1] ?? ''}`}
        </span>
      </div>
      <div className="dimension-editor-controls">
        <div role="group" aria-label={`${DIMENSION_NAMES[dimension]} score`} className="score-buttons">
          {[1, 2, 3, 4, 5].map((value) => (
            <button key={value} type="button" aria-pressed={draft.value === value} onClick={() => onChange({ ...draft, value })} title={CODEBOOK[dimension][value - 1]}>
              {value}
            </button>
          ))}
        </div>
        <input
          aria-label={`${DIMENSION_NAMES[dimension]} rationale`}
          placeholder="Rationale"
          className="blind-rationale"
          value={draft.rationale}
          onChange={(event) => onChange({ ...draft, rationale: event.target.value })}
        />
        <input
          aria-label={`${DIMENSION_NAMES[dimension]} confidence`}
          placeholder="Confidence %"
          inputMode="numeric"
          className="confidence-input"
          value={draft.confidence}
          onChange={(event) => onChange({ ...draft, confidence: event.target.value })}
        />
      </div>
    </div>
  )
}
