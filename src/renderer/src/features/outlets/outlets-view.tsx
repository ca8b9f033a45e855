import { useEffect } from 'react'
import { EmptyState } from '../../components/empty-state'
import { formatNumber } from '../../components/format'
import { OutletEditor } from './outlet-editor'
import { useOutletsStore } from './outlets-store'

export function OutletsView() {
  const { outlets, selectedId, load, select } = useOutletsStore()
  useEffect(() => {
    void load()
  }, [load])
  if (outlets === null) return <p className="muted padded">Loading…</p>
  if (outlets.length === 0) {
    return (
      <EmptyState title="No outlets yet">
        <p>Outlets are created as you import articles: from each article's outlet field, or from the domain of its URL.</p>
      </EmptyState>
    )
  }
  const selected = outlets.find((outlet) => outlet.id === selectedId) ?? null
  return (
    <div className="outlets-layout">
      <div className="padded scroll">
        <h2>Outlets</h2>
        <table className="data-table" data-testid="outlets-table">
          <thead>
            <tr>
              <th>Outlet</th>
              <th>Domains</th>
              <th className="numeric">Articles</th>
              <th>Country</th>
              <th>Language</th>
              <th>Attributes</th>
            </tr>
          </thead>
          <tbody>
            {outlets.map((outlet) => (
              <tr key={outlet.id} className={outlet.id === selectedId ? 'selected clickable' : 'clickable'} onClick={() => select(outlet.id)}>
                <td>{outlet.name}</td>
                <td>{outlet.domains.join(', ')}</td>
                <td className="numeric">{formatNumber(outlet.articleCount)}</td>
                <td>{outlet.country ?? ''}</td>
                <td>{outlet.language ?? ''}</td>
                <td>{outlet.attributes.map((attribute) => `${attribute.name}: ${attribute.value}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected ? (
        <div className="padded scroll outlet-side">
          <OutletEditor key={selected.id} outlet={selected} others={outlets.filter((outlet) => outlet.id !== selected.id)} />
        </div>
      ) : null}
    </div>
  )
}
