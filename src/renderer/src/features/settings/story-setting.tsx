import { useState } from 'react'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'
import { PercentInput } from './percent-setting'
import { useSettingsStore } from './settings-store'

/** How alike articles must be to share a story, and clustering the corpus again with a new value. */
export function StorySetting({ threshold }: { threshold: number }) {
  const update = useSettingsStore((state) => state.update)
  const [busy, setBusy] = useState(false)
  const notify = useAppStore((state) => state.notify)
  const refresh = useCorpusStore((state) => state.refresh)
  const rebuild = () => {
    setBusy(true)
    client
      .call('stories.rebuild', {})
      .then((result) => {
        notify(
          'info',
          `Stories rebuilt: ${result.clustered} articles in ${result.storiesCreated} stories; omission scored again for ${result.omissionsScored} articles.`
        )
        refresh()
      }, reportError)
      .finally(() => setBusy(false))
  }
  return (
    <>
      <h2>Stories</h2>
      <label className="inline-field">
        An analysed article joins a story when its similarity to it (term overlap, shared names and figures, within four days) is at least
        <PercentInput value={threshold} min={10} max={90} label="Story similarity threshold in percent" onChange={(value) => update({ storyThreshold: value })} />
        %
      </label>
      <p className="muted">
        Lower joins more articles into fewer stories. New articles are placed as they are analysed; to apply a new value to the whole corpus,{' '}
        <button type="button" onClick={rebuild} disabled={busy}>
          {busy ? 'Rebuilding…' : 'Rebuild stories'}
        </button>{' '}
        (or <code>slant stories --rebuild</code>). Omission is scored again in a new run; earlier runs are kept.
      </p>
    </>
  )
}
