export interface ContentType {
  /** Lower-case type/subtype without parameters; '' when the server sent none. */
  mime: string
  /** The charset parameter as sent, or null. */
  charset: string | null
}

/** Splits a Content-Type header; tolerant, because servers send every variation of it. */
export function parseContentType(header: string | undefined): ContentType {
  if (!header) return { mime: '', charset: null }
  const [essence = '', ...parameters] = header.split(';')
  let charset: string | null = null
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]*))/i.exec(parameter)
    const value = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim()
    if (value) {
      charset = value
      break
    }
  }
  return { mime: essence.trim().toLowerCase(), charset }
}
