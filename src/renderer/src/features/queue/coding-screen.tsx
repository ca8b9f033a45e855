import { useEffect, useRef, useState } from 'react'
import type { QueueItem } from '../../../../shared/queue-rows'
import type { BiasDimension } from '../../../../shared/rows'
import { ProgressBar } from '../../components/progress-bar'
import { useAppStore } from '../frame/app-store'
import { BlindScoreEditor, DIMENSION_NAMES, type ScoreDraft } from './blind-score-editor'
import { useQueueStore } from './queue-store'
import { RevealedValues } from './revealed-values'

function draftsOf(item: QueueItem): Partial<Record<BiasDimension, ScoreDraft>> {
  return Object.fromEntries(
    item.mine.map((own) => [
      own.dimension,
      { value: own.value, rationale: own.rationale ?? '', confidence: own.confidence === null ? '' : String(Math.round(own.confidence * 100)) }
    ])
  )
}

const EMPTY_DRAFT: ScoreDraft = { value: null, rationale: '', confidence: '' }

/**
 * One unit of a queue, blind: the article's text without the machine's highlights, and the coder's
 * own editors. Ctrl+Enter saves every dimension and moves to the next unit; Alt+← and Alt+→ move
 * without saving. Once saved, going back to a unit shows everyone's values.
 */
export function CodingScreen({ item }: { item: QueueItem }) {
  const { go, save, close } = useQueueStore()
  const showView = useAppStore((state) => state.showView)
  const [drafts, setDrafts] = useState(() => draftsOf(item))
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const draft = (dimension: BiasDimension) => drafts[dimension] ?? EMPTY_DRAFT

  const saveAndAdvance = async () => {
    const missing = item.dimensions.filter((dimension) => draft(dimension).value === null)
    if (missing.length > 0) {
      const names = missing.map((dimension) => DIMENSION_NAMES[dimension].toLowerCase())
      const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
      setProblem(`Score ${listed} before saving (click a dimension, then press 1 to 5).`)
      return
    }
    const badConfidence = item.dimensions.find((dimension) => {
      const typed = draft(dimension).confidence.trim()
      return typed !== '' && !(Number(typed) >= 0 && Number(typed) <= 100)
    })
    if (badConfidence) {
      setProblem(`The confidence for ${DIMENSION_NAMES[badConfidence]} must be a percentage from 0 to 100, or left empty.`)
      return
    }
    setProblem(null)
    setSaving(true)
    const saved = await save(
      item.dimensions.map((dimension) => {
        const { value, rationale, confidence } = draft(dimension)
        return {
          dimension,
          value: value as number,
          ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
          ...(confidence.trim() ? { confidence: Number(confidence) / 100 } : {})
        }
      })
    )
    setSaving(false)
    if (!saved) return
    if (saved.position + 1 < saved.total) await go(saved.position + 1)
    else if (saved.firstIncomplete !== null) await go(saved.firstIncomplete)
  }

  // The keyboard handler is registered once; it reads the newest state through a ref.
  const latest = useRef({ saveAndAdvance, item, saving })
  useEffect(() => {
    latest.current = { saveAndAdvance, item, saving }
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { item: current, saving: busy } = latest.current
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault()
        if (!busy) void latest.current.saveAndAdvance()
      } else if (event.altKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        event.preventDefault()
        void useQueueStore.getState().go(current.position + (event.key === 'ArrowRight' ? 1 : -1))
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const finished = item.firstIncomplete === null
  return (
    <section className="coding-screen" data-testid="coding-screen" aria-label={`Coding ${item.queueName}`}>
      <header className="coding-screen-head">
        <button type="button" onClick={close}>
          ← Queues
        </button>
        <h1>{item.queueName}</h1>
        <span data-testid="unit-position">
          Unit {item.position + 1} of {item.total}
        </span>
        <span className="muted coding-progress" data-testid="my-progress">
          <ProgressBar fraction={item.total === 0 ? 0 : item.completedByMe / item.total} label="Your progress" />
          {item.completedByMe} of {item.total} done by you
        </span>
      </header>
      <div className="coding-screen-body">
        <article className="coding-article" aria-label="Article">
          <h2 data-testid="unit-title">{item.article.title || 'Untitled article'}</h2>
          <p className="muted">{[item.article.outletName, item.article.publishedAt?.slice(0, 10), item.article.author].filter(Boolean).join(' · ')}</p>
          <div className="article-text">{item.article.text}</div>
        </article>
        <aside className="coding-panel" aria-label="Your scores">
          <p className="muted blind-note">
            {item.complete
              ? 'You have saved this unit; changing a value and saving again records an edit.'
              : "Blind coding: the machine's values and other coders' stay hidden until you save all of yours."}
          </p>
          {item.dimensions.map((dimension) => (
            <BlindScoreEditor key={dimension} dimension={dimension} draft={draft(dimension)} onChange={(next) => setDrafts({ ...drafts, [dimension]: next })} />
          ))}
          {problem ? (
            <p className="error-text" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="coding-actions">
            <button type="button" onClick={() => void go(item.position - 1)} disabled={item.position === 0} title="Previous unit (Alt+←)">
              Previous
            </button>
            <button type="button" onClick={() => void go(item.position + 1)} disabled={item.position + 1 >= item.total} title="Next unit without saving (Alt+→)">
              Next
            </button>
            <button type="button" className="primary" onClick={() => void saveAndAdvance()} disabled={saving} title="Save and go to the next unit (Ctrl+Enter)">
              Save and next (Ctrl+Enter)
            </button>
          </div>
          {item.revealed ? <RevealedValues scores={item.revealed} /> : null}
          {finished ? (
            <div className="queue-finished" data-testid="queue-finished">
              <p>You have coded every unit of this queue.</p>
              <button type="button" className="link-button" onClick={() => showView('agreement')}>
                See the agreement
              </button>{' '}
              ·{' '}
              <button type="button" className="link-button" onClick={() => showView('adjudication')}>
                Settle disagreements
              </button>
            </div>
          ) : null}
        </aside>
      </div>
    </section>
  )
}
