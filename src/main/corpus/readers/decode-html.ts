import { assertText, decodeText, detectEncoding, SNIFF_BYTES } from './decode-text'

/** Browsers look for the charset declaration in the first 1024 bytes; saved pages sometimes push it later. */
const PRESCAN_BYTES = 4096

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i

/** The charset a page declares, as a label TextDecoder knows, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES))
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase()
  if (!label) return null
  // The HTML standard reads a UTF-16 declaration in a byte-oriented prescan as UTF-8.
  if (label.startsWith('utf-16')) return 'utf-8'
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

/**
 * Text of a saved page. A BOM or valid UTF-8 wins over the declaration, since pages are often re-saved
 * as UTF-8 with the old meta tag left in; otherwise the declared charset, then decodeText's fallback.
 */
export function decodeHtml(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) return ''
  assertText(bytes.subarray(0, SNIFF_BYTES), fileName)
  const detected = detectEncoding(bytes)
  const declared = declaredCharset(bytes)
  if (detected !== 'windows-1252' || !declared || declared === 'utf-8') return decodeText(bytes, fileName)
  return new TextDecoder(declared).decode(bytes)
}
