import { useEffect, useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/client'
import { useCodingStore } from './coding-store'

const COLOURS = ['#b5446e', '#3a6ea5', '#2f855a', '#b7791f', '#6b46c1', '#2c7a7b']

/** Who is coding: picked at start, shown in the frame; every judgment records it. */
export function CoderPicker() {
  const { coders, coderId, load, pick, create } = useCodingStore()
  const [adding, setAdding] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void load()
  }, [load])
  const current = coders.find((coder) => coder.id === coderId) ?? null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return
    const initials = trimmed
      .split(/\s+/u)
      .map((part) => part[0] ?? '')
      .join('')
      .slice(0, 3)
    create({ name: trimmed, initials, colour: COLOURS[coders.length % COLOURS.length] as string }).then(
      () => {
        setAdding(false)
        setName('')
        setError(null)
      },
      (failure: unknown) => setError(errorMessage(failure))
    )
  }
  return (
    <div className="coder-picker" data-testid="coder-picker">
      <div className="coder-current">
        {current ? (
          <span className="coder-badge" style={{ background: current.colour }} title={`Coding as ${current.name}`}>
            {current.initials}
          </span>
        ) : null}
        <select aria-label="Coder" value={coderId ?? ''} onChange={(event) => void pick(event.target.value ? Number(event.target.value) : null)}>
          <option value="">No coder</option>
          {coders.map((coder) => (
            <option key={coder.id} value={coder.id}>
              {coder.name}
            </option>
          ))}
        </select>
      </div>
      {adding ? (
        <form onSubmit={submit} className="coder-form">
          <input aria-label="New coder's name" placeholder="Your name" value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          <button type="submit">Add</button>
          {error ? <p className="error-text">{error}</p> : null}
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setAdding(true)}>
          New coder…
        </button>
      )}
    </div>
  )
}
