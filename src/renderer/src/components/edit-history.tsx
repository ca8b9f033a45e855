import type { ReactNode } from 'react'

/** What every kind of hand-coded row (score, goal or frame, span) carries for its history line. */
export interface HistoryRow {
  id: number
  coderColour: string
  coderInitials: string
  createdAt: string
}

/**
 * Who changed what and when, newest first, folded away under its count: the score, label and span
 * histories of the article view share it, each saying in its own words what a row did.
 */
export function EditHistory<Row extends HistoryRow>({
  rows,
  title = 'History',
  testId,
  describe,
  comment
}: {
  rows: readonly Row[]
  title?: string
  testId: string
  describe: (row: Row) => ReactNode
  /** The row's rationale or note, shown muted after it. */
  comment: (row: Row) => string | null
}) {
  if (rows.length === 0) return null
  return (
    <details className="judgment-history" data-testid={testId}>
      <summary>
        {title} ({rows.length})
      </summary>
      <ul>
        {rows.map((row) => {
          const note = comment(row)
          return (
            <li key={row.id}>
              <span className="coder-badge small" style={{ background: row.coderColour }}>
                {row.coderInitials}
              </span>{' '}
              {row.createdAt.slice(0, 16).replace('T', ' ')} · {describe(row)}
              {note ? <span className="muted"> — {note}</span> : null}
            </li>
          )
        })}
      </ul>
    </details>
  )
}
