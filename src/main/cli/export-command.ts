import { version } from '../../../package.json'
import type { Backend } from '../api/backend'
import { runDatasetExport, validateExportRequest } from '../export/dataset/run-dataset-export'
import { DATASET_TABLES, datasetRequestSchema, type DatasetRequest, type DatasetTable } from '../../shared/export-schemas'
import { stringOption, UsageError, type ParsedArguments } from './parse-arguments'
import { formatCount, formatSeconds, progressBar, type Terminal } from './terminal'

function listOption(parsed: ParsedArguments, name: string): string[] | undefined {
  const raw = stringOption(parsed, name)
  return raw === undefined ? undefined : raw.split(',').map((item) => item.trim()).filter(Boolean)
}

/** `--query`, `--story`, `--tag` or `--ids`: at most one; none exports the whole corpus. */
function scopeOption(parsed: ParsedArguments): DatasetRequest['scope'] {
  const given = ['query', 'story', 'tag', 'ids'].filter((name) => parsed.options.has(name))
  if (given.length > 1) throw new UsageError(`choose one of --${given.join(', --')}`)
  const query = stringOption(parsed, 'query')
  if (query !== undefined) return { kind: 'search', query, filters: {} }
  const story = stringOption(parsed, 'story')
  if (story !== undefined) {
    if (!/^\d+$/.test(story)) throw new UsageError('--story needs a story id')
    return { kind: 'story', storyId: Number(story) }
  }
  const tag = stringOption(parsed, 'tag')
  if (tag !== undefined) return { kind: 'tag', tag }
  const ids = listOption(parsed, 'ids')
  if (ids !== undefined) {
    if (ids.length === 0 || ids.some((id) => !/^\d+$/.test(id))) throw new UsageError('--ids needs article ids separated by commas')
    return { kind: 'selection', ids: ids.map(Number) }
  }
  return { kind: 'all' }
}

function scoreOption(parsed: ParsedArguments): DatasetRequest['scoreSource'] {
  const raw = stringOption(parsed, 'scores') ?? 'final'
  if (raw === 'final' || raw === 'machine') return { kind: raw }
  if (raw.startsWith('coder:') && raw.length > 'coder:'.length) return { kind: 'coder', coder: raw.slice('coder:'.length) }
  throw new UsageError('--scores must be final, machine or coder:NAME')
}

/**
 * `slant export TABLE[,TABLE...]|all --out PATH`: one table to a file (its codebook and manifest
 * beside it), several or all into a folder, with codebook.csv and manifest.json. The same export as
 * the app's dialog; Ctrl+C cancels it and leaves nothing under the chosen name.
 */
export async function exportCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): Promise<number> {
  const named = parsed.positionals[0]
  if (!named) throw new UsageError(`export needs a table: ${DATASET_TABLES.join(', ')}, several separated by commas, or all`)
  const tables = named === 'all' ? [...DATASET_TABLES] : named.split(',').map((table) => table.trim())
  const unknown = tables.filter((table) => !(DATASET_TABLES as readonly string[]).includes(table))
  if (unknown.length > 0) throw new UsageError(`there is no table ${unknown.join(', ')}; the tables are ${DATASET_TABLES.join(', ')} (or all)`)
  const out = stringOption(parsed, 'out')
  if (!out) throw new UsageError(`export needs --out PATH (${tables.length === 1 ? 'a file' : 'a folder'})`)
  const columns = listOption(parsed, 'columns')
  if (columns && tables.length !== 1) throw new UsageError('--columns chooses the columns of one table; name a single table')
  const excel = parsed.options.has('excel')
  const parsedRequest = datasetRequestSchema.safeParse({
    tables,
    scope: scopeOption(parsed),
    scoreSource: scoreOption(parsed),
    file: {
      format: stringOption(parsed, 'format') ?? 'csv',
      profile: excel ? 'excel' : 'standard',
      bom: parsed.options.has('bom') || excel,
      delimiter: stringOption(parsed, 'delimiter') ?? ','
    },
    columns: columns ? { [tables[0] as DatasetTable]: columns } : {},
    out
  })
  if (!parsedRequest.success) {
    const issue = parsedRequest.error.issues[0]
    throw new UsageError(issue?.path.includes('format') ? '--format must be csv or jsonl' : issue?.path.includes('delimiter') ? '--delimiter must be "," or ";"' : (issue?.message ?? 'invalid export options'))
  }
  const request = parsedRequest.data
  validateExportRequest(backend.db, request)
  const controller = new AbortController()
  const interrupt = () => controller.abort()
  process.once('SIGINT', interrupt)
  const started = Date.now()
  try {
    const outcome = await runDatasetExport(request, {
      db: backend.db,
      databasePath: backend.databasePath,
      slantVersion: version,
      signal: controller.signal,
      onProgress: (progress) => terminal.status(`${progressBar(progress.fraction)} ${progress.table}: ${formatCount(progress.rows)} rows`)
    })
    terminal.clearStatus()
    const files = outcome.manifest.files.filter((file) => file.table !== 'codebook')
    const seconds = formatSeconds(Date.now() - started)
    if (files.length === 1) {
      terminal.out(`Exported ${formatCount(files[0]?.rows ?? 0)} ${files[0]?.table} rows to ${outcome.path} in ${seconds}`)
    } else {
      terminal.out(`Exported ${files.length} tables of ${formatCount(outcome.manifest.scope.articles)} articles to ${outcome.path} in ${seconds}`)
      for (const file of files) terminal.out(`  ${file.name.padEnd(16)} ${formatCount(file.rows)} rows`)
    }
    terminal.out(`  codebook and manifest: ${outcome.manifestPath}`)
    return 0
  } finally {
    process.off('SIGINT', interrupt)
  }
}
