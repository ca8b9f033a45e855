import { useState, type ChangeEvent } from 'react'
import type { JudgmentCsvImportResult } from '../../../../shared/export-rows'
import { client, errorMessage } from '../../api/client'
import { formatNumber } from '../../components/format'
import { useCorpusStore } from '../corpus/corpus-store'

/** Bringing back a judgments table edited in Excel or R, as one coder's judgments. */
export function JudgmentImport({ coders }: { coders: string[] }) {
  const refresh = useCorpusStore((state) => state.refresh)
  const [coder, setCoder] = useState('')
  const [result, setResult] = useState<JudgmentCsvImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setError(null)
    setResult(null)
    try {
      setResult(await client.call('judgments.importCsv', { coder: coder.trim(), fileName: file.name, content: await file.text() }))
      refresh()
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }
  return (
    <section className="export-section" aria-labelledby="judgment-import-heading">
      <h2 id="judgment-import-heading">Re-import edited judgments</h2>
      <p className="muted">
        A judgments CSV (this export&apos;s judgments table, edited in Excel or R, or any file with <code>article_id</code> or <code>external_id</code>,{' '}
        <code>dimension</code> and <code>value</code>) becomes the judgments of the coder named here. Bad rows are listed and skipped; importing the same file again
        adds nothing (<code>slant judgments import FILE --coder NAME</code> does the same).
      </p>
      <div className="inline-field">
        <label>
          Coder{' '}
          <input list="export-coders" value={coder} onChange={(event) => setCoder(event.target.value)} placeholder="name (new or existing)" data-testid="judgment-import-coder" />
        </label>
        <datalist id="export-coders">
          {coders.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>{' '}
        <label className={`button-like${coder.trim() ? '' : ' disabled'}`} title={coder.trim() ? undefined : 'Name the coder first'}>
          Choose a judgments CSV…
          <input type="file" accept=".csv,text/csv" hidden disabled={!coder.trim()} data-testid="judgment-import-input" onChange={(event) => void importFile(event)} />
        </label>
      </div>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <div data-testid="judgment-import-result">
          <p>
            {result.fileName}: {formatNumber(result.rows)} rows as {result.coder}
            {result.coderCreated ? ' (new coder)' : ''}: {formatNumber(result.added)} added, {formatNumber(result.unchanged)} unchanged,{' '}
            {formatNumber(result.alreadyImported)} already imported, {formatNumber(result.rejectedCount)} rejected.
          </p>
          {result.rejected.length > 0 ? (
            <ul className="export-rejected">
              {result.rejected.map((row) => (
                <li key={`${row.line}:${row.reason}`}>
                  line {row.line}: {row.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
