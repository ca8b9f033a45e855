import { FetchError, urlForMessage } from './fetch-error'

/** Why a URL may not be fetched, or null when it may. */
function refusal(url: URL): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `only http and https URLs can be fetched, not ${url.protocol.replace(/:$/, '')}`
  }
  if (!url.hostname) return 'the URL has no host name'
  // Credentials would be sent to every host along the redirect chain and written into the corpus.
  if (url.username || url.password) return 'URLs with a user name or password are refused'
  return null
}

/** Parses the URL a caller asked for; throws `invalid_url` for anything but a plain http(s) URL. */
export function checkRequestedUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new FetchError('invalid_url', value, 'not a valid URL')
  }
  const reason = refusal(url)
  if (reason) throw new FetchError('invalid_url', value, reason)
  return url
}

/**
 * Where a redirect leads, held to the same rules as the URL first asked for: a site must not be able
 * to send the fetcher to file:, ftp: or a URL with credentials.
 */
export function checkRedirectTarget(location: string, from: URL, requested: string): URL {
  let target: URL
  try {
    target = new URL(location, from)
  } catch {
    throw new FetchError('invalid_url', requested, `redirected to "${urlForMessage(location)}", which is not a valid URL`)
  }
  const reason = refusal(target)
  if (reason) throw new FetchError('invalid_url', requested, `redirected to ${urlForMessage(target.href)}, which was refused: ${reason}`)
  return target
}
