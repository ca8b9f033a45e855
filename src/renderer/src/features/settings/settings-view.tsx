import { useEffect, useState } from 'react'
import type { CorpusInfo } from '../../../../shared/rows'
import { client } from '../../api/client'
import { formatNumber } from '../../components/format'
import { reportError } from '../frame/app-store'
import { SHORTCUTS } from '../frame/shortcuts'
import { CoderFiles } from '../coding/coder-files'
import { StorySetting } from './story-setting'
import { UserLexicon } from './user-lexicon'

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

/** Analysing new articles as soon as an import stores them. */
function AutoAnalysisSetting() {
  const [enabled, setEnabled] = useState<boolean | null>(null)
  useEffect(() => {
    client.call('settings.get', {}).then((settings) => setEnabled(settings.autoAnalyse), reportError)
  }, [])
  if (enabled === null) return null
  return (
    <>
      <h2>Analysis</h2>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => {
            const next = event.target.checked
            setEnabled(next)
            client.call('settings.update', { autoAnalyse: next }).catch((error: unknown) => {
              setEnabled(!next)
              reportError(error)
            })
          }}
        />
        Analyse new articles automatically after each import
      </label>
      <p className="muted">
        Articles added from the command line are analysed the next time the app opens; <code>slant analyze --new</code> does the same from the
        terminal.
      </p>
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
      <AutoAnalysisSetting />
      <StorySetting />
      <CoderFiles />
      <UserLexicon />
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
