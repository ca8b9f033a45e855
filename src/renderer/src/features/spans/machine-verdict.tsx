import type { EvidenceRow, MachineVerdictRow } from '../../../../shared/rows'
import { useCodingStore } from '../coding/coding-store'
import { useSpansStore } from './spans-store'

export const machineKey = (span: { start: number; end: number; kind: string }) => `machine:${span.start}:${span.end}:${span.kind}`

/** Every coder's verdict on one machine span, as coloured initials with the verdict. */
export function VerdictBadges({ verdicts }: { verdicts: MachineVerdictRow[] }) {
  if (verdicts.length === 0) return null
  return (
    <span className="verdict-badges">
      {verdicts.map((verdict) => (
        <span key={verdict.coderId} className={`verdict verdict-${verdict.verdict}`} title={`${verdict.coderName} ${verdict.verdict} it${verdict.note ? `: ${verdict.note}` : ''}`}>
          <span className="coder-badge small" style={{ background: verdict.coderColour }}>
            {verdict.coderInitials}
          </span>{' '}
          {verdict.verdict}
        </span>
      ))}
    </span>
  )
}

/** Accept and Reject for the current coder; pressed shows their standing verdict. Each press is a judgment. */
export function VerdictButtons({ articleId, runId, span, verdicts, note }: { articleId: number; runId: number | null; span: EvidenceRow; verdicts: MachineVerdictRow[]; note?: string }) {
  const coderId = useCodingStore((state) => state.coderId)
  const record = useSpansStore((state) => state.record)
  if (coderId === null) return null
  const mine = verdicts.find((verdict) => verdict.coderId === coderId)?.verdict ?? null
  const judge = (action: 'accept' | 'reject') =>
    void record({ action, articleId, start: span.start, end: span.end, kind: span.kind, ...(runId === null ? {} : { runId }), ...(note?.trim() ? { note: note.trim() } : {}) })
  return (
    <span className="verdict-buttons" role="group" aria-label={`Your verdict on “${span.label}”`}>
      <button type="button" aria-pressed={mine === 'accepted'} onClick={() => judge('accept')} title="The machine got this span right">
        Accept
      </button>
      <button type="button" aria-pressed={mine === 'rejected'} onClick={() => judge('reject')} title="The machine got this span wrong">
        Reject
      </button>
    </span>
  )
}
