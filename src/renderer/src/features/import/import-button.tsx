import { useRef } from 'react'
import { useImportStore } from './import-store'

export const IMPORT_ACCEPT = '.jsonl,.ndjson,.json'

/** Opens the system file picker (native in Electron, the browser's own in browser mode). */
export function ImportButton({ label = 'Import…' }: { label?: string }) {
  const input = useRef<HTMLInputElement>(null)
  const { running, importFiles } = useImportStore()
  return (
    <>
      <button type="button" className="primary" disabled={running} onClick={() => input.current?.click()} title="Import articles (Ctrl+O)" data-import-trigger>
        {running ? 'Importing…' : label}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          event.target.value = ''
          void importFiles(files)
        }}
      />
    </>
  )
}
