import { useEffect, useRef, useState } from 'react'
import type { CsvPreview } from '../../../../shared/rows'
import { client, errorMessage, pathForFile } from '../../api/client'
import { useImportStore } from './import-store'

/** The design's article fields a CSV column can fill. */
const FIELDS = ['text', 'title', 'url', 'outlet', 'published_at', 'author', 'language', 'country', 'external_id', 'tags', 'html'] as const

/** Enough of a CSV for its header and first rows. */
const PREVIEW_BYTES = 256 * 1024

/** Shows the first rows of a CSV and lets the researcher say which column is which field. */
export function CsvMappingDialog() {
  const { pendingCsv, setPendingCsv, importFiles } = useImportStore()
  const dialog = useRef<HTMLDialogElement>(null)
  const [loaded, setLoaded] = useState<{ file: File; preview: CsvPreview | null; error: string | null } | null>(null)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const file = pendingCsv?.[0]
  // Only what was read for the file on show counts; an answer for an earlier file is ignored.
  const preview = loaded && loaded.file === file ? loaded.preview : null
  const error = loaded && loaded.file === file ? loaded.error : null

  useEffect(() => {
    if (!file) return
    dialog.current?.showModal()
    const path = pathForFile(file)
    const request = path
      ? client.call('import.previewCsv', { path })
      : file
          .slice(0, PREVIEW_BYTES)
          .text()
          .then((content) => client.call('import.previewCsv', { fileName: file.name, content }))
    request.then(
      (result) => {
        setLoaded({ file, preview: result, error: null })
        setMapping(result.suggestedMapping)
      },
      (failure: unknown) => setLoaded({ file, preview: null, error: errorMessage(failure) })
    )
  }, [file])

  if (!pendingCsv || !file) return null
  const close = () => {
    dialog.current?.close()
    setPendingCsv(null)
  }
  return (
    <dialog ref={dialog} className="report-dialog" onClose={() => setPendingCsv(null)} aria-labelledby="csv-mapping-title" data-testid="csv-mapping-dialog">
      <h2 id="csv-mapping-title">Which column is which?</h2>
      <p className="muted">
        {pendingCsv.length === 1 ? file.name : `${file.name} and ${pendingCsv.length - 1} more CSV files (the same mapping applies to all)`}
      </p>
      {error ? <p className="error-text">{error}</p> : null}
      {preview ? (
        <>
          <div className="mapping-grid">
            {FIELDS.map((field) => (
              <label key={field} className="mapping-field">
                <span>
                  {field}
                  {field === 'text' ? ' (required)' : ''}
                </span>
                <select
                  value={mapping[field] ?? ''}
                  aria-label={`Column for ${field}`}
                  onChange={(event) => {
                    const next = { ...mapping }
                    if (event.target.value) next[field] = event.target.value
                    else delete next[field]
                    setMapping(next)
                  }}
                >
                  <option value="">(none)</option>
                  {preview.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <div className="preview-scroll">
            <table className="issue-table" data-testid="csv-preview">
              <thead>
                <tr>
                  {preview.columns.map((column) => (
                    <th key={column}>{column}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, cellIndex) => (
                      <td key={cellIndex}>{cell.length > 120 ? `${cell.slice(0, 120)}…` : cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : !error ? (
        <p className="muted">Reading the first rows…</p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!preview || !(mapping.text || mapping.html)}
          onClick={() => {
            const files = pendingCsv
            close()
            void importFiles(files, { format: 'csv', mapping })
          }}
        >
          Import
        </button>
      </div>
    </dialog>
  )
}
