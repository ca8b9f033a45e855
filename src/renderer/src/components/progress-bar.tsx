/** A determinate bar when the fraction is known, an indeterminate one otherwise. */
export function ProgressBar({ fraction, label }: { fraction: number | null; label: string }) {
  const percent = fraction === null ? null : Math.round(fraction * 100)
  return (
    <div
      className={`progress-bar${percent === null ? ' indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
    >
      <div className="progress-bar-fill" style={{ width: percent === null ? '30%' : `${percent}%` }} />
    </div>
  )
}
