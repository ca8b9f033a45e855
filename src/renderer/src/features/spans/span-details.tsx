import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { CoderSpanRow, EvidenceRow, MachineVerdictRow } from '../../../../shared/rows'
import { useCodingStore } from '../coding/coding-store'
import { machineKey, VerdictBadges, VerdictButtons } from './machine-verdict'
import { useSpansStore } from './spans-store'

/**
 * The spans under a click in the text: the machine's, with why, the neutral alternative and Accept /
 * Reject; the coders', with Edit and Remove on one's own. Escape closes it.
 */
export function SpanDetails({
  articleId,
  runId,
  machine,
  coders,
  verdicts,
  position,
  onEdit,
  onClose
}: {
  articleId: number
  runId: number | null
  machine: EvidenceRow[]
  coders: CoderSpanRow[]
  verdicts: MachineVerdictRow[]
  position: { top: number; left: number }
  onEdit: (span: CoderSpanRow) => void
  onClose: () => void
}) {
  const coderId = useCodingStore((state) => state.coderId)
  const record = useSpansStore((state) => state.record)
  const [note, setNote] = useState('')
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => box.current?.querySelector<HTMLElement>('button, input')?.focus(), [])
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    }
  }
  return (
    <div ref={box} className="span-form" role="dialog" aria-label="Spans here" data-testid="span-details" style={{ top: position.top, left: position.left }} onKeyDown={onKey}>
      {machine.map((span) => {
        const key = machineKey(span)
        return (
          <div key={key} className="span-detail" data-testid="machine-span-detail">
            <strong>{span.label}</strong> <span className="muted">machine {span.kind.replace('_', ' ')}</span>
            {span.note ? <p className="muted">{span.note}</p> : null}
            {span.suggestion ? <p>Neutral alternative: “{span.suggestion}”</p> : null}
            <VerdictBadges verdicts={verdicts.filter((verdict) => verdict.spanKey === key)} />
            {coderId !== null ? (
              <div className="span-detail-actions">
                <input aria-label="Verdict note" placeholder="Why (optional)" value={note} onChange={(event) => setNote(event.target.value)} />
                <VerdictButtons articleId={articleId} runId={runId} span={span} verdicts={verdicts.filter((verdict) => verdict.spanKey === key)} note={note} />
              </div>
            ) : null}
          </div>
        )
      })}
      {coders.map((span) => (
        <div key={`${span.coderId}:${span.spanKey}`} className="span-detail">
          <span className="coder-badge small" style={{ background: span.coderColour }}>
            {span.coderInitials}
          </span>{' '}
          <strong>{span.label}</strong> <span className="muted">by {span.coderName}</span>
          {span.note ? <p>{span.note}</p> : null}
          {span.suggestion ? <p>Suggestion: “{span.suggestion}”</p> : null}
          {span.coderId === coderId ? (
            <div className="span-detail-actions">
              <button type="button" onClick={() => onEdit(span)}>
                Edit
              </button>
              <button type="button" onClick={() => void record({ action: 'remove', articleId, spanKey: span.spanKey }).then((stored) => stored && onClose())}>
                Remove
              </button>
            </div>
          ) : null}
        </div>
      ))}
      <div className="popover-actions">
        <button type="button" onClick={onClose} title="Escape">
          Close
        </button>
      </div>
    </div>
  )
}
