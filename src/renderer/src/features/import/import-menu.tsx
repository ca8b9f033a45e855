import { useRef, useState } from 'react'
import { AddUrlsDialog } from './add-urls-dialog'
import { IMPORT_ACCEPT, useImportStore } from './import-store'

const CSV = /\.(csv|tsv)$/i

/** Sends CSV files through the column-mapping dialog first; everything else is imported at once. */
export function useFileImport(): (files: File[]) => void {
  const { importFiles, setPendingCsv } = useImportStore()
  return (files) => {
    const csv = files.filter((file) => CSV.test(file.name))
    const other = files.filter((file) => !CSV.test(file.name))
    if (csv.length > 0) setPendingCsv(csv)
    if (other.length > 0) void importFiles(other)
  }
}

/** Every way in: files (native picker in Electron), a whole folder, URLs and feeds. */
export function ImportMenu() {
  const files = useRef<HTMLInputElement>(null)
  const folder = useRef<HTMLInputElement>(null)
  const [urlsOpen, setUrlsOpen] = useState(false)
  const { running, importFiles } = useImportStore()
  const importChosen = useFileImport()
  const take = (input: HTMLInputElement, asFolder: boolean) => {
    const chosen = [...(input.files ?? [])]
    input.value = ''
    // A folder's CSV files map their columns by name; a CSV chosen on its own gets the mapping dialog.
    if (asFolder) void importFiles(chosen)
    else importChosen(chosen)
  }
  return (
    <div className="import-menu">
      <button type="button" className="primary" disabled={running} onClick={() => files.current?.click()} title="Import files (Ctrl+O)" data-import-trigger>
        {running ? 'Importing…' : 'Import files…'}
      </button>
      <button type="button" disabled={running} onClick={() => folder.current?.click()}>
        Folder…
      </button>
      <button type="button" disabled={running} onClick={() => setUrlsOpen(true)}>
        URLs or feeds…
      </button>
      <input ref={files} type="file" multiple accept={IMPORT_ACCEPT} hidden data-testid="import-file-input" onChange={(event) => take(event.target, false)} />
      <input
        ref={(element) => {
          folder.current = element
          // React does not know these attributes; they make the picker choose a folder.
          element?.setAttribute('webkitdirectory', '')
          element?.setAttribute('directory', '')
        }}
        type="file"
        hidden
        data-testid="import-folder-input"
        onChange={(event) => take(event.target, true)}
      />
      {urlsOpen ? <AddUrlsDialog onClose={() => setUrlsOpen(false)} /> : null}
    </div>
  )
}
