import { useEffect, useState } from 'react'
import type { CorpusInfo } from '../../../../shared/rows'
import { client } from '../../api/client'
import { formatNumber } from '../../components/format'
import { reportError } from '../frame/app-store'
import { SHORTCUTS } from '../frame/shortcuts'

/** The similarity at which an imported article is flagged as a near-duplicate of an earlier one. */
function NearDuplicateSetting() {
  const [threshold, setThreshold] = useState<number | null>(null)
  useEffect(() => {
    client.call('settings.get', {}).then((settings) => setThreshold(settings.nearDuplicateThreshold), reportError)
  }, [])
  if (threshold === null) return null
  return (
    <>
      <h2>Near-duplicates</h2>
      <label className="inline-field">
        Flag an imported article when its text is at least this similar to an earlier one (Jaccard similarity of word 3-grams,
        50–100%)
        <input
          type="number"
          min={50}
          max={100}
          step={1}
          value={Math.round(threshold * 100)}
          aria-label="Near-duplicate threshold in percent"
          onChange={(event) => {
            const percent = Number(event.target.value)
            if (!Number.isFinite(percent) || percent < 50 || percent > 100) return
            setThreshold(percent / 100)
            client.call('settings.update', { nearDuplicateThreshold: percent / 100 }).catch(reportError)
          }}
        />
      </label>
      <p className="muted">Applies to imports from now on; “Check unchecked articles” in the near-duplicate review applies it to articles never checked.</p>
    </>
  )
}

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
      <NearDuplicateSetting />
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
