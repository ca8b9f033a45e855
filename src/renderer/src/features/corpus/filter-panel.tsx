import { useEffect, useState } from 'react'
import type { FacetCount } from '../../../../shared/rows'
import { formatNumber } from '../../components/format'
import { reportError } from '../frame/app-store'
import { useCorpusStore } from './corpus-store'
import { useFacetsStore } from './facets-store'

function toggled<T>(list: T[] | undefined, value: T): T[] {
  const current = list ?? []
  return current.includes(value) ? current.filter((item) => item !== value) : [...current, value]
}

function FacetList<T extends string | number | null>({
  title,
  counts,
  chosen,
  onToggle,
  testId
}: {
  title: string
  counts: FacetCount<T>[]
  chosen: T[]
  onToggle(value: T): void
  testId: string
}) {
  const [expanded, setExpanded] = useState(false)
  if (counts.length === 0) return null
  const shown = expanded ? counts : counts.slice(0, 8)
  return (
    <fieldset className="facet" data-testid={testId}>
      <legend>{title}</legend>
      {shown.map((facet) => (
        <label key={String(facet.value)} className="facet-option">
          <input type="checkbox" checked={chosen.includes(facet.value)} onChange={() => onToggle(facet.value)} />
          <span className="facet-label">{facet.label}</span>
          <span className="facet-count">{formatNumber(facet.count)}</span>
        </label>
      ))}
      {counts.length > 8 ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Fewer' : `All ${counts.length}`}
        </button>
      ) : null}
    </fieldset>
  )
}

/** Filters with counts per value, under the current search; saved searches to reuse them. */
export function FilterPanel() {
  const { query, filters, setFilters, applySearch, generation } = useCorpusStore()
  const { facets, savedSearches, load, loadSavedSearches, saveSearch, deleteSearch } = useFacetsStore()
  const [name, setName] = useState('')

  useEffect(() => {
    void load(query, filters)
  }, [query, filters, generation, load])
  useEffect(() => {
    void loadSavedSearches()
  }, [loadSavedSearches])

  const active = Object.keys(filters).length > 0
  return (
    <aside className="filter-panel" aria-label="Filters" data-testid="filter-panel">
      <div className="filter-heading">
        <strong>Filters</strong>
        {active ? (
          <button type="button" className="link-button" onClick={() => applySearch(query, {})}>
            Clear
          </button>
        ) : null}
      </div>
      {facets ? (
        <>
          <FacetList
            title="Outlet"
            testId="facet-outlet"
            counts={facets.outlets}
            chosen={filters.outletIds ?? []}
            onToggle={(value) => setFilters({ outletIds: toggled(filters.outletIds, value) })}
          />
          <fieldset className="facet">
            <legend>Published</legend>
            <label className="date-field">
              from
              <input type="date" value={filters.dateFrom ?? ''} min={facets.dates.first ?? undefined} onChange={(event) => setFilters({ dateFrom: event.target.value || undefined })} />
            </label>
            <label className="date-field">
              to
              <input type="date" value={filters.dateTo ?? ''} max={facets.dates.last ?? undefined} onChange={(event) => setFilters({ dateTo: event.target.value || undefined })} />
            </label>
          </fieldset>
          <FacetList
            title="Language"
            testId="facet-language"
            counts={facets.languages.map((facet) => ({ ...facet, value: facet.value ?? '' }))}
            chosen={filters.languages ?? []}
            onToggle={(value) => setFilters({ languages: toggled(filters.languages, value) })}
          />
          <FacetList
            title="Tag"
            testId="facet-tag"
            counts={facets.tags}
            chosen={filters.tags ?? []}
            onToggle={(value) => setFilters({ tags: toggled(filters.tags, value) })}
          />
          <fieldset className="facet">
            <legend>Analysis</legend>
            {(
              [
                [true, `Analysed`, facets.analysed.analysed],
                [false, `Not analysed`, facets.analysed.notAnalysed]
              ] as const
            ).map(([value, label, count]) => (
              <label key={label} className="facet-option">
                <input type="checkbox" checked={filters.analysed === value} onChange={() => setFilters({ analysed: filters.analysed === value ? undefined : value })} />
                <span className="facet-label">{label}</span>
                <span className="facet-count">{formatNumber(count)}</span>
              </label>
            ))}
          </fieldset>
          <FacetList
            title="Language bias"
            testId="facet-language-bias"
            counts={facets.languageBias}
            chosen={filters.languageBias ?? []}
            onToggle={(value) => setFilters({ languageBias: toggled(filters.languageBias, value) })}
          />
          <FacetList
            title="Framing bias"
            testId="facet-framing-bias"
            counts={facets.framingBias}
            chosen={filters.framingBias ?? []}
            onToggle={(value) => setFilters({ framingBias: toggled(filters.framingBias, value) })}
          />
          <FacetList
            title="Bias by omission"
            testId="facet-omission-bias"
            counts={facets.omissionBias}
            chosen={filters.omissionBias ?? []}
            onToggle={(value) => setFilters({ omissionBias: toggled(filters.omissionBias, value) })}
          />
          <FacetList
            title="Sustainable Development Goals"
            testId="facet-sdgs"
            counts={facets.sdgGoals}
            chosen={filters.sdgGoals ?? []}
            onToggle={(value) => setFilters({ sdgGoals: toggled(filters.sdgGoals, value) })}
          />
          {filters.storyIds && filters.storyIds.length > 0 ? (
            <fieldset className="facet" data-testid="facet-story">
              <legend>Story</legend>
              {filters.storyIds.map((storyId) => (
                <label key={storyId} className="facet-option">
                  <input type="checkbox" checked onChange={() => setFilters({ storyIds: toggled(filters.storyIds, storyId) })} />
                  <span className="facet-label">Story {storyId}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <fieldset className="facet">
            <legend>Near-duplicates</legend>
            <label className="facet-option">
              <input
                type="checkbox"
                checked={filters.nearDuplicates === 'only'}
                onChange={() => setFilters({ nearDuplicates: filters.nearDuplicates === 'only' ? undefined : 'only' })}
              />
              <span className="facet-label">Only flagged</span>
              <span className="facet-count">{formatNumber(facets.nearDuplicates)}</span>
            </label>
            <label className="facet-option">
              <input
                type="checkbox"
                checked={filters.nearDuplicates === 'exclude'}
                onChange={() => setFilters({ nearDuplicates: filters.nearDuplicates === 'exclude' ? undefined : 'exclude' })}
              />
              <span className="facet-label">Hide flagged</span>
            </label>
          </fieldset>
        </>
      ) : (
        <p className="muted">Counting…</p>
      )}
      <fieldset className="facet saved-searches" data-testid="saved-searches">
        <legend>Saved searches</legend>
        {savedSearches.map((search) => (
          <div key={search.id} className="saved-search">
            <button type="button" className="link-button" onClick={() => applySearch(search.query, search.filters)} title={search.query || 'filters only'}>
              {search.name}
            </button>
            <button type="button" className="icon-button" aria-label={`Delete saved search ${search.name}`} onClick={() => void deleteSearch(search.id).catch(reportError)}>
              ×
            </button>
          </div>
        ))}
        <form
          className="save-search"
          onSubmit={(event) => {
            event.preventDefault()
            if (!name.trim()) return
            saveSearch(name.trim(), query, filters).then(() => setName(''), reportError)
          }}
        >
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="Name this search" aria-label="Name for the saved search" />
          <button type="submit" disabled={!name.trim()}>
            Save
          </button>
        </form>
      </fieldset>
    </aside>
  )
}
