import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useSpansStore } from './spans-store'

/** What the form edits: a new selection, or one of the coder's own spans. */
export type SpanFormTarget =
  | { mode: 'mark'; articleId: number; start: number; end: number; quote: string }
  | { mode: 'edit'; articleId: number; spanKey: string; quote: string; label: string; note: string | null; suggestion: string | null }

/**
 * The label, note and suggestion of a span, in a small popover by the selection: Enter saves, Escape
 * cancels. Labels are the built-in ones and the project's (Settings → Span labels).
 */
export function SpanForm({ target, position, onClose }: { target: SpanFormTarget; position: { top: number; left: number }; onClose: () => void }) {
  const { labels, record } = useSpansStore()
  const [picked, setLabel] = useState(target.mode === 'edit' ? target.label : '')
  // Until the coder picks one, the first label (labels may still be loading when the form opens).
  const label = picked || labels[0]?.name || ''
  const [note, setNote] = useState(target.mode === 'edit' ? (target.note ?? '') : '')
  const [suggestion, setSuggestion] = useState(target.mode === 'edit' ? (target.suggestion ?? '') : '')
  const first = useRef<HTMLSelectElement>(null)
  useEffect(() => first.current?.focus(), [])

  const save = async () => {
    if (!label) return
    const details = { label, ...(note.trim() ? { note: note.trim() } : {}), ...(suggestion.trim() ? { suggestion: suggestion.trim() } : {}) }
    const stored =
      target.mode === 'mark'
        ? await record({ action: 'mark', articleId: target.articleId, start: target.start, end: target.end, quote: target.quote, ...details })
        : await record({ action: 'edit', articleId: target.articleId, spanKey: target.spanKey, ...details })
    if (stored) onClose()
  }
  const onKey = (event: KeyboardEvent<HTMLFormElement>) => {
    // Escape closes the form only, not the article behind it.
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      event.stopPropagation()
      void save()
    } else {
      // Letters typed here are text, not the article view's shortcuts.
      event.stopPropagation()
    }
  }
  const description = labels.find((candidate) => candidate.name === label)?.description
  return (
    <form
      className="span-form"
      role="dialog"
      aria-label={target.mode === 'mark' ? 'Label the selected text' : 'Edit your span'}
      data-testid="span-form"
      style={{ top: position.top, left: position.left }}
      onKeyDown={onKey}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <p className="span-form-quote" title={target.quote}>
        “{target.quote.length > 80 ? `${target.quote.slice(0, 79)}…` : target.quote}”
      </p>
      <label className="span-form-field">
        Label
        <select ref={first} aria-label="Span label" value={label} onChange={(event) => setLabel(event.target.value)}>
          {labels.map((candidate) => (
            <option key={candidate.id} value={candidate.name}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      {description ? <p className="muted span-form-help">{description}</p> : null}
      <label className="span-form-field">
        Note
        <input aria-label="Span note" value={note} maxLength={5000} onChange={(event) => setNote(event.target.value)} placeholder="Why (optional)" />
      </label>
      <label className="span-form-field">
        Suggestion
        <input aria-label="Span suggestion" value={suggestion} maxLength={1000} onChange={(event) => setSuggestion(event.target.value)} placeholder="A neutral alternative (optional)" />
      </label>
      <div className="popover-actions">
        <button type="button" onClick={onClose} title="Escape">
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!label} title="Enter">
          {target.mode === 'mark' ? 'Save span' : 'Save changes'}
        </button>
      </div>
    </form>
  )
}
