import { useEffect, useMemo, useState } from 'react'
import type { Blindspots } from '../../../../shared/outlet-comparison-rows'
import type { OutletRow } from '../../../../shared/rows'
import { csvBlob } from '../../../../shared/figures/csv-text'
import { client } from '../../api/client'
import { EmptyState } from '../../components/empty-state'
import { formatDate, formatNumber } from '../../components/format'
import { FigureButtons } from '../compare/figure-buttons'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import { useStoriesStore } from '../stories/stories-store'
import './outlet-comparison.css'

const LIMIT = 500

/**
 * Blindspots: stories some outlets covered and others did not, by outlet or by a researcher-defined
 * attribute of outlets (lean, ownership), under the corpus table's search and filters.
 */
export function BlindspotsView({ onOpenStory }: { onOpenStory: (storyId: number) => void }) {
  const generation = useCorpusStore((state) => state.generation)
  const query = useCorpusStore((state) => state.query)
  const filters = useCorpusStore((state) => state.filters)
  const select = useStoriesStore((state) => state.select)
  const [outlets, setOutlets] = useState<OutletRow[]>([])
  const [groupBy, setGroupBy] = useState('')
  const [missing, setMissing] = useState('')
  const [minArticles, setMinArticles] = useState(2)
  const [result, setResult] = useState<{ key: string; value: Blindspots } | null>(null)
  useEffect(() => {
    client.call('outlets.list', {}).then(setOutlets, reportError)
  }, [generation])
  const attributes = useMemo(() => [...new Set(outlets.flatMap((outlet) => outlet.attributes.map((attribute) => attribute.name.toLowerCase())))].sort(), [outlets])
  const outletIds = useMemo(() => outlets.filter((outlet) => outlet.articleCount > 0).map((outlet) => outlet.id), [outlets])
  const grouping = groupBy || (attributes.includes('lean') ? 'lean' : (attributes[0] ?? 'outlet'))
  const input = useMemo(
    () => ({
      query: query.trim() || undefined,
      filters,
      groupBy: grouping === 'outlet' ? { kind: 'outlet' as const, outletIds } : { kind: 'attribute' as const, name: grouping },
      ...(missing ? { missing } : {}),
      minArticles,
      limit: LIMIT
    }),
    [query, filters, grouping, outletIds, missing, minArticles]
  )
  const key = `${JSON.stringify(input)}:${generation}`
  const ready = grouping !== 'outlet' || outletIds.length >= 2
  useEffect(() => {
    if (!ready) return
    client.call('stories.blindspots', input).then((value) => setResult({ key, value }), reportError)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for every input
  }, [key, ready])

  const current = result?.key === key ? result.value : null
  const csv = () =>
    csvBlob(
      ['story_id', 'story', 'first_date', 'last_date', 'articles', 'covered_by', 'missing_from'],
      (current?.rows ?? []).map((row) => [row.storyId, row.label, row.firstDate, row.lastDate, row.articles, row.covered.join('; '), row.missing.join('; ')])
    )
  if (!ready) {
    return (
      <EmptyState title="Blindspots need two outlets" testId="blindspots-empty">
        <p>A blindspot is a story some outlets covered and others did not. Import articles from two or more outlets, and give outlets an attribute such as lean (Outlets) to compare groups.</p>
      </EmptyState>
    )
  }
  return (
    <div className="blindspots" data-testid="blindspots">
      <div className="compare-section-head">
        <label>
          Compare{' '}
          <select aria-label="Group outlets by" value={grouping} onChange={(event) => (setGroupBy(event.target.value), setMissing(''))}>
            <option value="outlet">each outlet</option>
            {attributes.map((name) => (
              <option key={name} value={name}>
                outlets by {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Missing from{' '}
          <select aria-label="Missing from" value={missing} onChange={(event) => setMissing(event.target.value)}>
            <option value="">any group</option>
            {(current?.groups ?? []).map((group) => (
              <option key={group.key} value={group.key}>
                {group.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Articles at least{' '}
          <select aria-label="Articles at least" value={minArticles} onChange={(event) => setMinArticles(Number(event.target.value))}>
            {[1, 2, 3, 5].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <FigureButtons title="Blindspots" csv={csv} testId="blindspots-export" />
      </div>
      {attributes.length === 0 ? <p className="muted">Tip: give outlets an attribute such as lean (left, centre, right) in Outlets to find what one side of the spectrum does not cover.</p> : null}
      {current ? (
        <>
          <p className="muted">
            {current.groups.map((group) => `${group.label}: ${formatNumber(group.stories)} stories${group.outlets > 1 ? ` from ${group.outlets} outlets` : ''}`).join(' · ')}
          </p>
          <p>
            {formatNumber(current.total)} stor{current.total === 1 ? 'y' : 'ies'} covered by some and not all{current.total > current.rows.length ? ` (the ${current.rows.length} largest shown; CSV has these)` : ''}.
          </p>
          <table className="data-table compact">
            <thead>
              <tr>
                <th>Story</th>
                <th>Dates</th>
                <th className="numeric">Articles</th>
                <th>Covered by</th>
                <th>Missing from</th>
              </tr>
            </thead>
            <tbody>
              {current.rows.map((row) => (
                <tr key={row.storyId}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        void select(row.storyId)
                        onOpenStory(row.storyId)
                      }}
                    >
                      #{row.storyId} {row.label}
                    </button>
                  </td>
                  <td>
                    {formatDate(row.firstDate)}
                    {formatDate(row.lastDate) !== formatDate(row.firstDate) ? ` – ${formatDate(row.lastDate)}` : ''}
                  </td>
                  <td className="numeric">{row.articles}</td>
                  <td>{row.covered.join(', ')}</td>
                  <td className="left-out-groups">{row.missing.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted">Counting…</p>
      )}
    </div>
  )
}
