import type { ArticleSpans, CoderSpanRow, EvidenceRow, SpanJudgmentRow } from '../../../../shared/rows'
import { useCodingStore } from '../coding/coding-store'
import { machineKey, VerdictBadges, VerdictButtons } from './machine-verdict'
import { spanStateText } from './span-step-text'
import { useSpansStore } from './spans-store'
import { EditHistory } from '../../components/edit-history'

function describe(row: SpanJudgmentRow): string {
  return `${spanStateText(row)}${row.action === 'edit' ? '' : ` (${row.action})`}`
}

/**
 * Every span on the article as a list the keyboard reaches: the machine's with Accept and Reject, the
 * coders' with Edit and Remove on one's own, and who changed what and when.
 */
export function SpanPanel({
  articleId,
  runId,
  machine,
  spans,
  onEdit
}: {
  articleId: number
  runId: number | null
  machine: EvidenceRow[]
  spans: ArticleSpans
  onEdit: (span: CoderSpanRow) => void
}) {
  const coderId = useCodingStore((state) => state.coderId)
  const record = useSpansStore((state) => state.record)
  return (
    <details className="span-panel" data-testid="span-panel">
      <summary>
        Spans ({machine.length} machine, {spans.spans.length} by coders)
      </summary>
      {coderId === null ? <p className="muted">Pick a coder (bottom left) to mark spans and accept or reject the machine&apos;s.</p> : <p className="muted">Select text and press A (or let go of the mouse) to label it.</p>}
      {machine.length > 0 ? (
        <ul className="span-list" aria-label="Machine spans">
          {machine.map((span) => {
            const key = machineKey(span)
            const verdicts = spans.verdicts.filter((verdict) => verdict.spanKey === key)
            return (
              <li key={key} data-testid="machine-span">
                <span className={`toggle evidence-${span.kind}`}>{span.label}</span> <span className="muted">{span.kind.replace('_', ' ')}</span>
                {span.suggestion ? <span className="muted"> · neutral: “{span.suggestion}”</span> : null} <VerdictBadges verdicts={verdicts} />{' '}
                <VerdictButtons articleId={articleId} runId={runId} span={span} verdicts={verdicts} />
              </li>
            )
          })}
        </ul>
      ) : null}
      {spans.spans.length > 0 ? (
        <ul className="span-list" aria-label="Coders' spans">
          {spans.spans.map((span) => (
            <li key={`${span.coderId}:${span.spanKey}`} data-testid="coder-span">
              <span className="coder-badge small" style={{ background: span.coderColour }}>
                {span.coderInitials}
              </span>{' '}
              <span className="span-label-chip" style={{ borderColor: span.labelColour ?? undefined }}>
                {span.label}
              </span>{' '}
              “{span.quote}”{span.note ? <span className="muted"> — {span.note}</span> : null}
              {span.suggestion ? <span className="muted"> · suggestion “{span.suggestion}”</span> : null}
              {span.coderId === coderId ? (
                <>
                  {' '}
                  <button type="button" onClick={() => onEdit(span)}>
                    Edit
                  </button>
                  <button type="button" onClick={() => void record({ action: 'remove', articleId, spanKey: span.spanKey })}>
                    Remove
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <EditHistory rows={spans.history} title="Span history" testId="span-history" describe={describe} comment={(row) => row.note} />
    </details>
  )
}
