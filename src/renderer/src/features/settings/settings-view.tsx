import { useEffect, useState } from 'react'
import type { CorpusInfo } from '../../../../shared/rows'
import { client } from '../../api/client'
import { formatNumber } from '../../components/format'
import { reportError } from '../frame/app-store'
import { SHORTCUTS } from '../frame/shortcuts'

export function SettingsView() {
  const [info, setInfo] = useState<CorpusInfo | null>(null)
  useEffect(() => {
    client.call('corpus.info', {}).then(setInfo, reportError)
  }, [])
  return (
    <div className="padded scroll settings">
      <h2>Corpus</h2>
      {info ? (
        <dl className="facts" data-testid="corpus-info">
          <dt>File</dt>
          <dd>
            <code>{info.databasePath}</code>
          </dd>
          <dt>Articles</dt>
          <dd>{formatNumber(info.articleCount)}</dd>
          <dt>Outlets</dt>
          <dd>{formatNumber(info.outletCount)}</dd>
          <dt>Schema version</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>Slant</dt>
          <dd>{info.appVersion}</dd>
          <dt>SQLite</dt>
          <dd>{info.sqliteVersion}</dd>
        </dl>
      ) : (
        <p className="muted">Loading…</p>
      )}
      <p className="muted">
        Open another corpus by starting Slant with <code>--db PATH</code> or the <code>SLANT_DB</code> environment variable.
      </p>
      <h2>Keyboard shortcuts</h2>
      <dl className="facts">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} className="fact-row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
