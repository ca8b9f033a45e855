import { mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PushedEvent } from '../../src/shared/contract'
import { createBackend, type Backend } from '../../src/main/api/backend'
import { startHttpBridge, type RunningBridge } from '../../src/main/server/http-bridge'
import { resolveStaticPath } from '../../src/main/server/static-files'
import { useTempDirectory } from '../helpers/temp-directory'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request, so tests can send the Host and Origin headers a browser or an attacker would. */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    request.on('error', reject)
    if (options.body !== undefined) request.write(options.body)
    request.end()
  })
}

function call(port: number, name: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(port, `/api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, ...headers },
    body: JSON.stringify(input)
  })
}

describe('the HTTP bridge', () => {
  const tempDirectory = useTempDirectory()
  let backend: Backend | null = null
  let bridge: RunningBridge | null = null

  afterEach(async () => {
    await bridge?.close()
    backend?.close()
    bridge = null
    backend = null
  })

  async function start(): Promise<RunningBridge> {
    const directory = tempDirectory()
    const staticRoot = join(directory, 'renderer')
    mkdirSync(join(staticRoot, 'assets'), { recursive: true })
    writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Slant</title>')
    writeFileSync(join(staticRoot, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(directory, 'secret.txt'), 'outside the root')
    backend = createBackend(join(directory, 'c.sqlite'))
    bridge = await startHttpBridge(backend, { port: 0, host: '127.0.0.1', staticRoot })
    return bridge
  }

  it('serves the contract: a valid call answers its value', async () => {
    const { port } = await start()
    const uploaded = await call(port, 'import.upload', { files: [{ fileName: 'a.jsonl', content: '{"text": "Hello from the browser.", "title": "Hi"}' }] })
    expect(uploaded.status).toBe(200)
    expect(JSON.parse(uploaded.body)).toMatchObject({ ok: true, value: { totals: { added: 1, records: 1 } } })
    const page = JSON.parse((await call(port, 'articles.list', { query: 'browser' })).body)
    expect(page).toMatchObject({ ok: true, value: { total: 1, rows: [{ title: 'Hi' }] } })
  })

  it('answers invalid input with the typed error and keeps serving', async () => {
    const { port } = await start()
    const invalid = await call(port, 'articles.get', { id: -3 })
    expect(invalid.status).toBe(400)
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'id' }] } })
    const malformed = await send(port, '/api/call/articles.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"limit": '
    })
    expect(malformed.status).toBe(400)
    expect(JSON.parse(malformed.body).error.message).toMatch(/not valid JSON/)
    const unknown = await call(port, 'shell.exec', {})
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body).error.code).toBe('unknown_call')
    const missing = await call(port, 'articles.get', { id: 5 })
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.body).error.code).toBe('not_found')
    expect((await call(port, 'corpus.info', {})).status).toBe(200)
  })

  it('refuses a foreign Host (DNS rebinding), a foreign Origin, cross-site fetches and non-JSON posts', async () => {
    const { port } = await start()
    const rebinding = await send(port, '/api/call/corpus.info', { method: 'POST', headers: { Host: `evil.example:${port}`, 'Content-Type': 'application/json' }, body: '{}' })
    expect(rebinding.status).toBe(403)
    expect(JSON.parse(rebinding.body).error.code).toBe('forbidden')
    expect((await send(port, '/', { headers: { Host: 'attacker.test' } })).status).toBe(403)
    expect((await call(port, 'corpus.info', {}, { Origin: 'https://evil.example' })).status).toBe(403)
    expect((await call(port, 'corpus.info', {}, { Origin: 'null' })).status).toBe(403)
    expect((await call(port, 'corpus.info', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    const form = await send(port, '/api/call/corpus.info', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })
    expect(form.status).toBe(400)
    expect((await send(port, '/api/call/corpus.info')).status).toBe(400)
    expect((await send(port, '/', { headers: { Host: `localhost:${port}` } })).status).toBe(200)
  })

  it('serves the built renderer with a strict policy and never a file outside it', async () => {
    const { port } = await start()
    const page = await send(port, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/)
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect((await send(port, '/assets/app.js')).headers['content-type']).toMatch(/javascript/)
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const answer = await send(port, path)
      expect(answer.status, path).toBe(404)
      expect(answer.body).not.toContain('outside the root')
    }
  })

  it('pushes job progress and corpus changes over server-sent events', async () => {
    const { port } = await start()
    const events: PushedEvent[] = []
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { Accept: 'text/event-stream' } }, resolve)
      request.on('error', reject)
      request.end()
    })
    expect(stream.headers['content-type']).toMatch(/text\/event-stream/)
    let buffer = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = message.split('\n').find((line) => line.startsWith('data: '))
        if (data) events.push(JSON.parse(data.slice(6)) as PushedEvent)
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await call(port, 'import.upload', { files: [{ fileName: 'b.jsonl', content: '{"text": "One."}\n{"text": "Two."}' }] })
    await new Promise((resolve) => setTimeout(resolve, 100))
    stream.destroy()
    const names = events.map((event) => event.name)
    expect(names).toContain('corpus.changed')
    const jobStates = events.filter((event) => event.name === 'job.progress').map((event) => (event.payload as { state: string }).state)
    expect(jobStates[0]).toBe('running')
    expect(jobStates[jobStates.length - 1]).toBe('done')
  })

  it('will not listen on a network address', async () => {
    const directory = tempDirectory()
    backend = createBackend(join(directory, 'c.sqlite'))
    await expect(startHttpBridge(backend, { port: 0, host: '0.0.0.0', staticRoot: null })).rejects.toThrow(/127\.0\.0\.1 \(or localhost\) only/)
    await expect(startHttpBridge(backend, { port: 0, host: '192.168.1.10', staticRoot: null })).rejects.toThrow(/refused/)
  })
})

describe('resolveStaticPath', () => {
  it('maps request paths inside the root and refuses the rest', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html')
    expect(resolveStaticPath('/srv/app', '/assets/a.js?v=1')).toBe('/srv/app/assets/a.js')
    expect(resolveStaticPath('/srv/app', '/../etc/passwd')).toBeNull()
    expect(resolveStaticPath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull()
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull()
    expect(resolveStaticPath('/srv/app', '/a%00b')).toBeNull()
  })
})
