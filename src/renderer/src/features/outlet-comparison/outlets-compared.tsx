import { useEffect, useMemo, useState } from 'react'
import type { MeanWithInterval, OutletProfiles, PairedComparison } from '../../../../shared/outlet-comparison-rows'
import type { BiasDimension } from '../../../../shared/rows'
import { csvBlob } from '../../../../shared/figures/csv-text'
import { outletScoresSvg } from '../../../../shared/figures/outlet-scores-svg'
import { client } from '../../api/client'
import { EmptyState } from '../../components/empty-state'
import { formatNumber } from '../../components/format'
import { FigureButtons } from '../compare/figure-buttons'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import './outlet-comparison.css'

const DIMENSIONS: { key: BiasDimension; name: string }[] = [
  { key: 'language', name: 'Language bias' },
  { key: 'framing', name: 'Framing bias' },
  { key: 'omission', name: 'Bias by omission' }
]

/** Two decimals on screen (the CSV keeps three). */
const shown = (value: number) => (Math.round(value * 100) / 100).toFixed(2)

function formatInterval(mean: MeanWithInterval): string {
  if (mean.mean === null) return '–'
  return mean.low === null || mean.high === null ? shown(mean.mean) : `${shown(mean.mean)} [${shown(mean.low)}, ${shown(mean.high)}]`
}

function scopeDescription(query: string, filterCount: number): string {
  const parts = [query.trim() ? `search “${query.trim()}”` : null, filterCount > 0 ? `${filterCount} filter${filterCount === 1 ? '' : 's'}` : null].filter(Boolean)
  return parts.length === 0 ? 'the whole corpus' : `the corpus table's ${parts.join(' and ')}`
}

/**
 * Outlets side by side under the corpus table's search and filters: each outlet's scores (distribution,
 * mean and 95% interval), frames, goals, topics and voices; and outlets compared pair by pair on the
 * stories both covered, so a difference is not one of which stories they chose.
 */
export function OutletsCompared() {
  const generation = useCorpusStore((state) => state.generation)
  const query = useCorpusStore((state) => state.query)
  const filters = useCorpusStore((state) => state.filters)
  const [profiles, setProfiles] = useState<OutletProfiles | null>(null)
  const [dimension, setDimension] = useState<BiasDimension>('language')
  const [chosen, setChosen] = useState<number[]>([])
  const [paired, setPaired] = useState<{ key: string; value: PairedComparison } | null>(null)
  const scope = useMemo(() => ({ query: query.trim() || undefined, filters }), [query, filters])
  const pairKey = `${chosen.join(',')}:${dimension}:${generation}:${JSON.stringify(scope)}`

  useEffect(() => {
    client.call('comparison.outletProfiles', scope).then(setProfiles, reportError)
  }, [scope, generation])
  useEffect(() => {
    if (chosen.length < 2) return
    client.call('comparison.paired', { ...scope, outletIds: chosen, dimension }).then((value) => setPaired({ key: pairKey, value }), reportError)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for every input
  }, [pairKey])

  if (!profiles) return <p className="muted">Counting…</p>
  if (profiles.outlets.length === 0) {
    return (
      <EmptyState title="No outlet to compare" testId="outlets-compared-empty">
        <p>No article with an outlet matches the corpus table&apos;s search and filters. Clear them in Corpus, or import articles from several outlets.</p>
      </EmptyState>
    )
  }
  const described = scopeDescription(query, Object.keys(filters).length)
  const dimensionName = DIMENSIONS.find((entry) => entry.key === dimension)?.name ?? dimension
  const frame = {
    title: `${dimensionName} by outlet`,
    n: `n = ${formatNumber(profiles.articles)} articles from ${profiles.outlets.length} outlets; final values (adjudicated, coders' consensus, latest coder, else Slant's)`,
    source: `Slant corpus, ${described}; ${new Date().toISOString().slice(0, 10)}`
  }
  const profileCsv = () =>
    csvBlob(
      ['outlet', 'articles', ...DIMENSIONS.flatMap(({ key }) => [`${key}_n`, `${key}_mean`, `${key}_ci_low`, `${key}_ci_high`, ...[1, 2, 3, 4, 5].map((value) => `${key}_${value}`)]), 'primary_frames', 'sdgs', 'topics', 'voice_types'],
      profiles.outlets.map((profile) => [
        profile.outlet,
        profile.articles,
        ...DIMENSIONS.flatMap(({ key }) => {
          const score = profile.scores[key]
          return [score.mean.n, score.mean.mean, score.mean.low, score.mean.high, ...score.distribution]
        }),
        profile.frames.map((entry) => `${entry.frame} ${entry.articles}`).join('; '),
        profile.sdgs.map((entry) => `${entry.goal} ${entry.articles}`).join('; '),
        profile.topics.map((entry) => `${entry.topic} ${entry.articles}`).join('; '),
        profile.voices.map((entry) => `${entry.type} ${entry.quotes}`).join('; ')
      ])
    )
  const current = paired?.key === pairKey ? paired.value : null
  const pairCsv = () =>
    csvBlob(
      ['outlet_a', 'outlet_b', 'dimension', 'stories_both_covered', 'mean_a', 'mean_b', 'difference_a_minus_b', 'ci_low', 'ci_high', 'sd'],
      (current?.pairs ?? []).map((pair) => [pair.outlets[0], pair.outlets[1], dimension, pair.stories, pair.means[0], pair.means[1], pair.difference.mean, pair.difference.low, pair.difference.high, pair.difference.sd])
    )
  const toggle = (outletId: number) => setChosen(chosen.includes(outletId) ? chosen.filter((id) => id !== outletId) : [...chosen, outletId].slice(-12))
  return (
    <div className="outlets-compared" data-testid="outlets-compared">
      <p className="muted">
        {formatNumber(profiles.articles)} articles from {profiles.outlets.length} outlets in {described} (change them in Corpus).
      </p>
      <section>
        <div className="compare-section-head">
          <h3>Outlets by dimension</h3>
          <FigureButtons title="Outlets by dimension" csv={profileCsv} testId="outlet-profiles-export" />
        </div>
        <div className="outlet-table-scroll">
          <table className="data-table compact outlet-profiles">
            <thead>
              <tr>
                <th>Outlet</th>
                <th className="numeric">Articles</th>
                {DIMENSIONS.map((entry) => (
                  <th key={entry.key} title="Mean [95% confidence interval] of the final values">
                    {entry.name}
                  </th>
                ))}
                <th>Frames</th>
                <th>Goals</th>
                <th>Topics</th>
                <th>Voices</th>
              </tr>
            </thead>
            <tbody>
              {profiles.outlets.map((profile) => (
                <tr key={profile.outletId} data-testid={`outlet-profile-${profile.outletId}`}>
                  <td>
                    <label className="toggle">
                      <input type="checkbox" checked={chosen.includes(profile.outletId)} onChange={() => toggle(profile.outletId)} aria-label={`Compare ${profile.outlet}`} /> {profile.outlet}
                    </label>
                  </td>
                  <td className="numeric">{formatNumber(profile.articles)}</td>
                  {DIMENSIONS.map((entry) => (
                    <td key={entry.key} title={`${profile.scores[entry.key].mean.n} scored; 1-5: ${profile.scores[entry.key].distribution.join(', ')}`}>
                      {formatInterval(profile.scores[entry.key].mean)}
                    </td>
                  ))}
                  <td>{profile.frames.slice(0, 3).map((entry) => `${entry.frame} ${entry.articles}`).join(', ') || <span className="muted">–</span>}</td>
                  <td>{profile.sdgs.slice(0, 4).map((entry) => `${entry.goal} (${entry.articles})`).join(', ') || <span className="muted">–</span>}</td>
                  <td>{profile.topics.map((entry) => entry.topic).join(', ') || <span className="muted">–</span>}</td>
                  <td>{profile.voices.map((entry) => `${entry.type} ${entry.quotes}`).join(', ') || <span className="muted">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section>
        <div className="compare-section-head">
          <h3>Distribution</h3>
          <select aria-label="Dimension" value={dimension} onChange={(event) => setDimension(event.target.value as BiasDimension)}>
            {DIMENSIONS.map((entry) => (
              <option key={entry.key} value={entry.key}>
                {entry.name}
              </option>
            ))}
          </select>
          <FigureButtons title={frame.title} svg={() => outletScoresSvg(profiles.outlets, dimension, frame)} testId="outlet-scores-export" />
        </div>
        <img className="outlet-scores-figure" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(outletScoresSvg(profiles.outlets, dimension, frame))}`} alt={`${frame.title}: ${profiles.outlets.map((profile) => `${profile.outlet} ${formatInterval(profile.scores[dimension].mean)}`).join('; ')}`} />
      </section>
      <section data-testid="paired-comparison">
        <div className="compare-section-head">
          <h3>Paired on shared stories</h3>
          {current ? <FigureButtons title={`${dimensionName} paired by story`} csv={pairCsv} testId="paired-export" /> : null}
        </div>
        {chosen.length < 2 ? (
          <p className="muted">Tick two or more outlets above: each pair is compared on the stories both covered, story by story, so a difference is not one of topic.</p>
        ) : !current ? (
          <p className="muted">Comparing…</p>
        ) : (
          <>
            <p className="muted">
              {dimensionName}: {current.sharedByAll} stor{current.sharedByAll === 1 ? 'y' : 'ies'} covered by all {chosen.length} outlets. Each pair uses the stories both covered (an outlet&apos;s articles in
              one story count as their mean).
            </p>
            <table className="data-table compact">
              <thead>
                <tr>
                  <th>Outlets</th>
                  <th className="numeric">Stories both covered</th>
                  <th className="numeric">Means</th>
                  <th className="numeric">Difference [95% CI]</th>
                </tr>
              </thead>
              <tbody>
                {current.pairs.map((pair) => (
                  <tr key={pair.outletIds.join('-')}>
                    <td>
                      {pair.outlets[0]} − {pair.outlets[1]}
                    </td>
                    <td className="numeric">{pair.stories}</td>
                    <td className="numeric">{pair.stories === 0 || pair.means[0] === null || pair.means[1] === null ? '–' : `${shown(pair.means[0])} vs ${shown(pair.means[1])}`}</td>
                    <td className="numeric">{pair.stories === 0 ? <span className="muted">no shared story</span> : formatInterval(pair.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  )
}
