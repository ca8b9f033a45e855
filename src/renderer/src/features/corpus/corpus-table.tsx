import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import type { ArticleSortKey } from '../../../../shared/contract'
import type { ArticleListRow } from '../../../../shared/rows'
import { formatDate, formatNumber } from '../../components/format'
import { SnippetText } from '../../components/snippet-text'
import { ScoreChip } from '../../components/score-chip'
import { SortableHeaderCell } from '../../components/sortable-header-cell'
import { CORPUS_COLUMNS, useCorpusColumns } from './corpus-columns'
import { PAGE_SIZE, rowAt, useCorpusStore } from './corpus-store'

/** A row of the table: the article when its page has arrived, else a placeholder at that position. */
interface TableRow {
  index: number
  article: ArticleListRow | undefined
}

const ROW_HEIGHT = 36
const ROW_HEIGHT_WITH_SNIPPET = 58

/** A 1-5 score, or a dash for an article not analysed yet. */
/** The story's number; a click narrows the table to that story's articles. */
function StoryLink({ storyId }: { storyId: number }) {
  const setFilters = useCorpusStore((state) => state.setFilters)
  return (
    <button
      type="button"
      className="link-button"
      title="Show only this story's articles"
      onClick={(event) => {
        event.stopPropagation()
        setFilters({ storyIds: [storyId] })
      }}
    >
      #{storyId}
    </button>
  )
}

const columnHelper = createColumnHelper<TableRow>()

const SORT_KEY_OF_COLUMN: Record<string, ArticleSortKey> = {
  title: 'title',
  outlet: 'outlet',
  published_at: 'published_at',
  language: 'language',
  word_count: 'word_count',
  language_bias: 'language_bias',
  framing_bias: 'framing_bias',
  omission_bias: 'omission_bias'
}

const columns = [
  columnHelper.accessor((row) => row.article?.title, {
    id: 'title',
    header: 'Title',
    cell: ({ row }) => {
      const article = row.original.article
      if (!article) return <span className="placeholder">Loading…</span>
      return (
        <div className="title-cell">
          <span className="title-text">{article.title || 'Untitled'}</span>
          {article.snippet ? <SnippetText snippet={article.snippet} /> : null}
        </div>
      )
    }
  }),
  columnHelper.accessor((row) => row.article?.outletName, { id: 'outlet', header: 'Outlet', cell: (info) => info.getValue() ?? '' }),
  columnHelper.accessor((row) => row.article?.publishedAt, { id: 'published_at', header: 'Date', cell: (info) => formatDate(info.getValue() ?? null) }),
  columnHelper.accessor((row) => row.article?.language, { id: 'language', header: 'Language', cell: (info) => info.getValue() ?? '' }),
  columnHelper.accessor((row) => row.article?.wordCount, {
    id: 'word_count',
    header: 'Words',
    cell: (info) => {
      const value = info.getValue()
      return value === undefined ? '' : formatNumber(value)
    }
  }),
  columnHelper.accessor((row) => row.article?.languageBias, { id: 'language_bias', header: 'Language bias', cell: (info) => <ScoreChip value={info.getValue()} source={info.row.original.article?.languageBiasSource} /> }),
  columnHelper.accessor((row) => row.article?.framingBias, { id: 'framing_bias', header: 'Framing bias', cell: (info) => <ScoreChip value={info.getValue()} source={info.row.original.article?.framingBiasSource} /> }),
  columnHelper.accessor((row) => row.article?.omissionBias, { id: 'omission_bias', header: 'Omission', cell: (info) => <ScoreChip value={info.getValue()} source={info.row.original.article?.omissionBiasSource} /> }),
  columnHelper.accessor((row) => row.article?.storyId, {
    id: 'story',
    header: 'Story',
    cell: (info) => {
      const storyId = info.getValue()
      return storyId === null || storyId === undefined ? '' : <StoryLink storyId={storyId} />
    }
  })
]

/**
 * The corpus table. It never holds the corpus: the virtualizer says which positions are on screen,
 * the store fetches those pages from SQLite, and react-table renders just those rows.
 */
export function CorpusTable() {
  const { total, pages, sort, direction, query, selectedId, selection, ensureRows, setSort, select, toggleSelected } = useCorpusStore()
  const visibleColumns = useCorpusColumns((state) => state.visible)
  const gridTemplateColumns = `34px ${visibleColumns.map((id) => CORPUS_COLUMNS.find((column) => column.id === id)?.width ?? '100px').join(' ')}`
  const scrollRef = useRef<HTMLDivElement>(null)
  const rowHeight = query.trim() ? ROW_HEIGHT_WITH_SNIPPET : ROW_HEIGHT
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh on every render, never memoized
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    if (total !== null && total > 0) ensureRows(first, last)
  }, [first, last, total, pages, ensureRows])

  useEffect(() => {
    virtualizer.scrollToOffset(0)
    virtualizer.measure()
  }, [query, sort, direction, rowHeight, virtualizer])

  const data = useMemo<TableRow[]>(() => items.map((item) => ({ index: item.index, article: rowAt(pages, item.index) })), [items, pages])

  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    getRowId: (row) => String(row.index),
    state: {
      columnOrder: visibleColumns,
      columnVisibility: Object.fromEntries(CORPUS_COLUMNS.map((column) => [column.id, visibleColumns.includes(column.id)]))
    }
  })

  const selectedIndex = useMemo(() => {
    if (selectedId === null) return -1
    for (const [page, rows] of Object.entries(pages)) {
      const offset = rows.findIndex((row) => row.id === selectedId)
      if (offset >= 0) return Number(page) * PAGE_SIZE + offset
    }
    return -1
  }, [pages, selectedId])

  const move = (delta: number) => {
    if (!total) return
    const next = selectedIndex < 0 ? first : Math.max(0, Math.min(total - 1, selectedIndex + delta))
    const article = rowAt(pages, next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
    if (article) select(article.id)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'j') {
      event.preventDefault()
      move(1)
    } else if (event.key === 'ArrowUp' || event.key === 'k') {
      event.preventDefault()
      move(-1)
    } else if (event.key === ' ' || event.key === 'x') {
      // Space or x ticks the open article, as in mail clients.
      event.preventDefault()
      if (selectedId !== null && selectedIndex >= 0) toggleSelected(selectedId, selectedIndex, event.shiftKey)
    }
  }

  return (
    <div className="corpus-table" role="grid" aria-rowcount={total ?? 0} aria-label="Articles">
      {table.getHeaderGroups().map((group) => (
        <div className="table-header" role="row" key={group.id} style={{ gridTemplateColumns }}>
          <span className="cell select-cell" role="columnheader" aria-label="Selection" />
          {group.headers.map((header) => {
            const key = SORT_KEY_OF_COLUMN[header.column.id] as ArticleSortKey
            return (
              <SortableHeaderCell key={header.id} header={header} active={sort === key} direction={direction} className={`col-${header.column.id}`} onSort={() => setSort(key)} />
            )
          })}
        </div>
      ))}
      <div className="table-body" ref={scrollRef} tabIndex={0} onKeyDown={onKeyDown} data-testid="corpus-table-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {table.getRowModel().rows.map((row) => {
            const article = row.original.article
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={row.original.index + 1}
                aria-selected={article !== undefined && article.id === selectedId}
                className={`table-row${article && article.id === selectedId ? ' selected' : ''}${row.original.index % 2 ? ' odd' : ''}`}
                style={{ height: rowHeight, transform: `translateY(${row.original.index * rowHeight}px)`, gridTemplateColumns }}
                onClick={() => article && select(article.id)}
                data-testid={article ? `article-row-${article.id}` : undefined}
              >
                <div role="gridcell" className="cell select-cell" onClick={(event) => event.stopPropagation()}>
                  {article ? (
                    <input
                      type="checkbox"
                      aria-label={`Select ${article.title || 'untitled article'}`}
                      checked={selection.has(article.id)}
                      onChange={() => undefined}
                      onClick={(event) => toggleSelected(article.id, row.original.index, event.shiftKey)}
                    />
                  ) : null}
                </div>
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
