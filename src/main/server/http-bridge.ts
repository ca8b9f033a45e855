import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { MAX_UPLOAD_CHARACTERS } from '../../shared/contract'
import type { CallResult, ContractErrorCode } from '../../shared/errors'
import type { Backend } from '../api/backend'
import { SECURITY_HEADERS } from './content-security-policy'
import { allowedHostHeaders, isLoopbackHost, refusalReason } from './request-guard'
import { serveStatic } from './static-files'

export interface BridgeOptions {
  port: number
  host: string
  /** The built renderer (out/renderer); null serves the contract only. */
  staticRoot: string | null
}

export interface RunningBridge {
  url: string
  port: number
  server: Server
  close(): Promise<void>
}

/** A JSON body can be a little larger than the characters it carries (escapes). */
const MAX_BODY_BYTES = MAX_UPLOAD_CHARACTERS + 64 * 1024 * 1024
const HEARTBEAT_MS = 15_000

const STATUS_FOR: Record<ContractErrorCode, number> = {
  invalid_input: 400,
  unknown_call: 404,
  not_found: 404,
  forbidden: 403,
  unavailable: 503,
  internal: 500
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(JSON.stringify(body))
}

function sendError(response: ServerResponse, code: ContractErrorCode, message: string): void {
  const body: CallResult<never> = { ok: false, error: { code, message } }
  sendJson(response, STATUS_FOR[code], body)
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body is larger than ${MAX_BODY_BYTES} bytes`))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

async function handleCall(backend: Backend, name: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const contentType = request.headers['content-type'] ?? ''
  // Requiring JSON makes every call a non-simple request, which browsers never send cross-site without CORS.
  if (!contentType.toLowerCase().startsWith('application/json')) {
    sendError(response, 'invalid_input', 'calls must be sent as application/json')
    return
  }
  let input: unknown
  try {
    const body = await readBody(request)
    input = body.trim() === '' ? {} : JSON.parse(body)
  } catch (error) {
    sendError(response, 'invalid_input', `the request body is not valid JSON: ${(error as Error).message}`)
    return
  }
  const result = await backend.dispatch(name, input)
  sendJson(response, result.ok ? 200 : STATUS_FOR[result.error.code], result)
}

function handleEvents(backend: Backend, request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive'
  })
  response.write(': connected\n\n')
  const unsubscribe = backend.events.subscribe((event) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`)
  })
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS)
  request.on('close', () => {
    clearInterval(heartbeat)
    unsubscribe()
  })
}

/**
 * The contract over HTTP for browser mode: POST /api/call/<name> with a JSON input answers a
 * CallResult; GET /api/events streams pushed events (SSE); everything else is the built renderer.
 * It listens on loopback only and answers only to its own Host and Origin.
 */
export function startHttpBridge(backend: Backend, options: BridgeOptions): Promise<RunningBridge> {
  if (!isLoopbackHost(options.host)) {
    return Promise.reject(new Error(`--host ${options.host} refused: Slant serves on 127.0.0.1 (or localhost) only, never on a network address`))
  }
  let allowedHosts = allowedHostHeaders(options.port)
  const sockets = new Set<Socket>()
  const server = createServer((request, response) => {
    const reason = refusalReason(request, allowedHosts)
    if (reason) {
      sendError(response, 'forbidden', reason)
      return
    }
    const url = new URL(request.url ?? '/', 'http://placeholder')
    if (url.pathname.startsWith('/api/call/')) {
      if (request.method !== 'POST') {
        sendError(response, 'invalid_input', 'calls are POST requests')
        return
      }
      const name = decodeURIComponent(url.pathname.slice('/api/call/'.length))
      handleCall(backend, name, request, response).catch((error: unknown) => {
        if (!response.headersSent) sendError(response, 'internal', (error as Error).message)
      })
      return
    }
    if (url.pathname === '/api/events' && request.method === 'GET') {
      handleEvents(backend, request, response)
      return
    }
    if (url.pathname.startsWith('/api/')) {
      sendError(response, 'unknown_call', `nothing at ${url.pathname}`)
      return
    }
    if ((request.method === 'GET' || request.method === 'HEAD') && options.staticRoot) {
      serveStatic(options.staticRoot, url.pathname, response, SECURITY_HEADERS)
      return
    }
    sendError(response, 'not_found', `nothing at ${url.pathname}`)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${options.port} on ${options.host} is already in use; choose another with --port`) : error)
    })
    server.listen(options.port, options.host, () => {
      const port = (server.address() as AddressInfo).port
      allowedHosts = allowedHostHeaders(port)
      const hostForUrl = options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host
      resolve({
        url: `http://${hostForUrl}:${port}/`,
        port,
        server,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          })
      })
    })
  })
}
