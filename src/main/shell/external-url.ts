/**
 * Decides whether a link may leave the app for the system browser. The URL is parsed, never matched
 * as a string: only http(s) with a host passes, and credentials in the URL are refused.
 */
export function externalUrlToOpen(candidate: string): string | null {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (!url.hostname || url.username || url.password) return null
  return url.toString()
}

/** Whether a navigation stays on the app's own page (a reload or the dev server's HMR reload). */
export function isSameDocument(current: string, target: string): boolean {
  try {
    const from = new URL(current)
    const to = new URL(target)
    return from.origin === to.origin && from.pathname === to.pathname
  } catch {
    return false
  }
}
