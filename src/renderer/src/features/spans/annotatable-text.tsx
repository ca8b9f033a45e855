import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import type { CoderSpanRow, EvidenceRow, QuoteRow } from '../../../../shared/rows'
import { HighlightedText, type HighlightKind, type TextAnnotation } from '../article/highlighted-text'
import { useCodingStore } from '../coding/coding-store'
import { useCorpusStore } from '../corpus/corpus-store'
import { useAppStore } from '../frame/app-store'
import { offsetsOfRange } from './selection-offsets'
import { SpanDetails } from './span-details'
import { SpanForm, type SpanFormTarget } from './span-form'
import { SpanPanel } from './span-panel'
import { useSpansStore } from './spans-store'
import './spans.css'

type Popover =
  | { kind: 'form'; target: SpanFormTarget; position: { top: number; left: number } }
  | { kind: 'details'; offset: number; position: { top: number; left: number } }

function describeSpan(span: CoderSpanRow): string {
  return `${span.coderName}: ${span.label}${span.note ? ` — ${span.note}` : ''}${span.suggestion ? `; suggestion: “${span.suggestion}”` : ''}`
}

/** Just below a rectangle on screen, kept inside the window. */
function below(rect: DOMRect): { top: number; left: number } {
  return { top: Math.min(rect.bottom + 6, window.innerHeight - 260), left: Math.max(8, Math.min(rect.left, window.innerWidth - 340)) }
}

/**
 * The article text with the machine's evidence and the coders' spans. Selecting text (and letting go
 * of the mouse, or pressing A) opens the label form; clicking a highlight shows the spans there with
 * Accept / Reject or Edit / Remove. The text itself stays React text nodes, never markup.
 */
export function AnnotatableText({
  articleId,
  text,
  evidence,
  quotes,
  shown,
  runId
}: {
  articleId: number
  text: string
  evidence: EvidenceRow[]
  quotes: QuoteRow[]
  shown: Set<HighlightKind>
  runId: number | null
}) {
  const { current, labels, load, loadLabels } = useSpansStore()
  const coderId = useCodingStore((state) => state.coderId)
  const generation = useCorpusStore((state) => state.generation)
  const root = useRef<HTMLDivElement>(null)
  const [popover, setPopover] = useState<Popover | null>(null)
  const [showCoders, setShowCoders] = useState(true)

  useEffect(() => {
    void load(articleId)
  }, [articleId, generation, load])
  useEffect(() => {
    if (labels.length === 0) void loadLabels()
  }, [labels.length, loadLabels])

  const spans = current?.articleId === articleId ? current : null
  const annotations = useMemo<TextAnnotation[]>(
    () => (showCoders && spans ? spans.spans.map((span) => ({ start: span.start, end: span.end, colour: span.coderColour, explanation: describeSpan(span) })) : []),
    [showCoders, spans]
  )
  const machine = useMemo(() => evidence.filter((item) => shown.has(item.kind as HighlightKind)), [evidence, shown])

  /** Opens the label form for the current selection; false when nothing in the text is selected. */
  const labelSelection = useCallback((): boolean => {
    const selection = window.getSelection()
    if (!root.current || !selection || selection.rangeCount === 0) return false
    const range = selection.getRangeAt(0)
    const offsets = offsetsOfRange(root.current, range, text)
    if (!offsets) return false
    if (coderId === null) {
      useAppStore.getState().notify('info', 'Pick or create a coder (bottom left) to label spans: every span records who marked it.')
      return true
    }
    setPopover({ kind: 'form', target: { mode: 'mark', articleId, ...offsets, quote: text.slice(offsets.start, offsets.end) }, position: below(range.getBoundingClientRect()) })
    return true
  }, [articleId, coderId, text])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'a' && event.key !== 'A') return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      if (labelSelection()) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [labelSelection])

  const onMouseUp = () => {
    if (popover?.kind === 'form') return
    if (!window.getSelection()?.isCollapsed) labelSelection()
  }
  const spansAt = (offset: number) => ({
    machine: machine.filter((span) => span.start <= offset && span.end > offset),
    coders: showCoders && spans ? spans.spans.filter((span) => span.start <= offset && span.end > offset) : []
  })
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) return
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-offset]')
    if (!mark) return
    const offset = Number(mark.dataset.offset)
    // A quote is highlighted but is no span to judge; there is nothing to show for it alone.
    const here = spansAt(offset)
    if (here.machine.length + here.coders.length === 0) return
    setPopover({ kind: 'details', offset, position: below(mark.getBoundingClientRect()) })
  }
  const edit = (span: CoderSpanRow, position = popover?.position ?? { top: 120, left: 120 }) =>
    setPopover({ kind: 'form', target: { mode: 'edit', articleId, spanKey: span.spanKey, quote: span.quote, label: span.label, note: span.note, suggestion: span.suggestion }, position })

  const here = popover?.kind === 'details' ? spansAt(popover.offset) : null
  return (
    <>
      <div className="span-toolbar">
        <label className="toggle coder-span-toggle">
          <input type="checkbox" checked={showCoders} onChange={(event) => setShowCoders(event.target.checked)} /> Coders&apos; spans
        </label>
        {spans ? <SpanPanel articleId={articleId} runId={runId} machine={machine} spans={spans} onEdit={(span) => edit(span, { top: 160, left: 160 })} /> : null}
      </div>
      <div ref={root} className="annotatable-text" onMouseUp={onMouseUp} onClick={onClick} data-testid="annotatable-text">
        <HighlightedText text={text} evidence={evidence} quotes={quotes} shown={shown} annotations={annotations} />
      </div>
      {popover?.kind === 'form' ? <SpanForm key={JSON.stringify(popover.target)} target={popover.target} position={popover.position} onClose={() => setPopover(null)} /> : null}
      {popover?.kind === 'details' && here && spans ? (
        <SpanDetails
          articleId={articleId}
          runId={runId}
          machine={here.machine}
          coders={here.coders}
          verdicts={spans.verdicts}
          position={popover.position}
          onEdit={(span) => edit(span)}
          onClose={() => setPopover(null)}
        />
      ) : null}
    </>
  )
}
