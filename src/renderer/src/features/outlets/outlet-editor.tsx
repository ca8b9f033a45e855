import { useState } from 'react'
import type { OutletRow } from '../../../../shared/rows'
import { formatNumber } from '../../components/format'
import { useOutletsStore } from './outlets-store'

/** Text that is saved when it loses focus or Enter is pressed, and only when it changed. */
function EditableField({ label, value, onSave }: { label: string; value: string; onSave(value: string): void }) {
  const [draft, setDraft] = useState(value)
  const save = () => {
    if (draft.trim() !== value) onSave(draft.trim())
  }
  return (
    <label className="inline-field">
      {label}
      <input value={draft} aria-label={label} onChange={(event) => setDraft(event.target.value)} onBlur={save} onKeyDown={(event) => event.key === 'Enter' && save()} />
    </label>
  )
}

export function OutletEditor({ outlet, others }: { outlet: OutletRow; others: OutletRow[] }) {
  const edit = useOutletsStore((state) => state.edit)
  const [domain, setDomain] = useState('')
  const [attribute, setAttribute] = useState({ name: '', value: '', source: '' })
  const [mergeInto, setMergeInto] = useState('')
  return (
    <section className="outlet-editor" aria-label={`Edit ${outlet.name}`} data-testid="outlet-editor">
      <h2>{outlet.name}</h2>
      <p className="muted">{formatNumber(outlet.articleCount)} articles</p>
      <EditableField key={`name-${outlet.id}-${outlet.name}`} label="Name" value={outlet.name} onSave={(name) => name && void edit('outlets.update', { id: outlet.id, name })} />
      <EditableField key={`country-${outlet.id}-${outlet.country}`} label="Country" value={outlet.country ?? ''} onSave={(country) => void edit('outlets.update', { id: outlet.id, country: country || null })} />
      <EditableField key={`language-${outlet.id}-${outlet.language}`} label="Language" value={outlet.language ?? ''} onSave={(language) => void edit('outlets.update', { id: outlet.id, language: language || null })} />

      <h3>Domains</h3>
      <p className="muted">Articles whose URL is on one of these domains and that name no outlet join this one.</p>
      <div className="chips">
        {outlet.domains.map((name) => (
          <span className="tag" key={name}>
            {name}
            <button type="button" className="icon-button" aria-label={`Remove domain ${name}`} onClick={() => void edit('outlets.removeDomain', { id: outlet.id, domain: name })}>
              ×
            </button>
          </span>
        ))}
      </div>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (domain.trim()) void edit('outlets.addDomain', { id: outlet.id, domain: domain.trim() }).then((ok) => ok && setDomain(''))
        }}
      >
        <input value={domain} onChange={(event) => setDomain(event.target.value)} placeholder="example.com" aria-label="Domain to add" />
        <button type="submit" disabled={!domain.trim()}>
          Add domain
        </button>
      </form>

      <h3>Attributes</h3>
      <p className="muted">Your own facts about the outlet, such as a lean rating and where it comes from.</p>
      <table className="data-table compact">
        <tbody>
          {outlet.attributes.map((item) => (
            <tr key={item.name}>
              <td>{item.name}</td>
              <td>{item.value}</td>
              <td className="muted">{item.source ?? ''}</td>
              <td>
                <button type="button" className="icon-button" aria-label={`Remove attribute ${item.name}`} onClick={() => void edit('outlets.removeAttribute', { id: outlet.id, name: item.name })}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!attribute.name.trim() || !attribute.value.trim()) return
          void edit('outlets.setAttribute', {
            id: outlet.id,
            name: attribute.name.trim(),
            value: attribute.value.trim(),
            ...(attribute.source.trim() ? { source: attribute.source.trim() } : {})
          }).then((ok) => ok && setAttribute({ name: '', value: '', source: '' }))
        }}
      >
        <input value={attribute.name} onChange={(event) => setAttribute({ ...attribute, name: event.target.value })} placeholder="lean" aria-label="Attribute name" />
        <input value={attribute.value} onChange={(event) => setAttribute({ ...attribute, value: event.target.value })} placeholder="centre-left" aria-label="Attribute value" />
        <input value={attribute.source} onChange={(event) => setAttribute({ ...attribute, source: event.target.value })} placeholder="source (optional)" aria-label="Attribute source" />
        <button type="submit" disabled={!attribute.name.trim() || !attribute.value.trim()}>
          Set
        </button>
      </form>

      <h3>Merge</h3>
      <p className="muted">Moves all of this outlet's articles, domains and attributes into another outlet, then removes this one.</p>
      <div className="inline-form">
        <select value={mergeInto} onChange={(event) => setMergeInto(event.target.value)} aria-label="Outlet to merge into">
          <option value="">Merge into…</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="danger"
          disabled={!mergeInto}
          onClick={() => {
            const target = others.find((other) => String(other.id) === mergeInto)
            if (target && window.confirm(`Merge ${outlet.name} into ${target.name}? Its ${outlet.articleCount} articles move to ${target.name}.`)) {
              void edit('outlets.merge', { fromId: outlet.id, intoId: target.id }).then(() => setMergeInto(''))
            }
          }}
        >
          Merge
        </button>
      </div>
    </section>
  )
}
