/** A 0-1 setting edited as a whole percentage; values outside [min, max] are not sent. */
export function PercentInput({ value, min, max, label, onChange }: { value: number; min: number; max: number; label: string; onChange(value: number): void }) {
  return (
    <input
      type="number"
      min={min}
      max={max}
      step={1}
      value={Math.round(value * 100)}
      aria-label={label}
      onChange={(event) => {
        const percent = Number(event.target.value)
        if (!Number.isFinite(percent) || percent < min || percent > max) return
        onChange(percent / 100)
      }}
    />
  )
}
