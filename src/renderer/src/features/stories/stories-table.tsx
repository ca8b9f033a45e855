import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import type { StoryRow, StorySortKey } from '../../../../shared/story-rows'
import { formatDate } from '../../components/format'
import { SortableHeaderCell } from '../../components/sortable-header-cell'
import { SpreadBar } from './spread-bar'
import { storyAt, STORY_PAGE_SIZE, useStoriesStore } from './stories-store'

interface TableRow {
  index: number
  story: StoryRow | undefined
}

const ROW_HEIGHT = 40
const GRID = 'minmax(160px, 1fr) minmax(110px, 220px) 110px 56px 80px 80px 80px'

const columnHelper = createColumnHelper<TableRow>()

function dates(story: StoryRow): string {
  const first = formatDate(story.firstDate)
  const last = formatDate(story.lastDate)
  return first === last ? first : `${first} – ${last.slice(5)}`
}

const columns = [
  columnHelper.accessor((row) => row.story?.label, {
    id: 'label',
    header: 'Story',
    cell: ({ row }) => {
      const story = row.original.story
      if (!story) return <span className="placeholder">Loading…</span>
      return (
        <span className="story-label-cell" title={story.label}>
          <span className="muted">#{story.id}</span> {story.label}
          {story.pinned > 0 || story.labelSetByHand ? (
            <span className="edited-mark" title="Edited by hand: kept when stories are clustered again">
              {' '}
              ✎
            </span>
          ) : null}
        </span>
      )
    }
  }),
  columnHelper.accessor((row) => row.story?.outlets, {
    id: 'outlets',
    header: 'Outlets',
    cell: ({ row }) => {
      const story = row.original.story
      if (!story) return ''
      const more = story.outletCount - story.outlets.length
      return <span title={story.outlets.join(', ')}>{`${story.outletCount}: ${story.outlets.join(', ')}${more > 0 ? ` +${more}` : ''}`}</span>
    }
  }),
  columnHelper.accessor((row) => row.story?.lastDate, { id: 'last_date', header: 'Dates', cell: ({ row }) => (row.original.story ? dates(row.original.story) : '') }),
  columnHelper.accessor((row) => row.story?.articles, { id: 'articles', header: 'Articles', cell: (info) => info.getValue() ?? '' }),
  columnHelper.accessor((row) => row.story?.scores.language, {
    id: 'language_spread',
    header: 'Language',
    cell: (info) => (info.getValue() ? <SpreadBar spread={info.getValue() as StoryRow['scores']['language']} name="Language bias" /> : '')
  }),
  columnHelper.accessor((row) => row.story?.scores.framing, {
    id: 'framing_spread',
    header: 'Framing',
    cell: (info) => (info.getValue() ? <SpreadBar spread={info.getValue() as StoryRow['scores']['framing']} name="Framing bias" /> : '')
  }),
  columnHelper.accessor((row) => row.story?.scores.omission, {
    id: 'omission_spread',
    header: 'Omission',
    cell: (info) => (info.getValue() ? <SpreadBar spread={info.getValue() as StoryRow['scores']['omission']} name="Bias by omission" /> : '')
  })
]

/** Column id to sort key: the outlets column sorts by how many, the dates column by the last date. */
const SORT_KEYS: Record<string, StorySortKey> = {
  label: 'label',
  outlets: 'outlets',
  last_date: 'last_date',
  articles: 'articles',
  language_spread: 'language_spread',
  framing_spread: 'framing_spread',
  omission_spread: 'omission_spread'
}

/** Every story, a page at a time from SQLite: the virtualizer says which rows are on screen. */
export function StoriesTable({ onOpen }: { onOpen: (story: StoryRow) => void }) {
  const { total, pages, sort, direction, generation, selectedId, ensureRows, setSort, select } = useStoriesStore()
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh on every render, never memoized
  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  useEffect(() => {
    if (total !== null && total > 0) ensureRows(first, last)
  }, [first, last, total, pages, ensureRows])
  useEffect(() => {
    virtualizer.scrollToOffset(0)
  }, [sort, direction, virtualizer])
  const data = useMemo<TableRow[]>(() => items.map((item) => ({ index: item.index, story: storyAt(pages, item.index) })), [items, pages])
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, getRowId: (row) => String(row.index) })

  const selectedIndex = useMemo(() => {
    if (selectedId === null) return -1
    for (const [page, rows] of Object.entries(pages)) {
      const offset = rows.findIndex((row) => row.id === selectedId)
      if (offset >= 0) return Number(page) * STORY_PAGE_SIZE + offset
    }
    return -1
  }, [pages, selectedId])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!total) return
    const delta = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0
    if (delta !== 0) {
      event.preventDefault()
      const next = selectedIndex < 0 ? first : Math.max(0, Math.min(total - 1, selectedIndex + delta))
      virtualizer.scrollToIndex(next, { align: 'auto' })
      const story = storyAt(pages, next)
      if (story) void select(story.id)
    } else if (event.key === 'Enter') {
      const story = storyAt(pages, selectedIndex)
      if (story) onOpen(story)
    }
  }

  return (
    <div className="corpus-table stories-table" role="grid" aria-rowcount={total ?? 0} aria-label="Stories" data-generation={generation}>
      {table.getHeaderGroups().map((group) => (
        <div className="table-header" role="row" key={group.id} style={{ gridTemplateColumns: GRID }}>
          {group.headers.map((header) => {
            const key = SORT_KEYS[header.column.id] as StorySortKey
            return <SortableHeaderCell key={header.id} header={header} active={sort === key} direction={direction} onSort={() => setSort(key)} />
          })}
        </div>
      ))}
      <div className="table-body" ref={scrollRef} tabIndex={0} onKeyDown={onKeyDown} data-testid="stories-table-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {table.getRowModel().rows.map((row) => {
            const story = row.original.story
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={row.original.index + 1}
                aria-selected={story !== undefined && story.id === selectedId}
                className={`table-row${story && story.id === selectedId ? ' selected' : ''}${row.original.index % 2 ? ' odd' : ''}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${row.original.index * ROW_HEIGHT}px)`, gridTemplateColumns: GRID }}
                onClick={() => story && void select(story.id)}
                onDoubleClick={() => story && onOpen(story)}
                data-testid={story ? `story-row-${story.id}` : undefined}
              >
                {row.getVisibleCells().map((cell) => (
                  <div role="gridcell" className={`cell col-${cell.column.id}`} key={cell.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
