/** Query parameters that identify a campaign or a click, not a page. */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  'twclid',
  'ref_src',
  'cmpid',
  'ocid',
  '_ga',
  '_gl'
])

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower)
}

/** Parses an http(s) URL; anything else (javascript:, file:, garbage) gives null. */
export function parseWebUrl(value: string): URL | null {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (!url.hostname) return null
  return url
}

/**
 * The form two links to the same article share: lower-case host without www., no fragment, no tracking
 * parameters, no default port, no trailing slash. Used to find duplicates, never shown as the link.
 */
export function canonicalUrl(value: string): string | null {
  const url = parseWebUrl(value)
  if (!url) return null
  url.hash = ''
  // www.example.com and example.com serve the same articles on every news site we know of.
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '')
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParameter(name)) url.searchParams.delete(name)
  }
  let result = url.toString()
  if (url.search === '' && result.endsWith('?')) result = result.slice(0, -1)
  if (url.search === '' && url.pathname.length > 1 && url.pathname.endsWith('/')) {
    result = result.replace(/\/+$/, '')
  } else if (url.search === '' && url.pathname === '/') {
    result = result.replace(/\/$/, '')
  }
  return result
}

/** The domain an outlet is recognised by: host without "www.". */
export function outletDomain(value: string): string | null {
  const url = parseWebUrl(value)
  if (!url) return null
  return url.hostname.toLowerCase().replace(/^www\./, '')
}
