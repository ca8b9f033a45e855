import { useState, type KeyboardEvent } from 'react'
import type { ArticleLabels, SdgValue } from '../../../../shared/rows'
import { SDG_GOALS } from '../../../../shared/labels'
import { useCodingStore } from '../coding/coding-store'
import { describeGoals, SOURCE_NAMES } from './label-format'

type Direction = SdgValue['direction']
type Relevance = SdgValue['relevance']

/** One of the coder's goals: direction and relevance change at once, the rationale on Enter or leaving the field. */
function GoalRow({ articleId, goal, kind }: { articleId: number; goal: SdgValue; kind: 'label' | 'adjudication' }) {
  const recordLabel = useCodingStore((state) => state.recordLabel)
  const [rationale, setRationale] = useState(goal.rationale ?? '')
  const save = (change: Partial<Pick<SdgValue, 'direction' | 'relevance' | 'rationale'>>) => {
    const next = { ...goal, rationale: rationale.trim() || null, ...change }
    void recordLabel({ articleId, scheme: 'sdg', goal: goal.goal, present: true, direction: next.direction, relevance: next.relevance, kind, ...(next.rationale ? { rationale: next.rationale } : {}) })
  }
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') save({})
  }
  return (
    <li className="label-row" data-testid={`my-goal-${goal.goal}`}>
      <strong>
        {goal.goal}. {goal.name}
      </strong>
      <select aria-label={`Goal ${goal.goal} direction`} value={goal.direction} onChange={(event) => save({ direction: event.target.value as Direction })}>
        <option value="positive">positive</option>
        <option value="negative">negative</option>
      </select>
      <select aria-label={`Goal ${goal.goal} relevance`} value={goal.relevance} onChange={(event) => save({ relevance: event.target.value as Relevance })}>
        <option value="direct">direct</option>
        <option value="indirect">indirect</option>
      </select>
      <input
        aria-label={`Goal ${goal.goal} rationale`}
        placeholder="Rationale"
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
        onKeyDown={onKey}
        onBlur={() => {
          if ((rationale.trim() || null) !== goal.rationale) save({})
        }}
      />
      <button type="button" onClick={() => void recordLabel({ articleId, scheme: 'sdg', goal: goal.goal, present: false, kind })} aria-label={`Remove goal ${goal.goal}`}>
        Remove
      </button>
    </li>
  )
}

/**
 * The article's goals: the final set with its source, the machine's and each coder's beside it, and
 * the current coder's own set to edit (add or remove a goal, its direction, relevance and rationale).
 */
export function SdgEditor({ labels, adjudicate }: { labels: ArticleLabels; adjudicate: boolean }) {
  const { coderId, recordLabel } = useCodingStore()
  const sdgs = labels.sdgs
  const mine = adjudicate ? (sdgs.adjudication?.goals ?? []) : (sdgs.humans.find((human) => human.coderId === coderId)?.goals ?? [])
  const kind = adjudicate ? 'adjudication' : 'label'
  const free = SDG_GOALS.filter((goal) => !mine.some((item) => item.goal === goal.number))
  const [goal, setGoal] = useState<number | ''>('')
  const [direction, setDirection] = useState<Direction>('positive')
  const [relevance, setRelevance] = useState<Relevance>('direct')
  const [rationale, setRationale] = useState('')
  const pick = (value: number | '') => {
    setGoal(value)
    // Start from the machine's reading of that goal, when it has one.
    const machine = sdgs.machine?.goals.find((item) => item.goal === value)
    if (machine) {
      setDirection(machine.direction)
      setRelevance(machine.relevance)
    }
  }
  const add = async () => {
    if (goal === '') return
    const saved = await recordLabel({ articleId: labels.articleId, scheme: 'sdg', goal, present: true, direction, relevance, kind, ...(rationale.trim() ? { rationale: rationale.trim() } : {}) })
    if (saved) {
      setGoal('')
      setRationale('')
    }
  }
  return (
    <div className="label-editor-part" data-testid="sdg-editor">
      <div>
        <strong>Sustainable Development Goals</strong>{' '}
        <span data-testid="final-sdgs">
          final {describeGoals(sdgs.value)} {sdgs.source ? <span className="muted">({SOURCE_NAMES[sdgs.source]})</span> : null}
        </span>
      </div>
      <p className="muted label-others">
        machine: {sdgs.machine ? describeGoals(sdgs.machine) : 'not analysed'}
        {sdgs.humans.map((human) => ` · ${human.coderName}: ${describeGoals(human)}`).join('')}
        {sdgs.adjudication ? ` · adjudicated by ${sdgs.adjudication.coderNames.join(', ')}` : ''}
      </p>
      {coderId === null ? null : (
        <>
          <ul className="label-rows" aria-label={adjudicate ? 'Adjudicated goals' : 'Your goals'}>
            {mine.map((item) => (
              <GoalRow key={`${item.goal}-${item.direction}-${item.relevance}-${item.rationale ?? ''}`} articleId={labels.articleId} goal={item} kind={kind} />
            ))}
          </ul>
          <div className="label-add" role="group" aria-label="Add a goal">
            <select aria-label="Goal to add" value={goal} onChange={(event) => pick(event.target.value === '' ? '' : Number(event.target.value))}>
              <option value="">Add a goal…</option>
              {free.map((item) => (
                <option key={item.number} value={item.number}>
                  {item.number}. {item.name}
                </option>
              ))}
            </select>
            <select aria-label="Direction" value={direction} onChange={(event) => setDirection(event.target.value as Direction)}>
              <option value="positive">positive</option>
              <option value="negative">negative</option>
            </select>
            <select aria-label="Relevance" value={relevance} onChange={(event) => setRelevance(event.target.value as Relevance)}>
              <option value="direct">direct</option>
              <option value="indirect">indirect</option>
            </select>
            <input aria-label="Goal rationale" placeholder="Rationale (the passage)" value={rationale} onChange={(event) => setRationale(event.target.value)} />
            <button type="button" disabled={goal === ''} onClick={() => void add()}>
              Add goal
            </button>
          </div>
        </>
      )}
    </div>
  )
}
