import { useEffect, useState, type FormEvent } from 'react'
import type { StoryArticleRow, StoryDetail as Detail, StoryEditRow, StoryRow } from '../../../../shared/story-rows'
import { client } from '../../api/client'
import { formatDate } from '../../components/format'
import { ScoreChip } from '../../components/score-chip'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'
import { MAX_COLUMNS } from '../compare/compare-view'
import { csvBlob } from '../../../../shared/figures/csv-text'
import { FigureButtons } from '../compare/figure-buttons'
import { SpreadBar } from './spread-bar'
import { useStoriesStore } from './stories-store'

/** The articles to compare first: the ticked ones, else one per outlet, earliest first, up to three. */
export function defaultComparison(articles: StoryArticleRow[], ticked: number[]): number[] {
  if (ticked.length >= 2) return ticked.slice(0, MAX_COLUMNS)
  const seen = new Set<string>()
  const picked: number[] = []
  for (const article of articles) {
    const outlet = article.outlet ?? `article ${article.articleId}`
    if (seen.has(outlet)) continue
    seen.add(outlet)
    picked.push(article.articleId)
    if (picked.length === 3) break
  }
  return picked.length >= 2 ? picked : articles.slice(0, 3).map((article) => article.articleId)
}

const DAY_MS = 86_400_000
/** The clustering's own window: stories further apart in time are not candidates for the same event. */
const NEARBY_DAYS = 4

function dayOffset(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Stories within the clustering window of this one: the likely targets of a merge or a move. */
function useNearbyStories(story: Detail['story']): StoryRow[] {
  const [nearby, setNearby] = useState<{ id: number; rows: StoryRow[] } | null>(null)
  useEffect(() => {
    const filters = { dateFrom: dayOffset(story.firstDate, -NEARBY_DAYS), dateTo: dayOffset(story.lastDate, NEARBY_DAYS) }
    client.call('stories.list', { filters, sort: 'articles', limit: 13 }).then((page) => setNearby({ id: story.id, rows: page.rows.filter((row) => row.id !== story.id).slice(0, 12) }), reportError)
  }, [story.id, story.firstDate, story.lastDate])
  return nearby?.id === story.id ? nearby.rows : []
}

function describeEdit(edit: StoryEditRow): string {
  const articles = `${edit.articleIds.length} article${edit.articleIds.length === 1 ? '' : 's'}`
  if (edit.kind === 'rename') return `named “${edit.label ?? ''}”`
  if (edit.kind === 'merge') return `merged story ${edit.otherStoryIds.map((id) => `#${id}`).join(', ')} in (${articles})`
  if (edit.kind === 'split') return `split ${articles} out into story #${edit.otherStoryIds[0] ?? '?'}${edit.label ? ` “${edit.label}”` : ''}`
  return `moved ${articles} in${edit.otherStoryIds.length > 0 ? ` from ${edit.otherStoryIds.map((id) => `#${id}`).join(', ')}` : ''}`
}

/**
 * One story (keyed by its id and name, so a new story or name starts the form afresh): its articles, and the edits a researcher makes to the clustering (rename, split, move,
 * merge), each kept when stories are clustered again. Tick articles to compare them side by side.
 */
export function StoryDetail({ detail }: { detail: Detail }) {
  const { story, articles, edits } = detail
  const { compare, edit } = useStoriesStore()
  const selectArticle = useCorpusStore((state) => state.select)
  const showView = useAppStore((state) => state.showView)
  const [label, setLabel] = useState(story.label)
  const [ticked, setTicked] = useState<number[]>([])
  const [target, setTarget] = useState('')
  const [mergeWith, setMergeWith] = useState('')
  const nearby = useNearbyStories(story)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const element = event.target as HTMLElement | null
      if (element?.closest('input, textarea, select, [contenteditable="true"]') || event.ctrlKey || event.metaKey || event.altKey) return
      if ((event.key === 'c' || event.key === 'C') && articles.length >= 2) compare(defaultComparison(articles, ticked))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [articles, ticked, compare])

  const toggle = (articleId: number) => setTicked(ticked.includes(articleId) ? ticked.filter((id) => id !== articleId) : [...ticked, articleId])
  const rename = (event: FormEvent) => {
    event.preventDefault()
    if (label.trim() && label.trim() !== story.label) {
      void edit(async () => {
        await client.call('stories.rename', { id: story.id, label: label.trim() })
        return { storyId: story.id, message: `Story #${story.id} named “${label.trim()}”; its articles stay together when stories are clustered again.` }
      })
    }
  }
  const split = () =>
    void edit(async () => {
      const result = await client.call('stories.split', { id: story.id, articleIds: ticked })
      return { storyId: result.newStoryId, message: `Split ${ticked.length} article${ticked.length === 1 ? '' : 's'} into story #${result.newStoryId}; omission scored again for ${result.omissionsScored}.` }
    })
  const move = (event: FormEvent) => {
    event.preventDefault()
    const storyId = target.trim() === '' ? null : Number(target.replace('#', ''))
    if (storyId !== null && !Number.isInteger(storyId)) return useAppStore.getState().notify('error', 'Give the number of the story to move into (as in the list, #12), or leave it empty for a new story.')
    void edit(async () => {
      const result = await client.call('stories.move', { articleIds: ticked, storyId })
      return { storyId: result.storyId, message: `Moved ${ticked.length} article${ticked.length === 1 ? '' : 's'} into story #${result.storyId}.` }
    })
  }
  const mergeIds = (ids: number[]) =>
    void edit(async () => {
      const result = await client.call('stories.merge', { id: story.id, otherIds: ids })
      return { storyId: story.id, message: `Merged ${ids.map((id) => `#${id}`).join(', ')} into story #${story.id}; omission scored again for ${result.omissionsScored}.` }
    })
  const merge = (event: FormEvent) => {
    event.preventDefault()
    const ids = mergeWith
      .split(/[\s,]+/u)
      .map((part) => Number(part.replace('#', '')))
      .filter((id) => Number.isInteger(id) && id > 0)
    if (ids.length === 0) return useAppStore.getState().notify('error', 'Give the numbers of the stories to merge into this one, as in the list (#12, #15).')
    mergeIds(ids)
  }
  const moveTo = (storyId: number) =>
    void edit(async () => {
      const result = await client.call('stories.move', { articleIds: ticked, storyId })
      return { storyId: result.storyId, message: `Moved ${ticked.length} article${ticked.length === 1 ? '' : 's'} into story #${result.storyId}.` }
    })
  const openArticle = (articleId: number) => {
    selectArticle(articleId)
    showView('corpus')
  }
  return (
    <aside className="story-detail" aria-label="Story" data-testid="story-detail">
      <form className="story-rename" onSubmit={rename}>
        <span className="muted">#{story.id}</span>
        <input aria-label="Story name" value={label} onChange={(event) => setLabel(event.target.value)} maxLength={300} />
        <button type="submit" disabled={!label.trim() || label.trim() === story.label}>
          Rename
        </button>
      </form>
      <p className="muted">
        {formatDate(story.firstDate)}
        {formatDate(story.lastDate) !== formatDate(story.firstDate) ? ` to ${formatDate(story.lastDate)}` : ''} · {story.articles} article{story.articles === 1 ? '' : 's'} from {story.outletCount} outlet
        {story.outletCount === 1 ? '' : 's'}
        {story.pinned > 0 ? ` · ${story.pinned} placed by hand` : ''}
      </p>
      <div className="story-spreads">
        <span>Language</span> <SpreadBar spread={story.scores.language} name="Language bias" />
        <span>Framing</span> <SpreadBar spread={story.scores.framing} name="Framing bias" />
        <span>Omission</span> <SpreadBar spread={story.scores.omission} name="Bias by omission" />
      </div>
      <div className="story-actions">
        <button type="button" className="primary" disabled={articles.length < 2 || ticked.length === 1 || ticked.length > MAX_COLUMNS} onClick={() => compare(defaultComparison(articles, ticked))} data-testid="compare-button" title="Side by side: the ticked articles, or one per outlet (C)">
          Compare side by side{ticked.length >= 2 ? ` (${ticked.length})` : ''}
        </button>
        <button type="button" disabled={ticked.length === 0 || ticked.length >= articles.length} onClick={split} title="Take the ticked articles out into a new story">
          Split off ticked
        </button>
      </div>
      {articles.length < 2 ? <p className="muted">Only one article: nothing to compare yet. Merge another story into this one, or move an article here from its story.</p> : null}
      <div className="story-articles-head">
        <strong>Articles</strong>
        <FigureButtons
          title={`Articles of story ${story.id} ${story.label}`}
          testId="story-articles-export"
          csv={() =>
            csvBlob(
              ['article_id', 'outlet', 'title', 'published_at', 'placed_by_hand', 'similarity', 'language_final', 'framing_final', 'omission_final'],
              articles.map((article) => [article.articleId, article.outlet, article.title, article.publishedAt, article.pinned, article.similarity, article.scores.language, article.scores.framing, article.scores.omission])
            )
          }
        />
      </div>
      <table className="data-table compact story-articles">
        <thead>
          <tr>
            <th aria-label="Tick" />
            <th>Outlet</th>
            <th>Headline</th>
            <th>Date</th>
            <th title="Language bias, framing bias, bias by omission (final values)">L F O</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.articleId} data-testid={`story-article-${article.articleId}`}>
              <td>
                <input type="checkbox" aria-label={`Tick ${article.title || 'untitled article'}`} checked={ticked.includes(article.articleId)} onChange={() => toggle(article.articleId)} />
              </td>
              <td>{article.outlet ?? <span className="muted">none</span>}</td>
              <td>
                <button type="button" className="link-button" onClick={() => openArticle(article.articleId)} title="Open in the corpus">
                  {article.title || 'Untitled'}
                </button>
                {article.pinned ? (
                  <span className="edited-mark" title="Placed by hand: stays in this story when stories are clustered again">
                    {' '}
                    ✎
                  </span>
                ) : null}
              </td>
              <td>{formatDate(article.publishedAt)}</td>
              <td className="score-chips">
                <ScoreChip value={article.scores.language} /> <ScoreChip value={article.scores.framing} /> <ScoreChip value={article.scores.omission} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="story-edit-form" onSubmit={move}>
        <label>
          Move ticked to story{' '}
          <input aria-label="Story to move into" placeholder="#, empty: a new story" value={target} onChange={(event) => setTarget(event.target.value)} size={14} />
        </label>
        <button type="submit" disabled={ticked.length === 0}>
          Move
        </button>
      </form>
      <form className="story-edit-form" onSubmit={merge}>
        <label>
          Merge into this one{' '}
          <input aria-label="Stories to merge into this one" placeholder="#12, #15" value={mergeWith} onChange={(event) => setMergeWith(event.target.value)} size={14} />
        </label>
        <button type="submit" disabled={!mergeWith.trim()}>
          Merge
        </button>
      </form>
      {nearby.length > 0 ? (
        <details className="nearby-stories" data-testid="nearby-stories">
          <summary>Stories within {NEARBY_DAYS} days ({nearby.length})</summary>
          <ul>
            {nearby.map((other) => (
              <li key={other.id}>
                <span className="muted">#{other.id}</span> {other.label} <span className="muted">· {other.articles} article{other.articles === 1 ? '' : 's'}</span>{' '}
                <button type="button" className="link-button" onClick={() => mergeIds([other.id])} title={`Move every article of story #${other.id} into this one`}>
                  merge into this
                </button>
                {ticked.length > 0 ? (
                  <>
                    {' · '}
                    <button type="button" className="link-button" onClick={() => moveTo(other.id)} title={`Move the ticked articles into story #${other.id}`}>
                      move ticked there
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="muted small-print">Edits by hand are kept when stories are clustered again (Settings, or slant stories --rebuild); the articles they place are marked ✎.</p>
      {edits.length > 0 ? (
        <details className="story-edits">
          <summary>Edits by hand ({edits.length})</summary>
          <ul>
            {edits.map((row) => (
              <li key={row.id}>
                {row.createdAt.slice(0, 16).replace('T', ' ')} · {row.storyId === story.id ? '' : `story #${row.storyId ?? '?'}: `}
                {describeEdit(row)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </aside>
  )
}
