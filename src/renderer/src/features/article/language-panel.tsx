import type { ArticleAnalysis, ArticleEvidence } from '../../../../shared/rows'
import { ScoreCard } from './score-card'
import { SdgList } from './sdg-list'

function voices(evidence: ArticleEvidence): { speaker: string; type: string | null; quotes: number }[] {
  const bySpeaker = new Map<string, { speaker: string; type: string | null; quotes: number }>()
  for (const quote of evidence.quotes) {
    const speaker = quote.speaker ?? 'not identified'
    const entry = bySpeaker.get(speaker) ?? { speaker, type: quote.speakerType, quotes: 0 }
    entry.quotes++
    bySpeaker.set(speaker, entry)
  }
  return [...bySpeaker.values()].sort((a, b) => b.quotes - a.quotes)
}

/** Slant's own run for this article: framing and language bias with their rubrics, and what the analyzers found. */
export function LanguagePanel({ analysis, evidence }: { analysis: ArticleAnalysis; evidence: ArticleEvidence }) {
  const score = analysis.scores.find((item) => item.dimension === 'language')
  const flagged = evidence.sentences.filter((sentence) => sentence.flag).length
  const framing = analysis.scores.find((item) => item.dimension === 'framing')
  return (
    <section className="language-panel" aria-label="Slant's analysis" data-testid="language-panel">
      {framing ? (
        <ScoreCard score={framing}>
          {analysis.frames.length > 0 ? (
            <p className="muted" data-testid="frames">
              Frames: {analysis.frames.map((use) => (use.matches > 0 ? `${use.frame} (${use.matches})` : use.frame)).join(' · ')}
            </p>
          ) : null}
        </ScoreCard>
      ) : null}
      {score ? <ScoreCard score={score} detail={`${flagged} of ${evidence.sentences.length} sentences flagged as loaded`} /> : null}
      {analysis.summary ? (
        <>
          <h3>Summary</h3>
          <p>{analysis.summary}</p>
        </>
      ) : null}
      {analysis.entities.length > 0 ? (
        <>
          <h3>Entities</h3>
          <p className="muted">
            {(['person', 'organisation', 'place'] as const)
              .map((kind) => {
                const names = analysis.entities.filter((entity) => entity.kind === kind).map((entity) => entity.name)
                return names.length > 0 ? `${kind === 'person' ? 'People' : kind === 'organisation' ? 'Organisations' : 'Places'}: ${names.join(', ')}` : null
              })
              .filter(Boolean)
              .join(' · ')}
          </p>
        </>
      ) : null}
      {analysis.topics.length > 0 || evidence.keyphrases.length > 0 ? (
        <>
          <h3>Topics</h3>
          <p className="muted">
            {analysis.topics.join(', ')}
            {evidence.keyphrases.length > 0 ? ` · keyphrases: ${evidence.keyphrases.map((item) => item.phrase).join(', ')}` : ''}
          </p>
        </>
      ) : null}
      <SdgList sdgs={analysis.sdgs} />
      {evidence.quotes.length > 0 ? (
        <>
          <h3>Voices</h3>
          <ul className="voices" data-testid="voices">
            {voices(evidence).map((voice) => (
              <li key={voice.speaker}>
                {voice.speaker}
                {voice.type ? <span className="muted"> ({voice.type})</span> : null}: {voice.quotes} quote{voice.quotes === 1 ? '' : 's'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {evidence.claims.length > 0 ? <p className="muted">{evidence.claims.length} key claims (sentences with figures, attributions or quotes)</p> : null}
    </section>
  )
}
