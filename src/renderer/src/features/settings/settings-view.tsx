import { useEffect, useState } from 'react'
import type { CorpusInfo } from '../../../../shared/rows'
import { client } from '../../api/client'
import { formatNumber } from '../../components/format'
import { reportError } from '../frame/app-store'
import { SHORTCUTS } from '../frame/shortcuts'
import { CoderFiles } from '../coding/coder-files'
import { SpanLabelEditor } from '../spans/span-label-editor'
import { PercentInput } from './percent-setting'
import { useSettingsStore } from './settings-store'
import { StorySetting } from './story-setting'
import { UserLexicon } from './user-lexicon'

/** The similarity at which an imported article is flagged as a near-duplicate of an earlier one. */
function NearDuplicateSetting({ threshold }: { threshold: number }) {
  const update = useSettingsStore((state) => state.update)
  return (
    <>
      <h2>Near-duplicates</h2>
      <label className="inline-field">
        Flag an imported article when its text is at least this similar to an earlier one (Jaccard similarity of word 3-grams,
        50–100%)
        <PercentInput value={threshold} min={50} max={100} label="Near-duplicate threshold in percent" onChange={(value) => update({ nearDuplicateThreshold: value })} />
      </label>
      <p className="muted">Applies to imports from now on; “Check unchecked articles” in the near-duplicate review applies it to articles never checked.</p>
    </>
  )
}

/** Analysing new articles as soon as an import stores them. */
function AutoAnalysisSetting({ enabled }: { enabled: boolean }) {
  const update = useSettingsStore((state) => state.update)
  return (
    <>
      <h2>Analysis</h2>
      <label className="inline-field">
        <input type="checkbox" checked={enabled} onChange={(event) => update({ autoAnalyse: event.target.checked })} />
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
  const { settings, load } = useSettingsStore()
  useEffect(() => {
    client.call('corpus.info', {}).then(setInfo, reportError)
    void load()
  }, [load])
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
      {settings ? (
        <>
          <NearDuplicateSetting threshold={settings.nearDuplicateThreshold} />
          <AutoAnalysisSetting enabled={settings.autoAnalyse} />
          <StorySetting threshold={settings.storyThreshold} />
        </>
      ) : null}
      <CoderFiles />
      <SpanLabelEditor />
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
