import type { ScoreSource } from '../../../shared/rows'

/** What each step of the final-value rule is called beside a score: a person's value is marked, the machine's is not. */
const SOURCE_MARKS: Record<ScoreSource, { mark: string; title: string }> = {
  adjudicated: { mark: 'A', title: 'adjudicated value' },
  consensus: { mark: 'C', title: 'the coders agree' },
  human: { mark: 'H', title: "the latest coder's value" },
  machine: { mark: '', title: "the machine's value (no coder has scored it)" }
}

/** A 1-5 score coloured by level, with the step of the final-value rule it came from when known. */
export function ScoreChip({ value, source }: { value: number | null | undefined; source?: ScoreSource | null | undefined }) {
  if (value === undefined || value === null) return <span className="muted">–</span>
  const marked = source ? SOURCE_MARKS[source] : null
  return (
    <span className={`score-chip score-${value}`} title={marked ? `${value}: ${marked.title}` : undefined} data-source={source ?? undefined}>
      {value}
      {marked?.mark ? <sup className="score-source">{marked.mark}</sup> : null}
    </span>
  )
}
