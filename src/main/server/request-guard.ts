import type { IncomingMessage } from 'node:http'

export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase())
}

/** The Host header values under which this server is itself, for the port it listens on. */
export function allowedHostHeaders(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
}

/**
 * Refuses requests that did not come from this server's own pages: a foreign Host header means DNS
 * rebinding, a foreign Origin means another site's script. Returns the reason, or null when allowed.
 */
export function refusalReason(request: IncomingMessage, allowedHosts: Set<string>): string | null {
  const host = request.headers.host?.toLowerCase()
  if (!host || !allowedHosts.has(host)) return `Host "${host ?? ''}" is not this server`
  const origin = request.headers.origin
  if (origin !== undefined && origin !== `http://${host}`) return `Origin "${origin}" may not call this server`
  const fetchSite = request.headers['sec-fetch-site']
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `cross-site request (${String(fetchSite)}) refused`
  }
  return null
}
