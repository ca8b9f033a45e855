const TLS_CODE = /^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

/** A researcher-readable reason for a failure below HTTP: DNS, TCP, TLS, a broken response. */
export function describeNetworkError(error: unknown, hostname: string): string {
  const code = errorCode(error)
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not find the server ${hostname} (DNS lookup failed)`
  if (code === 'ECONNREFUSED') return `${hostname} refused the connection`
  if (code === 'ECONNRESET' || code === 'EPIPE') return `${hostname} closed the connection unexpectedly`
  if (code === 'ETIMEDOUT') return `the connection to ${hostname} timed out`
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `${hostname} cannot be reached from this network`
  if (TLS_CODE.test(code)) return `the secure connection to ${hostname} failed (${code})`
  if (code.startsWith('HPE_')) return `${hostname} sent a malformed HTTP response`
  const message = error instanceof Error ? error.message : String(error)
  return `network error: ${message}`
}
