import { useEffect, useState, type FormEvent } from 'react'
import type { SpanLabelRow } from '../../../../shared/rows'
import { useSpansStore } from './spans-store'
import './spans.css'

function LabelRow({ label }: { label: SpanLabelRow }) {
  const { updateLabel, removeLabel } = useSpansStore()
  const [description, setDescription] = useState(label.description)
  return (
    <li className="span-label-row" data-testid="span-label">
      <input type="color" aria-label={`Colour of ${label.name}`} value={label.colour} onChange={(event) => void updateLabel({ id: label.id, colour: event.target.value })} />
      <strong>{label.name}</strong>
      {label.builtIn ? <span className="muted">built in</span> : null}
      <input
        aria-label={`Description of ${label.name}`}
        value={description}
        maxLength={1000}
        placeholder="What coders should mark with it"
        onChange={(event) => setDescription(event.target.value)}
        onBlur={() => {
          if (description !== label.description) void updateLabel({ id: label.id, description })
        }}
      />
      <span className="muted">
        {label.uses} span{label.uses === 1 ? '' : 's'}
      </span>
      {!label.builtIn && label.uses === 0 ? (
        <button type="button" onClick={() => void removeLabel(label.id)}>
          Remove
        </button>
      ) : null}
    </li>
  )
}

/** The project's span labels beside the built-in ones: add, recolour, describe, remove while unused. */
export function SpanLabelEditor() {
  const { labels, loadLabels, createLabel } = useSpansStore()
  const [name, setName] = useState('')
  const [colour, setColour] = useState('#868e96')
  const [description, setDescription] = useState('')
  useEffect(() => {
    void loadLabels()
  }, [loadLabels])
  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    if (await createLabel({ name: name.trim(), colour, ...(description.trim() ? { description: description.trim() } : {}) })) {
      setName('')
      setDescription('')
    }
  }
  return (
    <section className="span-label-editor" aria-label="Span labels" data-testid="span-label-editor">
      <h2>Span labels</h2>
      <p className="muted">
        The labels coders give a span of text. The four built-in ones stay; a label a span carries cannot be removed, and names stay as
        they are, since spans keep them.
      </p>
      <ul className="span-list">
        {labels.map((label) => (
          // Keyed by the stored description too, so a saved change resets the field to it.
          <LabelRow key={`${label.id}:${label.description}`} label={label} />
        ))}
      </ul>
      <form className="span-label-row" onSubmit={(event) => void add(event)}>
        <input type="color" aria-label="New label's colour" value={colour} onChange={(event) => setColour(event.target.value)} />
        <input aria-label="New label's name" placeholder="New label" value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
        <input aria-label="New label's description" placeholder="Description (optional)" value={description} maxLength={1000} onChange={(event) => setDescription(event.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          Add label
        </button>
      </form>
    </section>
  )
}
