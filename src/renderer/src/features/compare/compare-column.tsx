import { useEffect, useState, type UIEvent } from 'react'
import type { ArticleAnalysis, ArticleDetail, ArticleEvidence, ArticleStoryInfo } from '../../../../shared/rows'
import type { SpeakerQuotes } from '../../../../shared/story-rows'
import { client } from '../../api/client'
import { formatDate } from '../../components/format'
import { HIGHLIGHT_KINDS, type HighlightKind } from '../article/highlighted-text'
import { ScoreCard } from '../article/score-card'
import { ScoreEditor } from '../coding/score-editor'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import { AnnotatableText } from '../spans/annotatable-text'

/** The highlights a column shows: the language evidence, as the article view shows it by default. */
const SHOWN = new Set<HighlightKind>(HIGHLIGHT_KINDS.filter((kind) => kind !== 'quote' && kind !== 'frame_cue'))

interface Loaded {
  articleId: number
  article: ArticleDetail
  evidence: ArticleEvidence
  /** The machine's scores with their rationales: language and framing from the newest analysis, omission from the newest omission run. */
  machine: ArticleAnalysis['scores']
}

function machineScores(analyses: ArticleAnalysis[], story: ArticleStoryInfo): ArticleAnalysis['scores'] {
  const newest = analyses.filter((analysis) => analysis.origin === 'slant').sort((a, b) => b.runId - a.runId)[0]
  const scores = (newest?.scores ?? []).filter((score) => score.dimension !== 'omission')
  const omission = story.omission ? [{ dimension: 'omission' as const, score: story.omission.score, rationale: story.omission.rationale, confidence: story.omission.confidence }] : []
  return [...scores, ...omission]
}

/** The machine's reasons, folded away: the coding above shows the values, this says why. */
function MachineReasons({ scores }: { scores: ArticleAnalysis['scores'] }) {
  if (scores.length === 0) return null
  return (
    <details className="compare-machine-reasons">
      <summary>The machine&apos;s reasons</summary>
      <div className="compare-score-cards">
        {scores.map((score) => (
          <ScoreCard key={score.dimension} score={score} />
        ))}
      </div>
    </details>
  )
}

/** Quotes grouped by who said them; a click jumps to the quote in the text. */
function QuotesBySpeaker({ speakers, onJump }: { speakers: SpeakerQuotes[]; onJump: (start: number, end: number) => void }) {
  if (speakers.length === 0) return <p className="muted compare-quotes-empty">No direct quotes found.</p>
  return (
    <details className="compare-quotes" open>
      <summary>Quotes by speaker ({speakers.reduce((sum, speaker) => sum + speaker.quotes.length, 0)})</summary>
      <ul>
        {speakers.map((speaker) => (
          <li key={speaker.speaker || '(unattributed)'}>
            <strong>{speaker.speaker || 'Speaker not identified'}</strong>
            {speaker.speakerType && speaker.speakerType !== 'other' ? <span className="muted"> · {speaker.speakerType}</span> : null}
            <ul>
              {speaker.quotes.map((quote) => (
                <li key={quote.start}>
                  <button type="button" className="link-button quote-link" onClick={() => onJump(quote.start, quote.end)} title="Show in the text">
                    “{quote.text}”
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  )
}

/**
 * One article of the comparison: outlet, headline, date, its scores (editable, keys 1-5 on a
 * focused dimension), its quotes by speaker and its highlighted text (spans can be marked as in the
 * article view). The text scrolls on its own so columns can be scrolled together.
 */
export function CompareColumn({
  articleId,
  position,
  count,
  quotes,
  textRef,
  onScroll,
  onMove,
  onJump
}: {
  articleId: number
  position: number
  count: number
  quotes: SpeakerQuotes[]
  textRef: (element: HTMLDivElement | null) => void
  onScroll: (event: UIEvent<HTMLDivElement>) => void
  onMove: (delta: -1 | 1) => void
  onJump: (start: number, end: number) => void
}) {
  const generation = useCorpusStore((state) => state.generation)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    Promise.all([
      client.call('articles.get', { id: articleId }),
      client.call('articles.evidence', { id: articleId }),
      client.call('articles.analyses', { id: articleId }),
      client.call('articles.story', { id: articleId })
    ]).then(([article, evidence, analyses, story]) => setLoaded({ articleId, article, evidence, machine: machineScores(analyses, story) }), reportError)
  }, [articleId, generation])
  const current = loaded?.articleId === articleId ? loaded : null
  return (
    <section className="compare-column" aria-label={`Column ${position + 1}`} data-testid={`compare-column-${position}`}>
      <header className="compare-column-head">
        <div className="compare-column-move">
          <button type="button" disabled={position === 0} onClick={() => onMove(-1)} title="Swap with the column on the left" aria-label="Move column left">
            ◀
          </button>
          <span className="compare-outlet">{current?.article.outletName ?? '…'}</span>
          <button type="button" disabled={position === count - 1} onClick={() => onMove(1)} title="Swap with the column on the right" aria-label="Move column right">
            ▶
          </button>
        </div>
        <h2 className="compare-headline">{current ? current.article.title || 'Untitled' : 'Loading…'}</h2>
        <p className="muted">{current ? [formatDate(current.article.publishedAt), current.article.author, `${current.article.wordCount} words`].filter(Boolean).join(' · ') : ''}</p>
      </header>
      <div className="compare-column-scroll" ref={textRef} onScroll={onScroll} data-testid={`compare-text-${position}`}>
        <ScoreEditor articleId={articleId} />
        {current ? <MachineReasons scores={current.machine} /> : null}
        <QuotesBySpeaker speakers={quotes} onJump={onJump} />
        {current ? (
          <AnnotatableText
            key={articleId}
            articleId={articleId}
            text={current.article.text}
            evidence={current.evidence.evidence}
            quotes={current.evidence.quotes}
            shown={SHOWN}
            runId={current.evidence.runId}
          />
        ) : null}
      </div>
    </section>
  )
}
