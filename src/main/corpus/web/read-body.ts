import type { IncomingMessage } from 'node:http'
import type { Transform } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { formatByteSize } from './byte-size'
import { FetchError } from './fetch-error'

export interface BodyLimits {
  maxBytes: number
  /** The URL the caller asked for, named in errors. */
  requested: string
  /** The host actually answering, which after redirects may not be the requested one. */
  hostname: string
  /** Aborting it stops the download and rejects with its reason. */
  signal: AbortSignal
}

/** undefined: an encoding this reader cannot undo; null: the body is not compressed. */
function decompressorFor(encoding: string): Transform | null | undefined {
  if (encoding === '' || encoding === 'identity') return null
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip()
  if (encoding === 'deflate') return createInflate()
  if (encoding === 'br') return createBrotliDecompress()
  return undefined
}

/**
 * Reads a response body into memory, never holding more than maxBytes of it: the cap counts
 * decompressed bytes, so a small compressed bomb cannot get past it either.
 */
export function readBody(response: IncomingMessage, limits: BodyLimits): Promise<Uint8Array> {
  const { maxBytes, requested, hostname: host, signal } = limits
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase()
  const decompressor = decompressorFor(encoding)
  const tooLarge = (detail: string) => new FetchError('too_large', requested, `larger than ${formatByteSize(maxBytes)}; ${detail}`)

  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    let settled = false

    const fail = (error: unknown) => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', onAbort)
      decompressor?.destroy()
      // Destroying the response closes the socket, so the server stops sending.
      response.destroy()
      reject(error)
    }
    const onAbort = () => fail(signal.reason)

    if (decompressor === undefined) {
      fail(new FetchError('network', requested, `the server compressed the content in a way Slant cannot read (${encoding})`))
      return
    }
    const announced = Number(response.headers['content-length'])
    if (decompressor === null && Number.isFinite(announced) && announced > maxBytes) {
      fail(tooLarge(`the server announced ${formatByteSize(announced)}, so it was not downloaded`))
      return
    }
    if (signal.aborted) {
      onAbort()
      return
    }
    signal.addEventListener('abort', onAbort, { once: true })

    response.on('error', fail)
    response.on('close', () => {
      if (!response.complete) fail(new FetchError('network', requested, `${host} closed the connection before the content was complete`))
    })
    decompressor?.on('error', () => fail(new FetchError('network', requested, `the compressed content from ${host} could not be decompressed`)))

    const body = decompressor ? response.pipe(decompressor) : response
    body.on('data', (chunk: Buffer) => {
      if (settled) return
      total += chunk.byteLength
      if (total > maxBytes) {
        fail(tooLarge('the download was stopped'))
        return
      }
      chunks.push(chunk)
    })
    body.on('end', () => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', onAbort)
      resolve(Buffer.concat(chunks, total))
    })
  })
}
