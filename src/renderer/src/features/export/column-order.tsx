import type { DatasetColumnInfo } from '../../../../shared/export-rows'

/**
 * Which columns a one-table export writes, and in what order: a tick per column and buttons to move
 * a chosen one up or down (keyboard reachable, unlike dragging).
 */
export function ColumnOrder({ columns, chosen, onChange }: { columns: DatasetColumnInfo[]; chosen: string[] | null; onChange(chosen: string[] | null): void }) {
  const order = chosen ?? columns.map((column) => column.name)
  const unchosen = columns.filter((column) => !order.includes(column.name))
  const move = (index: number, by: number) => {
    const next = [...order]
    const [name] = next.splice(index, 1)
    if (name === undefined) return
    next.splice(index + by, 0, name)
    onChange(next)
  }
  const meaning = (name: string) => columns.find((column) => column.name === name)
  return (
    <fieldset className="export-columns" data-testid="export-columns">
      <legend>
        Columns ({order.length} of {columns.length}){' '}
        <button type="button" className="link-button" onClick={() => onChange(null)} disabled={chosen === null}>
          all, in the usual order
        </button>
      </legend>
      <ol>
        {order.map((name, index) => (
          <li key={name}>
            <label title={meaning(name)?.meaning}>
              <input type="checkbox" checked onChange={() => order.length > 1 && onChange(order.filter((other) => other !== name))} disabled={order.length === 1} /> {name}
              <span className="muted"> {meaning(name)?.type}</span>
            </label>
            <button type="button" className="icon-button" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button type="button" className="icon-button" aria-label={`Move ${name} down`} disabled={index === order.length - 1} onClick={() => move(index, 1)}>
              ↓
            </button>
          </li>
        ))}
      </ol>
      {unchosen.length > 0 ? (
        <ul className="export-unchosen">
          {unchosen.map((column) => (
            <li key={column.name}>
              <label title={column.meaning}>
                <input type="checkbox" checked={false} onChange={() => onChange([...order, column.name])} /> {column.name}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  )
}
