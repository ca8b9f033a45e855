import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8'
}

/** Maps a request path into the root, or null when it would leave it (../, encoded or not). */
export function resolveStaticPath(root: string, requestPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const absoluteRoot = resolve(root)
  const target = resolve(absoluteRoot, normalize(relative))
  if (target !== absoluteRoot && !target.startsWith(absoluteRoot + sep)) return null
  return target
}

export function serveStatic(root: string, requestPath: string, response: ServerResponse, headers: Record<string, string>): void {
  const target = resolveStaticPath(root, requestPath)
  if (!target || !existsSync(target) || !statSync(target).isFile()) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('Not found')
    return
  }
  const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream'
  const cache = target.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'
  response.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': cache })
  createReadStream(target).pipe(response)
}

export function rendererIndexExists(root: string): boolean {
  return existsSync(join(root, 'index.html'))
}
