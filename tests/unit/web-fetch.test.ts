import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { version } from '../../package.json'
import { FetchError, fetchResource, type FetchErrorCode } from '../../src/main/corpus/web/fetch-resource'

/** Any test that loops by mistake hits this instead of hammering the server forever. */
const REQUEST_LIMIT = 300
const HUGE_BYTES = 20 * 1024 * 1024
const MiB = 1024 * 1024

interface Seen {
  path: string
  userAgent: string | undefined
  accept: string | undefined
}

/** What the server did with a response it streams or holds open, so tests can see the client hang up. */
interface Held {
  written: number
  finished: boolean
  closed: Promise<void>
}

const seen: Seen[] = []
const held = new Map<string, Held>()
let server: Server
let base: string

function hold(path: string, response: ServerResponse): Held {
  let markClosed = () => {}
  const record: Held = { written: 0, finished: false, closed: new Promise((resolve) => (markClosed = resolve)) }
  response.on('close', () => markClosed())
  held.set(path, record)
  return record
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer = ''): void {
  response.writeHead(status, headers)
  response.end(body)
}

function html(title: string, body: string, meta = '<meta charset="utf-8">'): string {
  return `<!doctype html><html><head>${meta}<title>${title}</title></head><body>${body}</body></html>`
}

const RSS = '<rss version="2.0"><channel><title>Feed</title><item><title>One</title><link>https://example.org/1</link></item></channel></rss>'

function streamHuge(path: string, response: ServerResponse): void {
  const record = hold(path, response)
  const chunk = Buffer.alloc(64 * 1024, 0x61)
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  // Paced like a real link (the whole body would take 1.6 s): a client that stops at 1 MiB hangs up long
  // before the end, and a late hang-up shows as far more bytes written than socket buffers can absorb.
  const writeNext = (): void => {
    if (response.destroyed) return
    if (record.written >= HUGE_BYTES) {
      response.end()
      record.finished = true
      return
    }
    record.written += chunk.length
    // A 64 KiB write always overshoots the stream's buffer, so the pause follows 'drain', not the write.
    const pause = (): void => void setTimeout(writeNext, 5)
    if (response.write(chunk)) pause()
    else response.once('drain', pause)
  }
  writeNext()
}

function route(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/'
  seen.push({ path, userAgent: request.headers['user-agent'], accept: request.headers.accept })
  if (seen.length > REQUEST_LIMIT) return send(response, 503, { 'Content-Type': 'text/plain' }, 'request limit reached')
  switch (path) {
    case '/page':
      return send(response, 200, { 'Content-Type': 'text/html; charset=utf-8' }, html('Grüße', 'naïve “quotes” – 東京'))
    case '/latin1-meta':
      return send(response, 200, { 'Content-Type': 'text/html' }, Buffer.from(html('Café', 'déjà vu', '<meta charset="iso-8859-1">'), 'latin1'))
    case '/http-equiv':
      return send(
        response,
        200,
        { 'Content-Type': 'text/html' },
        Buffer.from(html('Señor', 'año', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), 'latin1')
      )
    case '/header-1252': {
      // 0x93/0x94 are curly quotes and 0x80 the euro sign only in windows-1252, not in ISO-8859-1.
      const body = Buffer.concat([Buffer.from('<html><body>'), Buffer.from([0x93, 0x45, 0x75, 0x72, 0x6f, 0x94, 0x20, 0x80]), Buffer.from('</body></html>')])
      return send(response, 200, { 'Content-Type': 'text/html; charset=windows-1252' }, body)
    }
    case '/utf16-bom':
      return send(response, 200, { 'Content-Type': 'text/html' }, Buffer.from(`\uFEFF${html('Zürich', 'ok', '')}`, 'utf16le'))
    case '/gzip':
      return send(response, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' }, gzipSync(html('Packed', 'unpacked text')))
    case '/no-type':
      return send(response, 200, {}, html('Untyped', 'still a page'))
    case '/no-type-binary':
      return send(response, 200, {}, Buffer.from([0x00, 0x01, 0x02, 0x03]))
    case '/r1':
      return send(response, 301, { Location: `${base}/r2` })
    case '/r2':
      return send(response, 302, { Location: '/page' })
    case '/loop':
      return send(response, 302, { Location: '/loop' })
    case '/to-file':
      return send(response, 302, { Location: 'file:///etc/passwd' })
    case '/to-ftp':
      return send(response, 302, { Location: 'ftp://127.0.0.1/pub/file.txt' })
    case '/to-missing':
      return send(response, 307, { Location: '/missing' })
    case '/missing':
      return send(response, 404, { 'Content-Type': 'text/html' }, html('Not found', 'nothing here'))
    case '/broken':
      return send(response, 500, { 'Content-Type': 'text/plain' }, 'boom')
    case '/doc.pdf':
      return send(response, 200, { 'Content-Type': 'application/pdf' }, Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1'))
    case '/feed.xml':
      return send(
        response,
        200,
        { 'Content-Type': 'application/rss+xml' },
        Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${RSS.replace('<title>One</title>', '<title>Élysée</title>')}`, 'latin1')
      )
    case '/feed-as-html':
      return send(response, 200, { 'Content-Type': 'text/html' }, `<?xml version="1.0"?>\n${RSS}`)
    case '/slow':
      hold(path, response)
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.write('<html><body>the rest never comes')
      return
    case '/silent':
      hold(path, response)
      return
    case '/huge':
      return streamHuge(path, response)
    case '/huge-announced': {
      const record = hold(path, response)
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(HUGE_BYTES) })
      response.write('<html>')
      record.written = 6
      return
    }
    case '/cut':
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': '1000' })
      response.write('<html><body>only part')
      setTimeout(() => response.socket?.destroy(), 20)
      return
    default:
      return send(response, 404, { 'Content-Type': 'text/plain' }, 'no such route')
  }
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason
  )
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError, got ${String(error)}`)
  return error
}

async function expectFailure(promise: Promise<unknown>, code: FetchErrorCode, message: RegExp): Promise<FetchError> {
  const error = await failure(promise)
  expect(error.code).toBe(code)
  expect(error.message).toMatch(message)
  return error
}

/** Resolves once the server side of a held response is closed, so a hung socket fails the test quickly. */
async function serverHungUp(path: string, ms = 2_000): Promise<void> {
  const record = held.get(path)
  if (!record) throw new Error(`the server never received ${path}`)
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the connection for ${path} was still open ${ms} ms after the client gave up`)), ms)
  })
  try {
    await Promise.race([record.closed, late])
  } finally {
    clearTimeout(timer)
  }
}

function requestsTo(path: string): number {
  return seen.filter((entry) => entry.path === path).length
}

beforeAll(async () => {
  server = createServer(route)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('fetchResource: pages and charsets', () => {
  it('fetches a UTF-8 page and sends an honest user agent', async () => {
    const page = await fetchResource(`${base}/page`, { accept: 'html' })
    expect(page).toMatchObject({ url: `${base}/page`, status: 200, contentType: 'text/html', charset: 'utf-8' })
    expect(page.text).toContain('<title>Grüße</title>')
    expect(page.text).toContain('naïve “quotes” – 東京')
    expect(page.bytes.byteLength).toBe(Buffer.byteLength(page.text))
    const request = seen.find((entry) => entry.path === '/page')
    expect(request?.userAgent).toBe(`Slant/${version} (media-bias research; +https://slant.invalid/bot)`)
    expect(request?.accept).toMatch(/^text\/html/)
  })

  it('decodes a page whose encoding is declared only in <meta charset>', async () => {
    const page = await fetchResource(`${base}/latin1-meta`, { accept: 'html' })
    expect(page.charset).toBe('windows-1252')
    expect(page.text).toContain('<title>Café</title>')
    expect(page.text).toContain('déjà vu')
    expect(page.bytes).toContain(0xe9)
  })

  it('reads the charset from <meta http-equiv="Content-Type">', async () => {
    const page = await fetchResource(`${base}/http-equiv`)
    expect(page.charset).toBe('windows-1252')
    expect(page.text).toContain('Señor')
  })

  it('uses the charset in the Content-Type header', async () => {
    const page = await fetchResource(`${base}/header-1252`)
    expect(page.charset).toBe('windows-1252')
    expect(page.text).toBe('<html><body>“Euro” €</body></html>')
  })

  it('recognises UTF-16 by its byte order mark', async () => {
    const page = await fetchResource(`${base}/utf16-bom`, { accept: 'html' })
    expect(page.charset).toBe('utf-16le')
    expect(page.text).toContain('<title>Zürich</title>')
  })

  it('decompresses a gzip body', async () => {
    const page = await fetchResource(`${base}/gzip`, { accept: 'html' })
    expect(page.text).toContain('unpacked text')
  })

  it('accepts a page without a content type when it looks like HTML, and refuses one that does not', async () => {
    expect((await fetchResource(`${base}/no-type`, { accept: 'html' })).text).toContain('still a page')
    await expectFailure(fetchResource(`${base}/no-type-binary`, { accept: 'html' }), 'wrong_content_type', /not a web page \(no content type/)
  })
})

describe('fetchResource: redirects', () => {
  it('follows 301 then 302 and reports the final URL', async () => {
    const page = await fetchResource(`${base}/r1`, { accept: 'html' })
    expect(page.url).toBe(`${base}/page`)
    expect(page.text).toContain('Grüße')
  })

  it('stops a redirect loop after maxRedirects', async () => {
    const before = requestsTo('/loop')
    const error = await expectFailure(fetchResource(`${base}/loop`, { maxRedirects: 3 }), 'too_many_redirects', /more than 3 redirects/)
    expect(error.message.startsWith(`${base}/loop: `)).toBe(true)
    expect(requestsTo('/loop') - before).toBe(4)
  })

  it('follows no redirect when maxRedirects is 0', async () => {
    await expectFailure(fetchResource(`${base}/r1`, { maxRedirects: 0 }), 'too_many_redirects', /more than 0 redirects/)
  })

  it('refuses redirects to file: and ftp: URLs', async () => {
    await expectFailure(fetchResource(`${base}/to-file`), 'invalid_url', /redirected to file:\/\/\/etc\/passwd, which was refused: only http and https/)
    await expectFailure(fetchResource(`${base}/to-ftp`), 'invalid_url', /redirected to ftp:\/\/127\.0\.0\.1\/pub\/file\.txt, which was refused/)
  })

  it('says where an error happened after a redirect', async () => {
    const error = await expectFailure(fetchResource(`${base}/to-missing`), 'http_status', /HTTP 404 Not Found \(at .*\/missing, after redirects\)/)
    expect(error.url).toBe(`${base}/to-missing`)
    expect(error.status).toBe(404)
  })
})

describe('fetchResource: refusals and failures', () => {
  it('refuses URLs that are not plain http(s)', async () => {
    await expectFailure(fetchResource('ftp://127.0.0.1/file'), 'invalid_url', /only http and https URLs can be fetched, not ftp/)
    await expectFailure(fetchResource('file:///etc/passwd'), 'invalid_url', /not file/)
    await expectFailure(fetchResource('javascript:alert(1)'), 'invalid_url', /not javascript/)
    await expectFailure(fetchResource('not a url'), 'invalid_url', /^not a url: not a valid URL$/)
  })

  it('refuses credentials in the URL without repeating the password', async () => {
    const error = await expectFailure(fetchResource(`http://reader:s3cret@127.0.0.1:1/page`), 'invalid_url', /user name or password/)
    expect(error.message).not.toContain('s3cret')
    expect(error.message).not.toContain('reader')
  })

  it('reports 404 and 500 with their status', async () => {
    const missing = await expectFailure(fetchResource(`${base}/missing`, { accept: 'html' }), 'http_status', /^http:.*\/missing: HTTP 404 Not Found$/)
    expect(missing.reason).toBe('HTTP 404 Not Found')
    await expectFailure(fetchResource(`${base}/broken`), 'http_status', /HTTP 500 Internal Server Error$/)
  })

  it('refuses a PDF when a web page is wanted, and returns it for any', async () => {
    const error = await expectFailure(fetchResource(`${base}/doc.pdf`, { accept: 'html' }), 'wrong_content_type', /: not a web page \(content type application\/pdf\)$/)
    expect(error.reason).toBe('not a web page (content type application/pdf)')
    const pdf = await fetchResource(`${base}/doc.pdf`, { accept: 'any' })
    expect(pdf.contentType).toBe('application/pdf')
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('times out on a response that never finishes, and hangs up on the server', async () => {
    const started = performance.now()
    await expectFailure(fetchResource(`${base}/slow`, { timeoutMs: 300 }), 'timeout', /timed out after 300 ms/)
    expect(performance.now() - started).toBeLessThan(5_000)
    await serverHungUp('/slow')
  })

  it('times out when no headers ever come', async () => {
    await expectFailure(fetchResource(`${base}/silent`, { timeoutMs: 300 }), 'timeout', /timed out/)
    await serverHungUp('/silent')
  })

  it('stops downloading past maxBytes', async () => {
    await expectFailure(fetchResource(`${base}/huge`, { maxBytes: MiB }), 'too_large', /larger than 1 MiB; the download was stopped/)
    await serverHungUp('/huge')
    const huge = held.get('/huge')
    expect(huge?.finished).toBe(false)
    expect(huge?.written).toBeLessThan(4 * MiB)
  })

  it('refuses a body whose announced length is over maxBytes without reading it', async () => {
    await expectFailure(fetchResource(`${base}/huge-announced`, { maxBytes: MiB }), 'too_large', /the server announced 20 MiB, so it was not downloaded/)
    await serverHungUp('/huge-announced')
    expect(held.get('/huge-announced')?.written).toBeLessThan(MiB)
  })

  it('reports a connection cut mid-body', async () => {
    await expectFailure(fetchResource(`${base}/cut`), 'network', /127\.0\.0\.1 closed the connection/)
  })

  it('reports a refused connection', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await expectFailure(fetchResource(`http://127.0.0.1:${port}/`), 'network', /127\.0\.0\.1 refused the connection/)
  })

  it('rejects with the caller’s reason when cancelled, not with a FetchError', async () => {
    held.delete('/slow')
    const controller = new AbortController()
    const pending = fetchResource(`${base}/slow`, { signal: controller.signal })
    setTimeout(() => controller.abort(), 100)
    const error: unknown = await pending.catch((reason: unknown) => reason)
    expect(error).not.toBeInstanceOf(FetchError)
    expect((error as Error).name).toBe('AbortError')
    await serverHungUp('/slow')
  })
})

describe('fetchResource: feeds', () => {
  it('accepts an RSS feed and reads its XML declaration', async () => {
    const feed = await fetchResource(`${base}/feed.xml`, { accept: 'feed' })
    expect(feed.contentType).toBe('application/rss+xml')
    expect(feed.charset).toBe('windows-1252')
    expect(feed.text).toContain('<title>Élysée</title>')
    expect(seen.find((entry) => entry.path === '/feed.xml')?.accept).toMatch(/^application\/rss\+xml/)
  })

  it('accepts a feed served as text/html, but not a real page', async () => {
    expect((await fetchResource(`${base}/feed-as-html`, { accept: 'feed' })).text).toContain('<rss')
    await expectFailure(fetchResource(`${base}/page`, { accept: 'feed' }), 'wrong_content_type', /not a feed \(content type text\/html, and the page is not RSS or Atom\)/)
    await expectFailure(fetchResource(`${base}/doc.pdf`, { accept: 'feed' }), 'wrong_content_type', /not a feed \(content type application\/pdf\)/)
  })
})

describe('fetchResource: options', () => {
  it('rejects nonsensical limits as programming errors', async () => {
    await expect(fetchResource(`${base}/page`, { timeoutMs: 0 })).rejects.toThrow(RangeError)
    await expect(fetchResource(`${base}/page`, { maxRedirects: -1 })).rejects.toThrow(RangeError)
  })
})
