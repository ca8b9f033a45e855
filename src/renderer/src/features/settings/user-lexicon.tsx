import { useEffect, useState } from 'react'
import { LEXICON_CATEGORY_NAMES } from '../../../../shared/contract'
import type { LexiconCategoryName, ShippedTerm } from '../../../../shared/rows'
import { client } from '../../api/client'
import { formatNumber } from '../../components/format'
import { useLexiconStore } from './lexicon-store'

const EMPTY = { term: '', category: 'loaded' as LexiconCategoryName, weight: 0.6, neutral: '' }

function describeShipped(entry: ShippedTerm): string {
  return `${entry.category}, weight ${entry.weight}${entry.neutral.length > 0 ? `, neutral: ${entry.neutral.join(', ')}` : ''}`
}

/** The researcher's own loaded-language terms: added to the shipped lexicon, or replacing its entry. */
export function UserLexicon() {
  const { terms, shippedEntries, load, save, remove } = useLexiconStore()
  const [draft, setDraft] = useState(EMPTY)
  const [shipped, setShipped] = useState<ShippedTerm | null>(null)
  useEffect(() => {
    void load()
  }, [load])
  // What the shipped lexicon says of the term being typed, so replacing an entry is a choice, not an accident.
  useEffect(() => {
    const term = draft.term.trim()
    if (!term) return
    let current = true
    const timer = setTimeout(() => {
      client.call('lexicon.lookup', { term }).then((entry) => current && setShipped(entry), () => current && setShipped(null))
    }, 200)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [draft.term])

  const submit = async () => {
    const neutral = draft.neutral
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean)
    if (await save({ term: draft.term.trim(), category: draft.category, weight: draft.weight, neutral })) setDraft(EMPTY)
  }

  return (
    <section data-testid="user-lexicon">
      <h2>Your lexicon terms</h2>
      <p className="muted">
        The language-bias analysis matches {formatNumber(shippedEntries)} shipped terms (resources/lexicons). Terms you add here are matched too, in
        all their inflections; a term the lexicon already has takes your category, weight and neutral alternatives instead. Analyses started
        afterwards use them, and each run records which lexicon it used.
      </p>
      <form
        className="lexicon-form"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <label>
          Term
          <input value={draft.term} maxLength={60} required onChange={(event) => setDraft({ ...draft, term: event.target.value })} aria-label="Term" />
        </label>
        <label>
          Category
          <select value={draft.category} onChange={(event) => setDraft({ ...draft, category: event.target.value as LexiconCategoryName })} aria-label="Category">
            {LEXICON_CATEGORY_NAMES.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
        <label>
          Weight (0.2–1)
          <input
            type="number"
            min={0.2}
            max={1}
            step={0.05}
            value={draft.weight}
            onChange={(event) => setDraft({ ...draft, weight: Number(event.target.value) })}
            aria-label="Weight"
          />
        </label>
        <label>
          Neutral alternatives (comma-separated)
          <input value={draft.neutral} onChange={(event) => setDraft({ ...draft, neutral: event.target.value })} aria-label="Neutral alternatives" />
        </label>
        <button type="submit">Add term</button>
      </form>
      {shipped && draft.term.trim() ? (
        <p className="muted lexicon-hint" data-testid="shipped-entry">
          The shipped lexicon has “{shipped.term}” ({describeShipped(shipped)}); adding it replaces that entry.
        </p>
      ) : null}
      {terms === null ? null : terms.length === 0 ? (
        <p className="muted">No terms of your own yet.</p>
      ) : (
        <table className="data-table" data-testid="user-terms">
          <thead>
            <tr>
              <th>Term</th>
              <th>Category</th>
              <th className="numeric">Weight</th>
              <th>Neutral alternatives</th>
              <th>Replaces</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {terms.map((row) => (
              <tr key={row.term}>
                <td>{row.term}</td>
                <td>{row.category}</td>
                <td className="numeric">{row.weight}</td>
                <td>{row.neutral.join(', ')}</td>
                <td className="muted">{row.replacesShipped ? describeShipped(row.replacesShipped) : '—'}</td>
                <td>
                  <button type="button" onClick={() => void remove(row.term)} aria-label={`Remove ${row.term}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
