export type FetchErrorCode =
  | 'invalid_url'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'wrong_content_type'
  | 'network'

/** Long enough to recognise a URL in an import report, short enough not to swamp it. */
const URL_MESSAGE_LIMIT = 300

/**
 * A URL as it may appear in a report: a password typed into a URL must not end up in an import report,
 * and a pasted blob must not fill it.
 */
export function urlForMessage(value: string): string {
  let shown = value.trim()
  try {
    const url = new URL(shown)
    if (url.username || url.password) {
      url.username = '***'
      url.password = ''
      shown = url.href
    }
  } catch {
    // Not a URL at all: shown as typed, it is what the researcher needs to find in their list.
  }
  return shown.length > URL_MESSAGE_LIMIT ? `${shown.slice(0, URL_MESSAGE_LIMIT)}…` : shown
}

/**
 * Why one URL could not be fetched. `reason` reads on its own next to the URL in an import report;
 * `message` names the URL too, for logs and the CLI.
 */
export class FetchError extends Error {
  override readonly name = 'FetchError'
  /** The URL as requested, with any credentials masked. */
  readonly url: string

  constructor(
    readonly code: FetchErrorCode,
    url: string,
    readonly reason: string,
    /** The HTTP status, for `http_status` errors. */
    readonly status?: number
  ) {
    const shown = urlForMessage(url)
    super(`${shown}: ${reason}`)
    this.url = shown
  }
}
