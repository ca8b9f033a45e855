import { isHtmlType } from './accepted-content'

/** How far into the body to look for a declaration; pages put <meta charset> early but not always in the first 1024 bytes. */
const PRESCAN_BYTES = 4096

/** The WHATWG name of the encoding a label stands for (iso-8859-1 → windows-1252), or null if TextDecoder does not know it. */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (!label) return null
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return null
  }
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Byte-for-byte, so the ASCII of a declaration survives whatever encoding the rest is in. */
function asciiView(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(length, bytes.byteLength)).toString('latin1')
}

function encodingFromXmlDeclaration(bytes: Uint8Array): string | null {
  const match = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(asciiView(bytes, 256))
  return encodingForLabel(match?.[1])
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = (match[1] ?? '').toLowerCase()
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

/** A cut-down version of the HTML prescan: the first <meta charset> or <meta http-equiv=content-type> that names a known encoding. */
function encodingFromMeta(bytes: Uint8Array): string | null {
  const head = asciiView(bytes, PRESCAN_BYTES).replace(/<!--[\s\S]*?-->/g, '')
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/gi)) {
    const attributes = attributesOf(tag.slice(5))
    let label = attributes.get('charset')
    if (label === undefined && attributes.get('http-equiv')?.toLowerCase() === 'content-type') {
      label = /charset\s*=\s*["']?([^\s"';]+)/i.exec(attributes.get('content') ?? '')?.[1]
    }
    const encoding = encodingForLabel(label)
    if (!encoding) continue
    // A page that could be read to find its <meta> is ASCII-compatible, so it cannot really be UTF-16.
    if (encoding.startsWith('utf-16')) return 'utf-8'
    return encoding === 'x-user-defined' ? 'windows-1252' : encoding
  }
  return null
}

/**
 * The encoding to decode a body with: byte order mark, then the Content-Type charset, then what the
 * document declares (XML declaration, or <meta> for HTML), then UTF-8.
 */
export function detectEncoding(bytes: Uint8Array, headerCharset: string | null, mime: string): string {
  const declaredInMeta = () => (isHtmlType(mime) || mime === '' ? encodingFromMeta(bytes) : null)
  return (
    encodingFromBom(bytes) ??
    encodingForLabel(headerCharset) ??
    encodingFromXmlDeclaration(bytes) ??
    declaredInMeta() ??
    'utf-8'
  )
}

/** Decodes leniently: a stray invalid byte becomes U+FFFD rather than losing the whole page. */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes)
}
