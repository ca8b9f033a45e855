import { useEffect, useState, type KeyboardEvent } from 'react'
import type { BiasDimension, FinalScore, JudgmentRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import { rubric } from '../article/codebook'
import { useCodingStore } from './coding-store'
import { EditHistory } from '../../components/edit-history'

const NAMES: Record<BiasDimension, string> = { framing: 'Framing bias', language: 'Language bias', omission: 'Bias by omission' }
const SOURCES = { adjudicated: 'adjudicated', consensus: 'coders agree', human: 'latest coder', machine: 'machine' } as const

function DimensionEditor({ articleId, score }: { articleId: number; score: FinalScore }) {
  const { coderId, record } = useCodingStore()
  const [rationale, setRationale] = useState('')
  const [confidence, setConfidence] = useState('')
  const [adjudicate, setAdjudicate] = useState(false)
  const mine = score.humans.find((human) => human.coderId === coderId)?.value ?? null
  const save = (value: number) => {
    const percent = Number(confidence)
    void record({
      articleId,
      dimension: score.dimension,
      value,
      ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
      ...(confidence !== '' && Number.isFinite(percent) ? { confidence: Math.min(100, Math.max(0, percent)) / 100 } : {}),
      ...(adjudicate ? { kind: 'adjudication' as const } : {})
    })
  }
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return
    if (/^[1-5]$/.test(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault()
      event.stopPropagation()
      save(Number(event.key))
    }
  }
  const disagree = new Set(score.humans.map((human) => human.value)).size > 1
  return (
    <div className="dimension-editor" tabIndex={0} onKeyDown={onKey} data-testid={`judge-${score.dimension}`} aria-label={`${NAMES[score.dimension]}: press 1 to 5 to score`}>
      <div className="dimension-editor-head">
        <strong title={rubric(score.dimension)}>{NAMES[score.dimension]}</strong>{' '}
        <span data-testid={`final-${score.dimension}`}>
          {score.value === null ? <span className="muted">no value yet</span> : <>final {score.value} <span className="muted">({score.source ? SOURCES[score.source] : ''})</span></>}
        </span>
        <span className="muted">
          {score.machine ? ` · machine ${score.machine.value}` : ''}
          {score.humans.length > 0 ? ` · ${score.humans.map((human) => `${human.coderName} ${human.value}`).join(', ')}` : ''}
          {score.adjudication ? ` · adjudicated by ${score.adjudication.coderName}` : ''}
        </span>
      </div>
      {coderId === null ? null : (
        <div className="dimension-editor-controls">
          <div role="group" aria-label={`${NAMES[score.dimension]} score`} className="score-buttons">
            {[1, 2, 3, 4, 5].map((value) => (
              <button key={value} type="button" aria-pressed={mine === value} onClick={() => save(value)} title={rubric(score.dimension).split('\n')[value - 1]}>
                {value}
              </button>
            ))}
          </div>
          <input aria-label={`${NAMES[score.dimension]} rationale`} placeholder="Rationale (saved with the score)" value={rationale} onChange={(event) => setRationale(event.target.value)} />
          <input aria-label={`${NAMES[score.dimension]} confidence`} placeholder="Confidence %" inputMode="numeric" className="confidence-input" value={confidence} onChange={(event) => setConfidence(event.target.value)} />
          {disagree || adjudicate ? (
            <label className="inline-field">
              <input type="checkbox" checked={adjudicate} onChange={(event) => setAdjudicate(event.target.checked)} /> as the final (adjudicated) value
            </label>
          ) : null}
        </div>
      )}
    </div>
  )
}

/** Each dimension's value by the final-value rule, and the current coder's own score to set (keys 1-5), with the history. */
export function ScoreEditor({ articleId }: { articleId: number }) {
  const generation = useCorpusStore((state) => state.generation)
  const coderId = useCodingStore((state) => state.coderId)
  const [loaded, setLoaded] = useState<{ articleId: number; scores: FinalScore[]; history: JudgmentRow[] } | null>(null)
  useEffect(() => {
    Promise.all([client.call('articles.finalScores', { id: articleId }), client.call('judgments.history', { articleId })]).then(
      ([scores, history]) => setLoaded({ articleId, scores, history }),
      reportError
    )
  }, [articleId, generation])
  const current = loaded?.articleId === articleId ? loaded : null
  if (!current) return null
  return (
    <section className="score-editor" aria-label="Coding" data-testid="score-editor">
      <h3>Coding</h3>
      {coderId === null ? <p className="muted">Pick or create a coder (bottom left) to record your own scores; every judgment keeps who made it.</p> : null}
      {current.scores.map((score) => (
        <DimensionEditor key={score.dimension} articleId={articleId} score={score} />
      ))}
      <EditHistory
        rows={current.history}
        testId="judgment-history"
        describe={(row) => (
          <>
            {NAMES[row.dimension]} {row.kind === 'adjudication' ? 'adjudicated ' : ''}
            {row.action === 'edit' ? 'set to' : row.action === 'undo' ? 'undone to' : 'redone to'} {row.value ?? 'nothing'}
          </>
        )}
        comment={(row) => row.rationale}
      />
    </section>
  )
}
