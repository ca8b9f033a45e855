import type { SpanJudgmentRow } from '../../../../shared/rows'

const shortQuote = (quote: string) => (quote.length > 40 ? `${quote.slice(0, 39)}…` : quote)

/** What a span judgment left the span as, in words ("marked as hedge", "rejected"). */
export function spanStateText(row: SpanJudgmentRow): string {
  const states: Record<SpanJudgmentRow['state'], string> = {
    marked: `marked as ${row.label}`,
    removed: 'removed',
    accepted: 'accepted',
    rejected: 'rejected',
    open: 'no verdict'
  }
  return `${row.origin === 'machine' ? 'machine span' : 'span'} “${shortQuote(row.quote)}” ${states[row.state]}`
}

/** How the undo or redo of a span judgment reads in the notice ("Undone: span “…” removed"). */
export function describeSpanStep(row: SpanJudgmentRow, verb: 'undo' | 'redo'): string {
  return `${verb === 'undo' ? 'Undone' : 'Redone'}: ${spanStateText(row)}`
}
