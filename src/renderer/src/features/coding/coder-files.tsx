import { useState, type ChangeEvent } from 'react'
import type { CoderMergeResult } from '../../../../shared/rows'
import { client } from '../../api/client'
import { downloadFile } from '../../components/download-file'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import { useCodingStore } from './coding-store'

/** Carrying judgments between corpora: a coder exports their file; the lead merges everyone's. */
export function CoderFiles() {
  const { coders, coderId, load } = useCodingStore()
  const refresh = useCorpusStore((state) => state.refresh)
  const [results, setResults] = useState<{ fileName: string; result: CoderMergeResult }[]>([])
  const current = coders.find((coder) => coder.id === coderId) ?? null
  const exportFile = () => {
    if (!current) return
    client.call('coders.exportFile', { coderId: current.id }).then((file) => downloadFile(file.fileName, new Blob([file.content], { type: 'application/json' })), reportError)
  }
  const merge = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])]
    event.target.value = ''
    const merged: { fileName: string; result: CoderMergeResult }[] = []
    for (const file of files) {
      try {
        merged.push({ fileName: file.name, result: await client.call('coders.merge', { fileName: file.name, content: await file.text() }) })
      } catch (error) {
        reportError(error)
      }
    }
    setResults(merged)
    await load()
    refresh()
  }
  return (
    <>
      <h2>Coders</h2>
      <p className="muted">
        Coding on another machine? Export your coder file there and merge it here: each coder&apos;s values stay apart, and merging the same file again adds
        nothing (<code>slant coders export</code> / <code>slant coders merge</code> do the same).
      </p>
      <div className="inline-field">
        <button type="button" onClick={exportFile} disabled={!current} title={current ? undefined : 'Pick a coder first (bottom left)'}>
          {current ? `Export ${current.name}'s coder file` : 'Export my coder file'}
        </button>{' '}
        <label className="button-like">
          Merge coder files…
          <input type="file" accept=".json,application/json" multiple hidden data-testid="coder-merge-input" onChange={(event) => void merge(event)} />
        </label>
      </div>
      {results.length > 0 ? (
        <ul data-testid="coder-merge-results">
          {results.map(({ fileName, result }) => (
            <li key={fileName}>
              {fileName}: {result.coder}
              {result.coderAdded ? ' (new coder)' : ''}, {result.added} judgment{result.added === 1 ? '' : 's'} added, {result.alreadyMerged} already merged
              {result.unmatched.length > 0 ? `, ${result.unmatched.length} on articles not in this corpus (${result.unmatched[0]?.reason}${result.unmatched.length > 1 ? ', …' : ''})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
