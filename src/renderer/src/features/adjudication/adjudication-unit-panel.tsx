import { useEffect, useState, type KeyboardEvent } from 'react'
import type { AdjudicationUnit } from '../../../../shared/queue-rows'
import { client, errorMessage } from '../../api/client'
import { CODEBOOK } from '../article/codebook'
import { useCodingStore } from '../coding/coding-store'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'
import { DIMENSION_NAMES } from '../queue/blind-score-editor'
import { SOURCE_NAMES } from '../queue/revealed-values'

/**
 * One unit: every coder's value and rationale side by side, the machine's, the final value with its
 * source, and the adjudicator's form (keyed by unit, so a new unit starts with an empty form). The corpus
 * refresh after recording reloads the list beside it too.
 */
export function AdjudicationUnitPanel({ articleId, dimension }: { articleId: number; dimension: AdjudicationUnit['dimension'] }) {
  const [unit, setUnit] = useState<AdjudicationUnit | null>(null)
  const [value, setValue] = useState<number | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const coderId = useCodingStore((state) => state.coderId)
  const generation = useCorpusStore((state) => state.generation)
  useEffect(() => {
    client.call('adjudication.unit', { articleId, dimension }).then(setUnit, reportError)
  }, [articleId, dimension, generation])
  if (!unit || unit.article.id !== articleId || unit.dimension !== dimension) return <p className="muted">Loading…</p>
  const { score } = unit

  const record = () => {
    if (value === null) return setError('Pick the final value (1 to 5).')
    if (!note.trim()) return setError('Write a note saying why this value is the right one; it is kept with the adjudication.')
    client.call('adjudication.record', { articleId, dimension, value, note: note.trim() }).then(
      (updated) => {
        setUnit(updated)
        setError(null)
        setNote('')
        useAppStore.getState().notify('info', `Final ${DIMENSION_NAMES[dimension].toLowerCase()} recorded: ${value}`)
        useCorpusStore.getState().refresh()
      },
      (failure: unknown) => setError(errorMessage(failure))
    )
  }
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault()
      record()
      return
    }
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return
    if (/^[1-5]$/.test(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault()
      setValue(Number(event.key))
    }
  }
  return (
    <section className="adjudication-unit" data-testid="adjudication-unit" aria-label="Unit to adjudicate">
      <h2>{unit.article.title || 'Untitled article'}</h2>
      <p className="muted">
        {DIMENSION_NAMES[dimension]} · {[unit.article.outletName, unit.article.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
      </p>
      <p data-testid="adjudication-final">
        Final value: <strong>{score.value ?? 'none'}</strong> {score.source ? <span className="muted">({SOURCE_NAMES[score.source]})</span> : null}
        {score.adjudication ? (
          <span className="muted">
            {' '}
            · adjudicated by {score.adjudication.coderName}
            {score.adjudication.note ? `: ${score.adjudication.note}` : ''}
          </span>
        ) : null}
      </p>
      <div className="coder-values" data-testid="coder-values">
        {score.humans.map((human) => (
          <div key={human.coderId} className="coder-value-card" data-testid={`coder-value-${human.coderName}`}>
            <div className="coder-value-name">{human.coderName}</div>
            <div className="coder-value-number" title={CODEBOOK[dimension][human.value - 1]}>
              {human.value}
            </div>
            <div className="coder-value-rationale">{human.rationale ?? <span className="muted">no rationale</span>}</div>
            <div className="muted small-text">
              {human.confidence === null ? '' : `confidence ${Math.round(human.confidence * 100)}% · `}
              {human.createdAt.slice(0, 16).replace('T', ' ')}
            </div>
          </div>
        ))}
        <div className="coder-value-card machine" data-testid="coder-value-machine">
          <div className="coder-value-name">Machine</div>
          <div className="coder-value-number">{score.machine ? score.machine.value : '–'}</div>
          <div className="coder-value-rationale">{score.machine?.rationale ?? <span className="muted">{score.machine ? 'no rationale' : 'not analysed'}</span>}</div>
        </div>
      </div>
      {coderId === null ? (
        <p className="muted">Pick or create a coder (bottom left) to adjudicate: the adjudication records who made it.</p>
      ) : (
        <div className="adjudication-form" tabIndex={0} onKeyDown={onKey} data-testid="adjudication-form" aria-label="Final value: press 1 to 5, then write a note">
          <div role="group" aria-label="Final value" className="score-buttons">
            {[1, 2, 3, 4, 5].map((option) => (
              <button key={option} type="button" aria-pressed={value === option} onClick={() => setValue(option)} title={CODEBOOK[dimension][option - 1]}>
                {option}
              </button>
            ))}
          </div>
          <textarea aria-label="Adjudication note" placeholder="Why this value (kept with the adjudication)" value={note} onChange={(event) => setNote(event.target.value)} rows={3} />
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
          <button type="button" className="primary" onClick={record}>
            Record final value (Ctrl+Enter)
          </button>
        </div>
      )}
      <details className="adjudication-text">
        <summary>Article text</summary>
        <div className="article-text">{unit.article.text}</div>
      </details>
    </section>
  )
}
