import { UnreadableFileError } from './record-source'

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** How much of a file decides its encoding and whether it is text at all. */
export const SNIFF_BYTES = 64 * 1024

const MAGIC_NUMBERS: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive or Office document' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'ZIP archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF document' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: 'RAR archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'zstd archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'old Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], kind: 'SQLite database' }
]

/** Above this share of control characters a file is not prose in any encoding. */
const CONTROL_SHARE_LIMIT = 0.1

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte)
}

function bomEncoding(bytes: Uint8Array): TextEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8'
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be'
  return null
}

/**
 * UTF-16 without a BOM shows as NUL bytes on one side of each pair (the high byte of Latin text);
 * binary data has NULs too, but scattered on both sides.
 */
function utf16ByNulPattern(sample: Uint8Array): TextEncoding | null {
  const pairs = Math.floor(sample.length / 2)
  if (pairs === 0) return null
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index < pairs * 2; index += 2) {
    if (sample[index] === 0) evenNuls++
    if (sample[index + 1] === 0) oddNuls++
  }
  if (oddNuls / pairs >= 0.3 && evenNuls / pairs <= 0.05) return 'utf-16le'
  if (evenNuls / pairs >= 0.3 && oddNuls / pairs <= 0.05) return 'utf-16be'
  return null
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f
}

function controlShare(codes: ArrayLike<number>): number {
  if (codes.length === 0) return 0
  let controls = 0
  for (let index = 0; index < codes.length; index++) if (isControl(codes[index] as number)) controls++
  return controls / codes.length
}

function decodedControlShare(sample: Uint8Array, encoding: TextEncoding): number {
  const text = new TextDecoder(encoding).decode(sample, { stream: true })
  return controlShare(Array.from(text, (character) => character.charCodeAt(0)))
}

function isValidUtf8(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream })
    return true
  } catch {
    return false
  }
}

/**
 * A sequence cut off at the very end is the edge of a sample when UTF-8 shows elsewhere, and a
 * Latin-1 letter (a final "é") when nothing else is beyond ASCII.
 */
function isUtf8(bytes: Uint8Array): boolean {
  if (isValidUtf8(bytes, false)) return true
  if (!isValidUtf8(bytes, true)) return false
  return bytes.subarray(0, Math.max(0, bytes.length - 3)).some((byte) => byte >= 0x80)
}

/** Why a sample is not text, or null when it is. */
function binaryReason(sample: Uint8Array): string | null {
  const magic = MAGIC_NUMBERS.find((entry) => startsWith(sample, entry.bytes))
  if (magic) return magic.kind
  const bom = bomEncoding(sample)
  const utf16 = bom ? (bom === 'utf-8' ? null : bom) : utf16ByNulPattern(sample)
  if (utf16) return decodedControlShare(sample, utf16) > CONTROL_SHARE_LIMIT ? 'mostly control characters' : null
  if (sample.includes(0)) return 'contains NUL bytes'
  return controlShare(sample) > CONTROL_SHARE_LIMIT ? 'mostly control characters' : null
}

/** True for images, archives, executables and anything else that is not text in a known encoding. */
export function isProbablyBinary(sample: Uint8Array): boolean {
  return binaryReason(sample) !== null
}

/**
 * The encoding of a file from its start (or all of it). A TextDecoder for it drops the BOM by itself.
 * Windows-1252 rather than ISO-8859-1: it is what "Latin-1" files really hold (curly quotes, €).
 */
export function detectEncoding(sample: Uint8Array): TextEncoding {
  return bomEncoding(sample) ?? utf16ByNulPattern(sample) ?? (isUtf8(sample) ? 'utf-8' : 'windows-1252')
}

/** Throws the per-file error for content that is not text. */
export function assertText(sample: Uint8Array, fileName: string): void {
  const reason = binaryReason(sample)
  if (reason) throw new UnreadableFileError(`binary file (${fileName}: ${reason})`)
}

/**
 * Text of a file in whatever encoding it was saved: BOM first, then UTF-16 by its NUL pattern, then
 * UTF-8 if it is valid, else Windows-1252. The BOM never reaches the text.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) return ''
  const sample = bytes.subarray(0, SNIFF_BYTES)
  assertText(sample, fileName)
  return new TextDecoder(detectEncoding(bytes)).decode(bytes)
}
