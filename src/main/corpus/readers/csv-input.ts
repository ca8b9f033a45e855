import { closeSync, openSync, readSync } from 'node:fs'
import { open } from 'node:fs/promises'

import type { OpenCsvText } from './csv-rows'
import { assertText, detectEncoding, SNIFF_BYTES, type TextEncoding } from './decode-text'
import { fileErrorMessage, fileSize } from './reader-input'
import { UnreadableFileError } from './record-source'
import { decodedFileChunks, skipLines, sliceText, unixLineEndings } from './text-chunks'

/** A CSV's text, opened as often as needed, with its first part at hand for choosing the delimiter. */
export interface CsvText {
  fileName: string
  totalBytes: number
  /** The start of the text, LF line endings. Its last line may be cut off. */
  sample: string
  /** Whether the sample is shorter than the text. */
  truncated: boolean
  open: OpenCsvText
  bytesRead: () => number
}

const EMPTY = 'empty file: a CSV needs a header row'

function decodeSample(bytes: Uint8Array, fileName: string): { sample: string; encoding: TextEncoding } {
  if (bytes.length === 0) throw new UnreadableFileError(EMPTY)
  assertText(bytes, fileName)
  const encoding = detectEncoding(bytes)
  return { encoding, sample: new TextDecoder(encoding).decode(bytes, { stream: true }).replace(/\r\n?/g, '\n') }
}

async function readStart(path: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r')
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw new UnreadableFileError(fileErrorMessage(error))
  }
}

function readStartSync(path: string): Uint8Array {
  let descriptor: number
  try {
    descriptor = openSync(path, 'r')
  } catch (error) {
    throw new UnreadableFileError(fileErrorMessage(error))
  }
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES)
    return buffer.subarray(0, readSync(descriptor, buffer, 0, SNIFF_BYTES, 0))
  } catch (error) {
    throw new UnreadableFileError(fileErrorMessage(error))
  } finally {
    closeSync(descriptor)
  }
}

/** A file is streamed from disk, decoded as it goes: only its first 64 KB choose the encoding. */
export async function csvFile(path: string): Promise<CsvText> {
  const totalBytes = await fileSize(path)
  const start = await readStart(path)
  const { sample, encoding } = decodeSample(start, path)
  let bytesRead = 0
  const onBytes = (bytes: number) => {
    bytesRead = Math.max(bytesRead, bytes)
  }
  return {
    fileName: path,
    totalBytes,
    sample,
    truncated: start.length < totalBytes,
    open: (skip) => skipLines(unixLineEndings(decodedFileChunks(path, encoding, onBytes)), skip),
    bytesRead: () => bytesRead
  }
}

/** The start of a file only, for a preview that must answer at once. */
export function csvFileStart(path: string): Pick<CsvText, 'fileName' | 'sample' | 'truncated'> {
  const start = readStartSync(path)
  return { fileName: path, sample: decodeSample(start, path).sample, truncated: start.length === SNIFF_BYTES }
}

/** Content already in memory (an upload), fed to the parser in slices all the same. */
export function csvContent(fileName: string, text: string): CsvText {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text
  if (body.trim() === '') throw new UnreadableFileError(EMPTY)
  let furthest = 0
  async function* slices(): AsyncIterable<string> {
    let position = 0
    for (const slice of sliceText(body)) {
      position += slice.length
      furthest = Math.max(furthest, position)
      yield slice
    }
  }
  return {
    fileName,
    totalBytes: text.length,
    sample: body.slice(0, SNIFF_BYTES).replace(/\r\n?/g, '\n'),
    truncated: body.length > SNIFF_BYTES,
    open: (skip) => skipLines(unixLineEndings(slices()), skip),
    bytesRead: () => Math.min(furthest, text.length)
  }
}
