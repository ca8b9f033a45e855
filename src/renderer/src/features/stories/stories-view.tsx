import { useEffect, useState } from 'react'
import type { StoryRow } from '../../../../shared/story-rows'
import { client } from '../../api/client'
import { EmptyState } from '../../components/empty-state'
import { formatNumber } from '../../components/format'
import { CompareView } from '../compare/compare-view'
import { csvBlob } from '../../../../shared/figures/csv-text'
import { downloadFile } from '../../components/download-file'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'
import { BlindspotsView } from '../outlet-comparison/blindspots-view'
import { OutletsCompared } from '../outlet-comparison/outlets-compared'
import { listInput, useStoriesStore, type StoriesTab } from './stories-store'
import { StoriesTable } from './stories-table'
import { defaultComparison, StoryDetail } from './story-detail'
import './stories.css'

const CSV_PAGE = 1000

/** Every story the filters list, fetched a thousand at a time, as one CSV file. */
async function exportCsv(): Promise<void> {
  const input = listInput(useStoriesStore.getState())
  const rows: StoryRow[] = []
  for (let offset = 0; ; offset += CSV_PAGE) {
    const page = await client.call('stories.list', { ...input, offset, limit: CSV_PAGE })
    rows.push(...page.rows)
    if (rows.length >= page.total || page.rows.length === 0) break
  }
  const dimensions = ['language', 'framing', 'omission'] as const
  downloadFile(
    'stories.csv',
    csvBlob(
      ['story_id', 'name', 'named_by_hand', 'first_date', 'last_date', 'articles', 'outlets', 'outlet_names', 'placed_by_hand', ...dimensions.flatMap((dimension) => [`${dimension}_min`, `${dimension}_max`, `${dimension}_mean`, `${dimension}_scored`])],
      rows.map((story) => [
        story.id,
        story.label,
        story.labelSetByHand,
        story.firstDate,
        story.lastDate,
        story.articles,
        story.outletCount,
        story.outlets.join('; '),
        story.pinned,
        ...dimensions.flatMap((dimension) => [story.scores[dimension].min, story.scores[dimension].max, story.scores[dimension].mean, story.scores[dimension].scored])
      ])
    )
  )
  useAppStore.getState().notify('info', `Saved stories.csv (${formatNumber(rows.length)} stories)`)
}

/**
 * Stories: every same-story cluster with its outlets, dates, article count and score spreads, sorted
 * and filtered in SQLite; one story's articles with the edits that correct the clustering; and two to
 * four of its articles side by side.
 */
const TABS: { key: StoriesTab; label: string }[] = [
  { key: 'stories', label: 'Stories' },
  { key: 'outlets', label: 'Outlets compared' },
  { key: 'blindspots', label: 'Blindspots' }
]

function Tabs() {
  const { tab, setTab } = useStoriesStore()
  return (
    <div className="stories-tabs" role="tablist" aria-label="Comparison">
      {TABS.map((entry) => (
        <button key={entry.key} type="button" role="tab" aria-selected={tab === entry.key} className={tab === entry.key ? 'active' : undefined} onClick={() => setTab(entry.key)}>
          {entry.label}
        </button>
      ))}
    </div>
  )
}

export function StoriesView() {
  const { tab, setTab, filters, total, allStories, detail, selectedId, compared, setFilters, refresh, compare, select } = useStoriesStore()
  const corpusGeneration = useCorpusStore((state) => state.generation)
  const corpusQuery = useCorpusStore((state) => state.query)
  const corpusFilters = useCorpusStore((state) => state.filters)
  const [search, setSearch] = useState(filters.search)
  const [clustering, setClustering] = useState(false)

  // The corpus changed (an import, an analysis, an edit, new filters in the corpus view): list again.
  useEffect(() => {
    refresh()
  }, [corpusGeneration, refresh])
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search !== useStoriesStore.getState().filters.search) setFilters({ search })
    }, 250)
    return () => clearTimeout(timer)
  }, [search, setFilters])

  const cluster = async () => {
    setClustering(true)
    try {
      const result = await client.call('stories.update', {})
      useAppStore.getState().notify('info', `Placed ${formatNumber(result.clustered)} articles: ${formatNumber(result.storiesCreated)} new stories, ${formatNumber(result.storiesGrown)} grew.`)
      useCorpusStore.getState().refresh()
    } catch (error) {
      reportError(error)
    } finally {
      setClustering(false)
    }
  }

  if (tab === 'stories' && detail && compared.length >= 2 && detail.story.id === selectedId) return <CompareView detail={detail} compared={compared} />
  if (tab !== 'stories') {
    return (
      <div className="stories-view stories-analysis" data-testid="stories-view">
        <Tabs />
        {tab === 'outlets' ? <OutletsCompared /> : <BlindspotsView onOpenStory={() => setTab('stories')} />}
      </div>
    )
  }

  const corpusFiltered = Boolean(corpusQuery.trim()) || Object.keys(corpusFilters).length > 0
  const filtersOn = filters.search.trim() !== '' || filters.minOutlets > 1 || filters.editedOnly || (filters.useCorpusFilters && corpusFiltered)
  return (
    <div className="stories-view" data-testid="stories-view">
      <Tabs />
      <div className="stories-toolbar">
        <input type="search" aria-label="Search story names" placeholder="Search story names" value={search} onChange={(event) => setSearch(event.target.value)} />
        <label>
          Outlets at least{' '}
          <select aria-label="Outlets at least" value={filters.minOutlets} onChange={(event) => setFilters({ minOutlets: Number(event.target.value) })}>
            {[1, 2, 3, 4, 5].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={filters.editedOnly} onChange={(event) => setFilters({ editedOnly: event.target.checked })} /> Edited by hand
        </label>
        <label className="toggle" title="A story is listed when one of its articles matches the corpus table's search and filters">
          <input type="checkbox" checked={filters.useCorpusFilters} onChange={(event) => setFilters({ useCorpusFilters: event.target.checked })} /> Corpus filters
          {corpusFiltered ? ' (on)' : ''}
        </label>
        <span className="muted" data-testid="stories-total">
          {total === null ? '' : `${formatNumber(total)} stor${total === 1 ? 'y' : 'ies'}`}
        </span>
        <button type="button" onClick={() => void exportCsv().catch(reportError)} disabled={!total} data-testid="stories-csv" title="Every story listed, as CSV">
          CSV
        </button>
        <button type="button" onClick={() => void cluster()} disabled={clustering} title="Place analysed articles that are in no story yet">
          {clustering ? 'Placing…' : 'Place new articles'}
        </button>
      </div>
      {total === 0 && (allStories === 0 || !filtersOn) ? (
        <EmptyState title="No stories yet" testId="stories-empty">
          <p>
            A story groups the articles different outlets wrote about the same event. Stories come from same-story clustering as articles are analysed: import
            articles from several outlets (Corpus, Import) and analyse them, or press “Place new articles” if they are analysed already.
          </p>
        </EmptyState>
      ) : total === 0 ? (
        <EmptyState title="No story matches" testId="stories-none-match">
          <p>No story matches these filters. Lower “Outlets at least”, clear the name search, or untick “Corpus filters”.</p>
        </EmptyState>
      ) : (
        <div className={`stories-split${detail ? ' with-story' : ''}`}>
          <StoriesTable
            onOpen={(story) => {
              void select(story.id).then(() => {
                const opened = useStoriesStore.getState().detail
                if (opened && opened.articles.length >= 2) compare(defaultComparison(opened.articles, []))
              })
            }}
          />
          {detail ? <StoryDetail key={`${detail.story.id}:${detail.story.label}`} detail={detail} /> : null}
        </div>
      )}
    </div>
  )
}
