import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream, rmSync } from 'node:fs'
import type { FileOptions } from '../../../shared/export-schemas'
import { csvHeader, rowEncoder, type DatasetColumn } from './cell-encoding'

export interface WrittenFile {
  rows: number
  bytes: number
  sha256: string
}

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled; nothing was written under the chosen name.')
    this.name = 'ExportCancelled'
  }
}

export interface WriteWatch {
  signal?: AbortSignal | undefined
  /** Called after each block written to disk, with the rows so far and the last row's cells. */
  onBlock?: ((rows: number, lastRow: readonly unknown[] | null) => void) | undefined
}

/** Encoded text is handed to the disk in blocks of about this many characters: few syscalls, flat memory. */
const BLOCK_CHARACTERS = 1 << 18

/**
 * Streams one table to `path`, hashing exactly the bytes written. Memory holds one block, whatever
 * the table's size; each block waits for the disk when the stream is full, which is also when a
 * cancel gets its turn. On failure or cancel the file is removed. `path` is a temporary name: the
 * caller renames it into place once every file of the export is complete.
 */
export async function writeTableFile(
  path: string,
  columns: readonly DatasetColumn[],
  indexes: readonly number[],
  rows: Iterable<unknown[]>,
  options: FileOptions,
  watch: WriteWatch = {}
): Promise<WrittenFile> {
  const file = createWriteStream(path)
  const hash = createHash('sha256')
  const encode = rowEncoder(columns, options)
  // Picking cells only when columns were chosen keeps the full-table path free of copying.
  const identity = indexes.length === columns.length && indexes.every((index, position) => index === position)
  let bytes = 0
  let count = 0
  let block = ''
  const flush = async (): Promise<void> => {
    if (watch.signal?.aborted) throw new ExportCancelled()
    const buffer = Buffer.from(block, 'utf8')
    block = ''
    hash.update(buffer)
    bytes += buffer.length
    if (!file.write(buffer)) await once(file, 'drain')
  }
  try {
    if (options.format === 'csv') block = (options.bom ? '\uFEFF' : '') + csvHeader(columns, options)
    let last: readonly unknown[] | null = null
    for (const row of rows) {
      last = row
      block += encode(identity ? row : indexes.map((index) => row[index]))
      count++
      if (block.length >= BLOCK_CHARACTERS) {
        await flush()
        watch.onBlock?.(count, last)
      }
    }
    await flush()
    watch.onBlock?.(count, last)
    file.end()
    await once(file, 'finish')
    return { rows: count, bytes, sha256: hash.digest('hex') }
  } catch (error) {
    file.destroy()
    rmSync(path, { force: true })
    throw error
  }
}

/** A small file (codebook, manifest) written whole, with its hash. */
export async function writeSmallFile(path: string, text: string): Promise<WrittenFile> {
  const buffer = Buffer.from(text, 'utf8')
  const file = createWriteStream(path)
  try {
    file.end(buffer)
    await once(file, 'finish')
  } catch (error) {
    file.destroy()
    rmSync(path, { force: true })
    throw error
  }
  return { rows: 0, bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') }
}
