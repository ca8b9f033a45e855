import { STATUS_CODES, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { contentVerdict, sniffAccepts, wrongContentReason, type AcceptKind } from './accepted-content'
import { decodeText, detectEncoding } from './charset'
import { parseContentType } from './content-type'
import { FetchError, urlForMessage } from './fetch-error'
import { checkRedirectTarget, checkRequestedUrl } from './fetch-url'
import { describeNetworkError } from './network-error'
import { readBody } from './read-body'
import { SLANT_USER_AGENT } from './user-agent'

export { FetchError, type FetchErrorCode } from './fetch-error'
export type { AcceptKind } from './accepted-content'

export interface FetchOptions {
  /** For the whole exchange, redirects and body included. Default 20 s. */
  timeoutMs?: number
  /** Cap on the (decompressed) body. Default 10 MiB. */
  maxBytes?: number
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number
  /** What the caller can use; anything else is a `wrong_content_type` error. Default 'any'. */
  accept?: AcceptKind
  /** Cancels the fetch; the promise then rejects with the signal's reason, not a FetchError. */
  signal?: AbortSignal
}

export interface FetchedResource {
  /** The URL that finally answered, after redirects. */
  url: string
  status: number
  /** Lower-case type/subtype, e.g. 'text/html'; '' when the server sent none. */
  contentType: string
  /** The WHATWG name of the encoding `text` was decoded with (a declared iso-8859-1 reads as windows-1252). */
  charset: string
  text: string
  bytes: Uint8Array
}

const DEFAULT_TIMEOUT_MS = 20_000
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024
const DEFAULT_MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

const ACCEPT_HEADERS: Record<AcceptKind, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
  any: '*/*'
}

interface Exchange {
  request: ClientRequest
  response: IncomingMessage
}

function send(target: URL, headers: OutgoingHttpHeaders, signal: AbortSignal): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, { headers, signal })
    // Kept for the request's whole life: a socket error after the response arrived must not go unhandled.
    request.on('error', reject)
    request.on('response', (response) => resolve({ request, response }))
    request.end()
  })
}

/** Closes the connection rather than draining a body nobody will read (it may be endless). */
function discard({ request, response }: Exchange): void {
  response.destroy()
  request.destroy()
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`
}

function checkOptions(timeoutMs: number, maxBytes: number, maxRedirects: number): void {
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new RangeError(`timeoutMs must be a positive number, not ${timeoutMs}`)
  if (!(maxBytes >= 0) || !Number.isFinite(maxBytes)) throw new RangeError(`maxBytes must be zero or more, not ${maxBytes}`)
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0) throw new RangeError(`maxRedirects must be a whole number, not ${maxRedirects}`)
}

/**
 * Fetches one http(s) URL for import, following redirects itself so that each hop is counted and
 * checked. Every failure is a FetchError whose message names the URL and the reason.
 */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS
  const accept = options.accept ?? 'any'
  checkOptions(timeoutMs, maxBytes, maxRedirects)
  options.signal?.throwIfAborted()

  let target = checkRequestedUrl(url)
  const requestedHref = target.href
  const headers: OutgoingHttpHeaders = {
    'User-Agent': SLANT_USER_AGENT,
    Accept: ACCEPT_HEADERS[accept],
    'Accept-Encoding': 'gzip, deflate, br'
  }
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(new FetchError('timeout', url, `timed out after ${formatDuration(timeoutMs)} without a complete answer`)), timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal
  // After a redirect, a failure is easier to understand when the report says where it happened.
  const where = () => (target.href === requestedHref ? '' : ` (at ${urlForMessage(target.href)}, after redirects)`)

  try {
    for (let redirects = 0; ; redirects += 1) {
      const exchange = await send(target, headers, signal)
      const { response } = exchange
      const status = response.statusCode ?? 0
      const location = response.headers.location
      if (REDIRECT_STATUSES.has(status) && location) {
        discard(exchange)
        if (redirects >= maxRedirects) {
          throw new FetchError('too_many_redirects', url, `more than ${maxRedirects} redirects; stopped at ${urlForMessage(target.href)}`)
        }
        target = checkRedirectTarget(location, target, url)
        continue
      }
      if (status < 200 || status > 299) {
        discard(exchange)
        throw new FetchError('http_status', url, `HTTP ${status} ${STATUS_CODES[status] ?? response.statusMessage ?? ''}`.trim() + where(), status)
      }
      const contentType = parseContentType(response.headers['content-type'])
      const verdict = contentVerdict(accept, contentType.mime)
      if (verdict === 'reject') {
        discard(exchange)
        throw new FetchError('wrong_content_type', url, wrongContentReason(accept, contentType.mime) + where())
      }
      const bytes = await readBody(response, { maxBytes, requested: url, hostname: target.hostname, signal })
      const charset = detectEncoding(bytes, contentType.charset, contentType.mime)
      const text = decodeText(bytes, charset)
      if (verdict === 'sniff' && !sniffAccepts(accept, text)) {
        throw new FetchError('wrong_content_type', url, wrongContentReason(accept, contentType.mime) + where())
      }
      return { url: target.href, status, contentType: contentType.mime, charset, text, bytes }
    }
  } catch (error) {
    if (error instanceof FetchError) throw error
    if (options.signal?.aborted) throw options.signal.reason
    if (deadline.signal.aborted) throw deadline.signal.reason
    throw new FetchError('network', url, describeNetworkError(error, target.hostname) + where())
  } finally {
    clearTimeout(timer)
  }
}
