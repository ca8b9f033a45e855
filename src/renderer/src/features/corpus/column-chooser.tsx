import { useState } from 'react'
import { CORPUS_COLUMNS, useCorpusColumns } from './corpus-columns'

/** Which columns the table shows and in what order; remembered between sessions. */
export function ColumnChooser() {
  const [open, setOpen] = useState(false)
  const { visible, toggle, move, reset } = useCorpusColumns()
  const ordered = [...visible, ...CORPUS_COLUMNS.map((column) => column.id).filter((id) => !visible.includes(id))]
  return (
    <div className="popover-anchor">
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} title="Choose and order columns">
        Columns
      </button>
      {open ? (
        <div className="popover" role="dialog" aria-label="Columns" data-testid="column-chooser">
          {ordered.map((id) => {
            const column = CORPUS_COLUMNS.find((candidate) => candidate.id === id)
            if (!column) return null
            const shown = visible.includes(id)
            return (
              <div key={id} className="column-option">
                <label>
                  <input type="checkbox" checked={shown} disabled={column.required} onChange={() => toggle(id)} /> {column.label}
                </label>
                {shown ? (
                  <span>
                    <button type="button" className="icon-button" aria-label={`Move ${column.label} left`} onClick={() => move(id, -1)}>
                      ↑
                    </button>
                    <button type="button" className="icon-button" aria-label={`Move ${column.label} right`} onClick={() => move(id, 1)}>
                      ↓
                    </button>
                  </span>
                ) : null}
              </div>
            )
          })}
          <div className="popover-actions">
            <button type="button" className="link-button" onClick={reset}>
              Reset
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
