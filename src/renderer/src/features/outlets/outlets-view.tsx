import { useEffect, useState } from 'react'
import type { OutletRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { EmptyState } from '../../components/empty-state'
import { formatNumber } from '../../components/format'
import { reportError } from '../frame/app-store'

export function OutletsView() {
  const [outlets, setOutlets] = useState<OutletRow[] | null>(null)
  useEffect(() => {
    client.call('outlets.list', {}).then(setOutlets, reportError)
  }, [])
  if (outlets === null) return <p className="muted padded">Loading…</p>
  if (outlets.length === 0) {
    return (
      <EmptyState title="No outlets yet">
        <p>Outlets are created as you import articles: from each article's outlet field, or from the domain of its URL.</p>
      </EmptyState>
    )
  }
  return (
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
          </tr>
        </thead>
        <tbody>
          {outlets.map((outlet) => (
            <tr key={outlet.id}>
              <td>{outlet.name}</td>
              <td>{outlet.domains.join(', ')}</td>
              <td className="numeric">{formatNumber(outlet.articleCount)}</td>
              <td>{outlet.country ?? ''}</td>
              <td>{outlet.language ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
