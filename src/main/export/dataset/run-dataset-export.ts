import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { ContractFailure } from '../../../shared/errors'
import type { DatasetRequest, DatasetTable } from '../../../shared/export-schemas'
import type { Db } from '../../db/open-database'
import { codebookText, type CodebookEntry } from './codebook-file'
import { ensureDatabaseId } from './database-id'
import { chosenColumns, TABLE_DEFINITIONS } from './dataset-tables'
import type { ResolvedScoreSource } from './dataset-table'
import { openSnapshot } from './export-snapshot'
import { buildManifest, type DatasetManifest, type ManifestFile } from './manifest'
import { ExportCancelled, writeSmallFile, writeTableFile } from './table-file'

export interface ExportProgress {
  table: DatasetTable
  /** Rows written so far, over all tables. */
  rows: number
  /** 0-1 over the whole export. */
  fraction: number
}

export interface ExportDependencies {
  /** The app's connection: only for the corpus's database id, written once, before the export reads anything. */
  db: Db
  databasePath: string
  slantVersion: string
  signal?: AbortSignal | undefined
  onProgress?: ((progress: ExportProgress) => void) | undefined
}

export interface ExportOutcome {
  /** Where the dataset is: the folder, or the table's file. */
  path: string
  manifestPath: string
  manifest: DatasetManifest
}

/** The coder a "one coder" score source names, looked up by name as the researcher typed it. */
export function resolveScoreSource(db: Db, source: DatasetRequest['scoreSource']): ResolvedScoreSource {
  if (source.kind !== 'coder') return source
  const coder = db.prepare('SELECT id, name FROM coders WHERE name = ? COLLATE NOCASE').get(source.coder) as { id: number; name: string } | undefined
  if (!coder) throw new ContractFailure('not_found', `There is no coder named "${source.coder}".`)
  return { kind: 'coder', coderId: coder.id, coderName: coder.name }
}

interface Layout {
  /** Final path of each file, by table name or "codebook"/"manifest". */
  finals: Map<string, string>
  /** Where each file is written first. */
  staged: Map<string, string>
  /** Moves the staged files into place; only called once everything is written. */
  commit(): void
  discard(): void
  path: string
}

const partialSuffix = () => `.partial-${process.pid}-${Date.now().toString(36)}`

/** True when a folder is empty or holds an earlier Slant dataset, which an export may replace. */
function replaceableFolder(path: string): boolean {
  const entries = readdirSync(path)
  if (entries.length === 0) return true
  if (!entries.includes('manifest.json')) return false
  try {
    return (JSON.parse(readFileSync(join(path, 'manifest.json'), 'utf8')) as { generator?: unknown }).generator === 'Slant'
  } catch {
    return false
  }
}

/** Refuses, before anything is written, an output the export could not or should not write to. */
function checkOutput(request: DatasetRequest): void {
  const out = resolve(request.out)
  const extension = request.file.format === 'csv' ? '.csv' : '.jsonl'
  const parent = dirname(out)
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new ContractFailure('invalid_input', `The folder ${parent} does not exist; create it or choose another place for the export.`)
  if (request.tables.length === 1) {
    if (existsSync(out) && statSync(out).isDirectory()) throw new ContractFailure('invalid_input', `${out} is a folder; a one-table export needs a file name (e.g. ${join(out, `${request.tables[0]}${extension}`)}).`)
  } else if (existsSync(out) && (!statSync(out).isDirectory() || !replaceableFolder(out))) {
    throw new ContractFailure('invalid_input', `${out} already exists and is not an earlier Slant dataset; choose a new folder name for the export.`)
  }
}

/** Everything a request could be refused for, checked before a job starts: the coder, the columns, the place. */
export function validateExportRequest(db: Db, request: DatasetRequest): void {
  resolveScoreSource(db, request.scoreSource)
  for (const table of request.tables) chosenColumns(TABLE_DEFINITIONS[table], request.columns[table])
  for (const table of Object.keys(request.columns)) {
    if (!request.tables.includes(table as DatasetTable)) throw new ContractFailure('invalid_input', `Columns were chosen for the ${table} table, which is not being exported.`)
  }
  checkOutput(request)
}

/**
 * One table goes to the file named (its codebook and manifest beside it, as NAME.codebook.csv and
 * NAME.manifest.json); several go into the folder named. Everything is written under temporary names
 * and moved into place at the end, so a cancelled or failed export leaves nothing under the final names.
 */
function planLayout(request: DatasetRequest): Layout {
  checkOutput(request)
  const out = resolve(request.out)
  const extension = request.file.format === 'csv' ? '.csv' : '.jsonl'
  const finals = new Map<string, string>()
  const staged = new Map<string, string>()
  if (request.tables.length === 1) {
    const stem = extname(out) ? out.slice(0, -extname(out).length) : out
    finals.set(request.tables[0] as string, out)
    finals.set('codebook', `${stem}.codebook.csv`)
    finals.set('manifest', `${stem}.manifest.json`)
    const suffix = partialSuffix()
    for (const [key, path] of finals) staged.set(key, `${path}${suffix}`)
    const discard = () => {
      for (const path of staged.values()) rmSync(path, { force: true })
    }
    return {
      finals,
      staged,
      path: out,
      // The manifest goes last: its presence says the files beside it are complete.
      commit: () => {
        for (const key of [...request.tables, 'codebook', 'manifest']) renameSync(staged.get(key) as string, finals.get(key) as string)
      },
      discard
    }
  }
  const folder = `${out}${partialSuffix()}`
  mkdirSync(folder)
  for (const table of request.tables) finals.set(table, join(out, `${table}${extension}`))
  finals.set('codebook', join(out, 'codebook.csv'))
  finals.set('manifest', join(out, 'manifest.json'))
  for (const [key, path] of finals) staged.set(key, join(folder, basename(path)))
  return {
    finals,
    staged,
    path: out,
    commit: () => {
      if (existsSync(out)) {
        // Replacing an earlier dataset: move it aside first, so a failed rename loses neither.
        const previous = `${out}.replaced${partialSuffix()}`
        renameSync(out, previous)
        renameSync(folder, out)
        rmSync(previous, { recursive: true, force: true })
      } else {
        renameSync(folder, out)
      }
    },
    discard: () => rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * Writes a dataset: the chosen tables of the scoped articles from one snapshot of the corpus,
 * codebook.csv and manifest.json (Slant version, database id, scope, runs, coders, row counts and
 * the sha256 of every file), streamed so memory stays flat, cancellable between blocks.
 */
export async function runDatasetExport(request: DatasetRequest, dependencies: ExportDependencies): Promise<ExportOutcome> {
  const scoreSource = resolveScoreSource(dependencies.db, request.scoreSource)
  const selections = request.tables.map((table) => ({ table, ...chosenColumns(TABLE_DEFINITIONS[table], request.columns[table]) }))
  const databaseId = ensureDatabaseId(dependencies.db)
  const createdAt = new Date().toISOString()
  const layout = planLayout(request)
  let snapshot: ReturnType<typeof openSnapshot> | null = null
  try {
    snapshot = openSnapshot(dependencies.databasePath, request.scope)
    const { firstArticleId, lastArticleId } = snapshot
    const files: ManifestFile[] = []
    const codebook: CodebookEntry[] = []
    let rowsBefore = 0
    for (const [position, selection] of selections.entries()) {
      const definition = TABLE_DEFINITIONS[selection.table]
      const articleColumn = definition.columns.findIndex((column) => column.name === 'article_id')
      const path = layout.staged.get(selection.table) as string
      const written = await writeTableFile(path, selection.columns, selection.indexes, definition.rows({ db: snapshot.db, scoreSource }), request.file, {
        signal: dependencies.signal,
        onBlock: (rows, last) => {
          // Tables run in article order, so the last article id written tells how far a table has got.
          const lastId = last && articleColumn >= 0 ? Number(last[articleColumn]) : null
          const within = lastId !== null && lastArticleId > firstArticleId ? (lastId - firstArticleId) / (lastArticleId - firstArticleId) : 0
          dependencies.onProgress?.({ table: selection.table, rows: rowsBefore + rows, fraction: Math.min(1, (position + within) / selections.length) })
        }
      })
      rowsBefore += written.rows
      const name = basename(layout.finals.get(selection.table) as string)
      files.push({ name, table: selection.table, rows: written.rows, columns: selection.columns.map((column) => column.name), bytes: written.bytes, sha256: written.sha256 })
      codebook.push({ fileName: name, describes: definition.describes, rows: written.rows, columns: selection.columns })
    }
    const codebookName = basename(layout.finals.get('codebook') as string)
    const codebookContent = codebookText(codebook, request.file)
    const codebookFile = await writeSmallFile(layout.staged.get('codebook') as string, codebookContent.text)
    files.push({ name: codebookName, table: 'codebook', rows: codebookContent.rows, columns: ['file', 'column', 'type', 'meaning', 'dimension', 'level', 'level_meaning'], bytes: codebookFile.bytes, sha256: codebookFile.sha256 })
    const manifest = buildManifest({ db: snapshot.db, slantVersion: dependencies.slantVersion, databaseId, createdAt, request, articleCount: snapshot.articleCount, files })
    await writeSmallFile(layout.staged.get('manifest') as string, `${JSON.stringify(manifest, null, 2)}\n`)
    snapshot.close()
    snapshot = null
    if (dependencies.signal?.aborted) throw new ExportCancelled()
    layout.commit()
    return { path: layout.path, manifestPath: layout.finals.get('manifest') as string, manifest }
  } catch (error) {
    snapshot?.close()
    layout.discard()
    throw error
  }
}
