import { useEffect, useState } from 'react'
import type { ArticleStoryInfo, OmissionKind } from '../../../../shared/rows'
import { client } from '../../api/client'
import { formatDate } from '../../components/format'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import { ScoreCard } from './score-card'
import { openComparison } from '../stories/open-comparison'

const KIND_LABELS: Record<OmissionKind, string> = {
  name: 'Not mentioned',
  figure: 'Figure left out',
  voice: 'Not quoted',
  voice_type: 'No voice from',
  unquoted: 'Named, never quoted',
  unattributed: 'Figure without a source'
}

/** Bias by omission (what sibling articles carry and this one lacks, with where they say it) and the article's story. */
export function StoryPanel({ articleId }: { articleId: number }) {
  const [loaded, setLoaded] = useState<{ articleId: number; info: ArticleStoryInfo } | null>(null)
  const generation = useCorpusStore((state) => state.generation)
  const select = useCorpusStore((state) => state.select)
  const setFilters = useCorpusStore((state) => state.setFilters)
  useEffect(() => {
    client.call('articles.story', { id: articleId }).then((info) => setLoaded({ articleId, info }), reportError)
  }, [articleId, generation])
  const info = loaded?.articleId === articleId ? loaded.info : null
  if (!info || (!info.story && !info.omission)) return null
  const { story, siblings, omission } = info
  return (
    <section className="story-panel" aria-label="Story and omission" data-testid="story-panel">
      {omission ? (
        <ScoreCard score={{ dimension: 'omission', score: omission.score, rationale: omission.rationale, confidence: omission.confidence }} detail={omission.runLabel}>
          {omission.items.length > 0 ? (
            <ul className="omission-items" data-testid="omission-items">
              {omission.items.map((item) => (
                <li key={`${item.kind}:${item.item}`} className={item.central ? 'central' : undefined}>
                  <span className="muted">{KIND_LABELS[item.kind]}:</span> {item.item}
                  {item.siblings > 0 ? <span className="muted"> · in {item.carriedBy} of {item.siblings}{item.central ? ' (central)' : ''}</span> : null}
                  {item.source && item.source.articleId !== articleId ? (
                    <>
                      {' · '}
                      <button type="button" className="link-button" title={item.source.excerpt} onClick={() => select(item.source?.articleId ?? null)}>
                        where: {item.source.title || `article ${item.source.articleId}`}
                      </button>
                      <span className="omission-excerpt muted">“…{item.source.excerpt}…”</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </ScoreCard>
      ) : null}
      {story ? (
        <div className="story-summary" data-testid="story-summary">
          <h3>
            Story #{story.id}: {story.articles} article{story.articles === 1 ? '' : 's'}
            {story.articles > 1 ? (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => setFilters({ storyIds: [story.id] })}>
                  Show in table
                </button>
                {' · '}
                <button type="button" className="link-button" onClick={() => void openComparison(story.id, articleId)} data-testid="story-compare-link">
                  Compare side by side
                </button>
              </>
            ) : null}
          </h3>
          {siblings.length > 0 ? (
            <ul className="story-siblings">
              {siblings.map((sibling) => (
                <li key={sibling.articleId}>
                  <button type="button" className="link-button" onClick={() => select(sibling.articleId)}>
                    {sibling.title || 'Untitled'}
                  </button>
                  <span className="muted"> · {[sibling.outlet, formatDate(sibling.publishedAt)].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No other article of this story is in the corpus yet.</p>
          )}
        </div>
      ) : null}
    </section>
  )
}
