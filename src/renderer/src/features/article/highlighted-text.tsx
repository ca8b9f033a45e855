import type { EvidenceRow, QuoteRow } from '../../../../shared/rows'

export const HIGHLIGHT_KINDS = ['loaded_term', 'label', 'intensifier', 'hedge', 'weasel', 'quote', 'frame_cue'] as const
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number]

export const KIND_LABELS: Record<HighlightKind, string> = {
  loaded_term: 'Loaded terms',
  label: 'Labels',
  intensifier: 'Intensifiers',
  hedge: 'Hedges',
  weasel: 'Weasel words',
  quote: 'Quotes',
  frame_cue: 'Frame cues'
}

interface Span {
  start: number
  end: number
  kind: HighlightKind
  explanation: string
}

/** A coder's span, drawn in the coder's colour over any machine highlight. */
export interface TextAnnotation {
  start: number
  end: number
  colour: string
  explanation: string
}

function spansFrom(evidence: EvidenceRow[], quotes: QuoteRow[], shown: Set<HighlightKind>): Span[] {
  const spans: Span[] = []
  for (const item of evidence) {
    if (!shown.has(item.kind as HighlightKind)) continue
    const parts = [item.note ?? item.kind.replace('_', ' '), item.suggestion ? `neutral alternative: “${item.suggestion}”` : null].filter(Boolean)
    spans.push({ start: item.start, end: item.end, kind: item.kind as HighlightKind, explanation: `${item.label}: ${parts.join('; ')}` })
  }
  if (shown.has('quote')) {
    for (const quote of quotes) {
      spans.push({ start: quote.start, end: quote.end, kind: 'quote', explanation: quote.speaker ? `quote from ${quote.speaker}${quote.speakerType ? ` (${quote.speakerType})` : ''}` : 'quote, speaker not identified' })
    }
  }
  return spans
}

/** Paragraphs with their offsets, so highlights keep pointing at the stored text. */
function paragraphs(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = []
  const separator = /\n\s*\n/g
  let start = 0
  for (const match of text.matchAll(separator)) {
    if (match.index > start) result.push({ start, end: match.index })
    start = match.index + match[0].length
  }
  if (start < text.length) result.push({ start, end: text.length })
  return result
}

/**
 * The article text with evidence marked by kind. Overlapping spans (a loaded word inside a quote) are
 * cut into segments that carry every kind covering them. Everything is rendered as text, never markup.
 * Each segment carries data-offset, its start in the stored text, so a selection maps back to exact
 * offsets (features/spans/selection-offsets.ts).
 */
export function HighlightedText({
  text,
  evidence,
  quotes,
  shown,
  annotations = []
}: {
  text: string
  evidence: EvidenceRow[]
  quotes: QuoteRow[]
  shown: Set<HighlightKind>
  annotations?: TextAnnotation[]
}) {
  const spans = spansFrom(evidence, quotes, shown)
  return (
    <div className="article-text">
      {paragraphs(text).map((paragraph) => {
        const inside = spans.filter((span) => span.end > paragraph.start && span.start < paragraph.end)
        const annotated = annotations.filter((span) => span.end > paragraph.start && span.start < paragraph.end)
        const cuts = new Set([paragraph.start, paragraph.end])
        for (const span of [...inside, ...annotated]) {
          cuts.add(Math.max(paragraph.start, span.start))
          cuts.add(Math.min(paragraph.end, span.end))
        }
        const points = [...cuts].sort((a, b) => a - b)
        return (
          <p key={paragraph.start}>
            {points.slice(0, -1).map((from, index) => {
              const to = points[index + 1] as number
              const covering = inside.filter((span) => span.start <= from && span.end >= to)
              const coders = annotated.filter((span) => span.start <= from && span.end >= to)
              const piece = text.slice(from, to)
              if (covering.length === 0 && coders.length === 0) {
                return (
                  <span key={from} data-offset={from}>
                    {piece}
                  </span>
                )
              }
              return (
                <mark
                  key={from}
                  data-offset={from}
                  className={[...covering.map((span) => `evidence-${span.kind}`), ...(coders.length > 0 ? ['coder-span'] : [])].join(' ')}
                  title={[...covering, ...coders].map((span) => span.explanation).join('\n')}
                  data-kind={covering.map((span) => span.kind).join(' ')}
                  style={coders[0] ? { borderBottomColor: coders[0].colour, backgroundColor: covering.length === 0 ? `${coders[0].colour}2e` : undefined } : undefined}
                >
                  {piece}
                </mark>
              )
            })}
          </p>
        )
      })}
    </div>
  )
}
