import { useCallback, useEffect, useMemo, useRef, useState, type UIEvent } from 'react'
import type { Passage, StoryComparison, StoryDetail } from '../../../../shared/story-rows'
import { client } from '../../api/client'
import { formatDate } from '../../components/format'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'
import { useStoriesStore } from '../stories/stories-store'
import { CompareColumn } from './compare-column'
import { CoverageMatrix } from './coverage-matrix'
import { DifferencesSummary } from './differences-summary'
import { HeadlinesCompared } from './headlines-compared'
import { jumpToPassage } from './jump-to-passage'
import { ScoreChart } from './score-chart'
import './compare.css'

export const MAX_COLUMNS = 4

/** Which of the story's articles are compared: tick two to four. */
function ArticlePicker({ detail, compared }: { detail: StoryDetail; compared: number[] }) {
  const compare = useStoriesStore((state) => state.compare)
  const toggle = (articleId: number) => {
    if (compared.includes(articleId)) {
      if (compared.length > 2) compare(compared.filter((id) => id !== articleId))
    } else if (compared.length < MAX_COLUMNS) compare([...compared, articleId])
    else useAppStore.getState().notify('info', `At most ${MAX_COLUMNS} articles side by side: untick one first.`)
  }
  return (
    <fieldset className="compare-picker" data-testid="compare-picker">
      <legend>Articles compared (2 to {MAX_COLUMNS})</legend>
      {detail.articles.map((article) => (
        <label key={article.articleId} className="toggle">
          <input
            type="checkbox"
            checked={compared.includes(article.articleId)}
            disabled={compared.includes(article.articleId) && compared.length <= 2}
            onChange={() => toggle(article.articleId)}
          />{' '}
          {article.outlet ?? 'No outlet'} <span className="muted">{formatDate(article.publishedAt)}</span>
        </label>
      ))}
    </fieldset>
  )
}

/**
 * Two to four articles of a story side by side: headlines compared, the coverage matrix, what each
 * alone says or leaves out, and the articles in columns with their scores (editable) and text.
 */
export function CompareView({ detail, compared }: { detail: StoryDetail; compared: number[] }) {
  const compare = useStoriesStore((state) => state.compare)
  const generation = useCorpusStore((state) => state.generation)
  const [comparison, setComparison] = useState<{ key: string; value: StoryComparison } | null>(null)
  const [synchronised, setSynchronised] = useState(false)
  const columns = useRef<(HTMLDivElement | null)[]>([])
  const syncing = useRef(false)
  const key = compared.join(',')

  useEffect(() => {
    client.call('stories.compare', { articleIds: compared }).then((value) => setComparison({ key, value }), reportError)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the compared ids
  }, [key, generation])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]') || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key === 'Escape') compare([])
      if (event.key === 's' || event.key === 'S') setSynchronised((value) => !value)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [compare])

  const onScroll = useCallback(
    (index: number) => (event: UIEvent<HTMLDivElement>) => {
      if (!synchronised || syncing.current) return
      const source = event.currentTarget
      const share = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight)
      syncing.current = true
      columns.current.forEach((column, other) => {
        if (column && other !== index) column.scrollTop = share * (column.scrollHeight - column.clientHeight)
      })
      // Released after the scroll events the assignments cause have been delivered.
      requestAnimationFrame(() => (syncing.current = false))
    },
    [synchronised]
  )

  const jump = (column: number, passage: Passage) => {
    const root = columns.current[column]
    if (!root) return
    root.closest('.compare-column')?.scrollIntoView({ block: 'nearest' })
    if (jumpToPassage(root, passage) === null) useAppStore.getState().notify('info', 'That passage is not in the text shown (the article may have changed since its analysis).')
  }

  const move = (index: number, delta: -1 | 1) => {
    const next = [...compared]
    const other = index + delta
    if (other < 0 || other >= next.length) return
    ;[next[index], next[other]] = [next[other] as number, next[index] as number]
    compare(next)
  }

  const current = comparison?.key === key ? comparison.value : null
  const outlets = new Set(current?.articles.map((article) => article.outlet)).size
  const { story } = detail
  const frame = useMemo(
    () => ({
      title: `Coverage of “${story.label}”`,
      n: `n = ${compared.length} articles from ${outlets} outlet${outlets === 1 ? '' : 's'} (story #${story.id}, ${story.articles} articles in all)`,
      source: `Slant corpus, story #${story.id}, articles ${compared.join(', ')}; names, figures, voices and claims from Slant's newest analysis of each article; ${new Date().toISOString().slice(0, 10)}`
    }),
    [story, compared, outlets]
  )
  const chartArticles = useMemo(
    () => compared.map((id) => detail.articles.find((article) => article.articleId === id)).filter((article) => article !== undefined),
    [compared, detail.articles]
  )
  const chartFrame = useMemo(
    () => ({
      title: `Bias scores of “${story.label}”`,
      n: `n = ${chartArticles.length} articles, final values (adjudicated, coders' consensus, latest coder, else Slant's)`,
      source: `Slant corpus, story #${story.id}, articles ${compared.join(', ')}; ${new Date().toISOString().slice(0, 10)}`
    }),
    [story, compared, chartArticles.length]
  )
  return (
    <div className="compare-view" data-testid="compare-view">
      <div className="compare-toolbar">
        <button type="button" onClick={() => compare([])} title="Back to the story (Esc)">
          ◀ Story
        </button>
        <h2 className="compare-title">{story.label}</h2>
        <label className="toggle" title="Scroll the columns together (S)">
          <input type="checkbox" checked={synchronised} onChange={(event) => setSynchronised(event.target.checked)} data-testid="sync-scroll" /> Scroll together
        </label>
      </div>
      <ArticlePicker detail={detail} compared={compared} />
      {current ? (
        <>
          <HeadlinesCompared comparison={current} title={`Headlines of “${story.label}”`} />
          <CoverageMatrix comparison={current} frame={frame} onJump={jump} />
          <DifferencesSummary comparison={current} />
          <ScoreChart articles={chartArticles} frame={chartFrame} />
        </>
      ) : (
        <p className="muted">Comparing…</p>
      )}
      <div className="compare-columns" style={{ gridTemplateColumns: `repeat(${compared.length}, minmax(280px, 1fr))` }}>
        {compared.map((articleId, index) => (
          <CompareColumn
            key={articleId}
            articleId={articleId}
            position={index}
            count={compared.length}
            quotes={current?.quotes[index] ?? []}
            textRef={(element) => {
              columns.current[index] = element
            }}
            onScroll={onScroll(index)}
            onMove={(delta) => move(index, delta)}
            onJump={(start, end) => jump(index, { start, end })}
          />
        ))}
      </div>
    </div>
  )
}
