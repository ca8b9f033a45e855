import { stat, readFile } from 'node:fs/promises'

import { UnreadableFileError, type ConcreteImportFormat, type RawRecord, type RecordSource } from './record-source'

/** A path on disk, or content already in memory (an upload, a fetched page) with the name it came under. */
export type ReaderInput = string | { fileName: string; text: string }

/** Whole-file readers refuse more than this: a page or a text file this large is not one article. */
export const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024

export function fileErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'file not found'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'not a file'
  return (error as Error).message
}

/** Size of a regular file, or the per-file error a reader reports. */
export async function fileSize(path: string): Promise<number> {
  let stats
  try {
    stats = await stat(path)
  } catch (error) {
    throw new UnreadableFileError(fileErrorMessage(error))
  }
  if (!stats.isFile()) throw new UnreadableFileError('not a file')
  return stats.size
}

/** The text of a small file (a page, a note), decoded by the reader's rules, with its size in bytes. */
export async function readWholeText(
  input: ReaderInput,
  decode: (bytes: Uint8Array, fileName: string) => string
): Promise<{ fileName: string; text: string; totalBytes: number }> {
  if (typeof input !== 'string') return { fileName: input.fileName, text: input.text, totalBytes: input.text.length }
  const size = await fileSize(input)
  if (size > MAX_WHOLE_FILE_BYTES) {
    throw new UnreadableFileError(`file is larger than ${MAX_WHOLE_FILE_BYTES / (1024 * 1024)} MB, too large for one article`)
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(input)
  } catch (error) {
    throw new UnreadableFileError(fileErrorMessage(error))
  }
  return { fileName: input, text: decode(bytes, input), totalBytes: bytes.length }
}

/** A source over records already known; progress jumps to done once they have been handed out. */
export function sourceOf(format: ConcreteImportFormat, totalBytes: number, produce: () => Iterable<RawRecord>): RecordSource {
  let done = false
  async function* records(): AsyncIterable<RawRecord> {
    for (const record of produce()) yield record
    done = true
  }
  return { format, totalBytes, bytesRead: () => (done ? totalBytes : 0), records: records() }
}
