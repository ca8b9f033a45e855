import type { ScoreSpread } from '../../../../shared/story-rows'

/** Where a 1-5 value sits along the bar, in per cent. */
const at = (value: number) => ((value - 1) / 4) * 100

/** A story's scores on one dimension: the range from lowest to highest article, the mean as a dot. */
export function SpreadBar({ spread, name }: { spread: ScoreSpread; name: string }) {
  if (spread.min === null || spread.max === null || spread.mean === null) return <span className="muted">–</span>
  const text = spread.min === spread.max ? `${spread.min}` : `${spread.min}–${spread.max}`
  return (
    <span className="spread" title={`${name}: ${spread.min} to ${spread.max}, mean ${spread.mean} over ${spread.scored} scored article${spread.scored === 1 ? '' : 's'}`}>
      <span className="spread-track">
        <span className="spread-range" style={{ left: `${at(spread.min)}%`, width: `${Math.max(2, at(spread.max) - at(spread.min))}%` }} />
        <span className="spread-mean" style={{ left: `${at(spread.mean)}%` }} />
      </span>
      <span className="spread-text">{text}</span>
    </span>
  )
}
