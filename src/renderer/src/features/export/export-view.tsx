import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { DATASET_TABLES, type DatasetTable, type ExportScope } from '../../../../shared/export-schemas'
import type { TagRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { formatNumber } from '../../components/format'
import { ProgressBar } from '../../components/progress-bar'
import { useCorpusStore } from '../corpus/corpus-store'
import { ColumnOrder } from './column-order'
import { defaultOut, useExportStore, type ExportForm, type ScopeKind } from './export-store'
import { JudgmentImport } from './judgment-import'
import './export.css'

/** The scope the form describes, or why it cannot be exported yet. */
function scopeOf(form: ExportForm, corpus: { query: string; filters: object; selection: Set<number> }): ExportScope | string {
  switch (form.scopeKind) {
    case 'all':
      return { kind: 'all' }
    case 'search':
      return { kind: 'search', query: corpus.query.trim(), filters: corpus.filters }
    case 'selection':
      return corpus.selection.size > 0 ? { kind: 'selection', ids: [...corpus.selection].sort((a, b) => a - b) } : 'Tick articles in the corpus table first.'
    case 'story':
      return /^\d+$/.test(form.storyId.trim()) ? { kind: 'story', storyId: Number(form.storyId) } : 'Type the story id (the articles table\'s story_id).'
    case 'tag':
      return form.tag ? { kind: 'tag', tag: form.tag } : 'Pick a tag.'
  }
}

function describeSearch(query: string, filters: object): string {
  const filterCount = Object.keys(filters).length
  if (!query.trim() && filterCount === 0) return 'no search or filter yet: the whole corpus'
  return [query.trim() ? `"${query.trim()}"` : null, filterCount > 0 ? `${filterCount} filter${filterCount === 1 ? '' : 's'}` : null].filter(Boolean).join(' with ')
}

/**
 * The export dialog: which articles, which tables, which scores, which columns, which file format,
 * and where; a preview of the first rows; progress with cancel; then the files written, each with
 * its rows and sha256. The path is typed, so it works in browser mode too (the backend writes it).
 */
export function ExportView() {
  const { defaults, form, preview, previewError, job, result, error, load, change, loadPreview, start, cancel, onJob } = useExportStore()
  const query = useCorpusStore((state) => state.query)
  const filters = useCorpusStore((state) => state.filters)
  const selection = useCorpusStore((state) => state.selection)
  const [tags, setTags] = useState<TagRow[]>([])
  const scope = useMemo(() => scopeOf(form, { query, filters, selection }), [form, query, filters, selection])
  const running = job?.state === 'running'

  useEffect(() => {
    void load()
    client.call('tags.list', {}).then(setTags, () => setTags([]))
    return client.subscribe((event) => {
      if (event.name === 'job.progress') onJob(event.payload as Parameters<typeof onJob>[0])
    })
  }, [load, onJob])

  useEffect(() => {
    if (typeof scope === 'string') return
    const timer = setTimeout(() => void loadPreview(scope), 200)
    return () => clearTimeout(timer)
  }, [scope, form.tables, form.columns, form.scoreKind, form.coder, loadPreview])

  const toggleTable = (table: DatasetTable) => {
    const tables = form.tables.includes(table) ? form.tables.filter((other) => other !== table) : DATASET_TABLES.filter((other) => other === table || form.tables.includes(other))
    change({ tables })
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (typeof scope === 'string' || form.tables.length === 0 || running) return
    void start(scope)
  }
  const only = form.tables.length === 1 ? defaults?.tables.find((table) => table.name === form.tables[0]) : undefined
  const out = form.out ?? defaultOut(defaults, form)
  const problem = form.tables.length === 0 ? 'Pick at least one table.' : typeof scope === 'string' ? scope : form.scoreKind === 'coder' && !form.coder ? 'Pick the coder whose scores to report.' : !out.trim() ? 'Type where to write the export.' : null

  return (
    <div className="padded scroll export-view" data-testid="export-view">
      <h1>Export a dataset</h1>
      <p className="muted">
        For R, pandas, SPSS or Excel: every export comes with <code>codebook.csv</code> (each column&apos;s type and meaning, each score level) and{' '}
        <code>manifest.json</code> (Slant version, database id, scope, runs, coders, row counts, sha256 of each file). The CLI does the same:{' '}
        <code>slant export all --out PATH</code>.
      </p>
      <form onSubmit={submit} aria-label="Export a dataset">
        <fieldset className="export-section">
          <legend>Articles</legend>
          {(
            [
              ['search', `The corpus table's search and filters (${describeSearch(query, filters)})`],
              ['selection', `The ticked articles (${formatNumber(selection.size)})`],
              ['story', 'One story'],
              ['tag', 'A tag'],
              ['all', 'The whole corpus']
            ] as [ScopeKind, string][]
          ).map(([kind, label]) => (
            <label key={kind} className="export-choice">
              <input type="radio" name="export-scope" value={kind} checked={form.scopeKind === kind} onChange={() => change({ scopeKind: kind })} /> {label}
              {kind === 'story' && form.scopeKind === 'story' ? (
                <input className="export-inline-input" aria-label="Story id" inputMode="numeric" value={form.storyId} onChange={(event) => change({ storyId: event.target.value })} placeholder="story id" />
              ) : null}
              {kind === 'tag' && form.scopeKind === 'tag' ? (
                tags.length === 0 ? (
                  <span className="muted"> no tags yet: tag articles in the corpus table first</span>
                ) : (
                  <select aria-label="Tag" value={form.tag} onChange={(event) => change({ tag: event.target.value })}>
                    <option value="">pick a tag</option>
                    {tags.map((tag) => (
                      <option key={tag.name} value={tag.name}>
                        {tag.name} ({formatNumber(tag.count)})
                      </option>
                    ))}
                  </select>
                )
              ) : null}
            </label>
          ))}
        </fieldset>

        <fieldset className="export-section">
          <legend>Tables</legend>
          <div className="export-tables">
            {(defaults?.tables ?? []).map((table) => (
              <label key={table.name} className="export-choice" title={table.describes}>
                <input type="checkbox" checked={form.tables.includes(table.name)} onChange={() => toggleTable(table.name)} data-testid={`export-table-${table.name}`} /> {table.name}
                <span className="muted"> {table.describes}</span>
              </label>
            ))}
          </div>
          <button type="button" className="link-button" onClick={() => change({ tables: [...DATASET_TABLES] })}>
            all tables
          </button>
        </fieldset>

        <fieldset className="export-section">
          <legend>Scores</legend>
          <label className="export-choice">
            <input type="radio" name="export-scores" checked={form.scoreKind === 'final'} onChange={() => change({ scoreKind: 'final' })} /> Final value: adjudicated, else
            the coders&apos; consensus, else the latest coder, else the machine (each row says which)
          </label>
          <label className="export-choice">
            <input type="radio" name="export-scores" checked={form.scoreKind === 'machine'} onChange={() => change({ scoreKind: 'machine' })} /> The machine&apos;s only
          </label>
          <label className="export-choice">
            <input type="radio" name="export-scores" checked={form.scoreKind === 'coder'} onChange={() => change({ scoreKind: 'coder' })} /> One coder&apos;s only{' '}
            {form.scoreKind === 'coder' ? (
              <select aria-label="Coder" value={form.coder} onChange={(event) => change({ coder: event.target.value })}>
                <option value="">pick a coder</option>
                {(defaults?.coders ?? []).map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            ) : null}
          </label>
        </fieldset>

        <fieldset className="export-section">
          <legend>File</legend>
          <div className="inline-field">
            <label>
              Format{' '}
              <select value={form.file.format} onChange={(event) => change({ file: { ...form.file, format: event.target.value as 'csv' | 'jsonl' } })} data-testid="export-format">
                <option value="csv">CSV (RFC 4180, UTF-8)</option>
                <option value="jsonl">JSONL (one JSON object per line)</option>
              </select>
            </label>
          </div>
          {form.file.format === 'csv' ? (
            <div className="inline-field">
              <label className="export-choice">
                <input
                  type="checkbox"
                  checked={form.file.profile === 'excel'}
                  onChange={(event) => change({ file: { ...form.file, profile: event.target.checked ? 'excel' : 'standard', bom: event.target.checked || form.file.bom } })}
                  data-testid="export-excel"
                />{' '}
                Excel: escape cells that would run as formulas (= + - @)
              </label>
              <label className="export-choice">
                <input type="checkbox" checked={form.file.bom} onChange={(event) => change({ file: { ...form.file, bom: event.target.checked } })} /> Byte order mark
              </label>
              <label>
                Delimiter{' '}
                <select value={form.file.delimiter} onChange={(event) => change({ file: { ...form.file, delimiter: event.target.value as ',' | ';' } })}>
                  <option value=",">, (decimal point)</option>
                  <option value=";">; (decimal comma, for Excel in comma-decimal locales)</option>
                </select>
              </label>
            </div>
          ) : null}
          {only ? <ColumnOrder columns={only.columns} chosen={form.columns} onChange={(columns) => change({ columns })} /> : <p className="muted">Pick one table to choose and order its columns.</p>}
          <label className="export-out">
            {form.tables.length === 1 ? 'File' : 'Folder'} to write{' '}
            <input value={out} onChange={(event) => change({ out: event.target.value })} spellCheck={false} data-testid="export-out" />
          </label>
          <p className="muted">
            {form.tables.length === 1 ? 'Its codebook and manifest go beside it.' : 'A new folder (or an earlier Slant dataset to replace).'} Default folder: {defaults?.folder ?? '…'}
          </p>
        </fieldset>

        <section className="export-section" aria-labelledby="export-preview-heading">
          <h2 id="export-preview-heading">Preview{preview ? `: ${preview.table}, first rows of ${formatNumber(preview.articles)} articles` : ''}</h2>
          {previewError ? <p className="error-text">{previewError}</p> : null}
          {preview && preview.rows.length === 0 ? <p className="muted">No rows: this table has nothing for these articles (analyse or code them first).</p> : null}
          {preview && preview.rows.length > 0 ? (
            <div className="export-preview">
              <table className="data-table" data-testid="export-preview">
                <thead>
                  <tr>
                    {preview.columns.map((column) => (
                      <th key={column.name} title={column.meaning}>
                        {column.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row, index) => (
                    <tr key={index}>
                      {row.map((cell, cellIndex) => (
                        <td key={cellIndex}>{cell === null ? '' : String(cell)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>

        <div className="dialog-actions">
          {problem ? <span className="muted">{problem}</span> : null}
          <button type="submit" disabled={Boolean(problem) || running} data-testid="export-start">
            Export
          </button>
        </div>
      </form>

      {running && job ? (
        <div className="import-progress" data-testid="export-progress">
          <span>{job.label}</span>
          <ProgressBar fraction={job.progress} label="Export progress" />
          <span className="muted">{formatNumber(job.processed)} rows</span>
          <button type="button" onClick={() => void cancel()}>
            Cancel
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="error-text" role="alert" data-testid="export-error">
          {error}
        </p>
      ) : null}
      {result ? (
        <section className="export-section" data-testid="export-result" aria-live="polite">
          <h2>Written to {result.path}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th>file</th>
                <th className="numeric">rows</th>
                <th className="numeric">bytes</th>
                <th>sha256</th>
              </tr>
            </thead>
            <tbody>
              {result.files.map((file) => (
                <tr key={file.name}>
                  <td>{file.name}</td>
                  <td className="numeric">{formatNumber(file.rows)}</td>
                  <td className="numeric">{formatNumber(file.bytes)}</td>
                  <td>
                    <code title={file.sha256}>{file.sha256.slice(0, 16)}…</code>
                  </td>
                </tr>
              ))}
              <tr>
                <td>{result.manifestPath.split(/[\\/]/).pop()}</td>
                <td colSpan={3} className="muted">
                  the manifest: scope, runs, coders and these hashes
                </td>
              </tr>
            </tbody>
          </table>
        </section>
      ) : null}

      <JudgmentImport coders={defaults?.coders ?? []} />
    </div>
  )
}
