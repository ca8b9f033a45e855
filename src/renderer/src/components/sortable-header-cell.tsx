import { flexRender, type Header } from '@tanstack/react-table'

/**
 * A column header of a virtualised table that sorts by its column when clicked; the corpus and the
 * stories tables share it so both announce and mark their sort the same way.
 */
export function SortableHeaderCell<Row>({
  header,
  active,
  direction,
  className,
  onSort
}: {
  header: Header<Row, unknown>
  active: boolean
  direction: 'asc' | 'desc'
  className?: string
  onSort: () => void
}) {
  return (
    <button
      type="button"
      role="columnheader"
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={`cell${className ? ` ${className}` : ''}${active ? ' sorted' : ''}`}
      onClick={onSort}
      title={`Sort by ${String(header.column.columnDef.header)}`}
    >
      {flexRender(header.column.columnDef.header, header.getContext())}
      <span className="sort-mark">{active ? (direction === 'asc' ? '▲' : '▼') : ''}</span>
    </button>
  )
}
