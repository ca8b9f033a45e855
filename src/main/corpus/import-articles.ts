import type { ImportReport, ImportResult } from '../../shared/rows'
import type { ImportInput, ImportOptions } from './import/import-inputs'
import { createImportSources } from './import/open-source'
import { runImport, type ImportContext } from './import/run-import'

export type { ImportContext } from './import/run-import'
export type { ImportInput, ImportOptions } from './import/import-inputs'

let sources: ReturnType<typeof createImportSources> | null = null

/** One fetch queue per process, so concurrent imports share its politeness limits. */
function importSources() {
  sources ??= createImportSources()
  return sources
}

/** Imports any mix of files, folders, uploaded content and URLs as one job. */
export function importInputs(context: ImportContext, inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const { openSource, fetchPage } = importSources()
  return runImport(context, inputs, options, openSource, fetchPage)
}

function onlyReport(result: ImportResult): ImportReport {
  const report = result.files[0]
  if (!report) throw new Error('the import read no source')
  return report
}

/** One file's report (the CLI and tests import file by file). */
export async function importFile(context: ImportContext, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  return onlyReport(await importInputs(context, [{ kind: 'path', path }], options))
}

export async function importContent(context: ImportContext, fileName: string, content: string, options: ImportOptions = {}): Promise<ImportReport> {
  return onlyReport(await importInputs(context, [{ kind: 'content', fileName, content }], options))
}
