import { createReadStream } from 'node:fs'

import type { TextEncoding } from './decode-text'

/** Large enough to keep per-chunk overhead small, small enough to keep memory flat on any file size. */
const CHUNK_CHARACTERS = 1 << 20

/** A string in slices, never splitting a surrogate pair (which would turn into U+FFFD on the way to bytes). */
export function* sliceText(text: string, size = CHUNK_CHARACTERS): Iterable<string> {
  let position = 0
  while (position < text.length) {
    let end = Math.min(text.length, position + size)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++
    yield text.slice(position, end)
    position = end
  }
}

/**
 * A file decoded chunk by chunk in the given encoding. `onBytes` reports how far the file has been
 * read, for progress; the stream is closed whenever the consumer stops early.
 */
export async function* decodedFileChunks(path: string, encoding: TextEncoding, onBytes: (bytes: number) => void): AsyncIterable<string> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 })
  const decoder = new TextDecoder(encoding)
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes(stream.bytesRead)
      const text = decoder.decode(chunk, { stream: true })
      if (text) yield text
    }
    const rest = decoder.decode()
    if (rest) yield rest
  } finally {
    stream.destroy()
  }
}

/**
 * CRLF and lone CR become LF, also when a CRLF is split across chunks, so every later step counts
 * lines the same way an editor does.
 */
export async function* unixLineEndings(chunks: AsyncIterable<string>): AsyncIterable<string> {
  let pendingCr = false
  for await (const chunk of chunks) {
    let text: string = pendingCr ? `\r${chunk}` : chunk
    pendingCr = text.endsWith('\r')
    if (pendingCr) text = text.slice(0, -1)
    const normalized = text.replace(/\r\n?/g, '\n')
    if (normalized) yield normalized
  }
  if (pendingCr) yield '\n'
}

/** The chunks after the first `count` lines (LF line endings). */
export async function* skipLines(chunks: AsyncIterable<string>, count: number): AsyncIterable<string> {
  let remaining = count
  for await (const chunk of chunks) {
    if (remaining === 0) {
      yield chunk
      continue
    }
    let position = 0
    while (remaining > 0) {
      const newline = chunk.indexOf('\n', position)
      if (newline === -1) break
      position = newline + 1
      remaining--
    }
    if (remaining === 0 && position < chunk.length) yield chunk.slice(position)
  }
}
