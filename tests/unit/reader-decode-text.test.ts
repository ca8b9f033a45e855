import { describe, expect, it } from 'vitest'
import { decodeText, detectEncoding, isProbablyBinary } from '../../src/main/corpus/readers/decode-text'
import { UnreadableFileError } from '../../src/main/corpus/readers/record-source'

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (endian === 'le') bytes.push(code & 0xff, code >> 8)
    else bytes.push(code >> 8, code & 0xff)
  }
  return new Uint8Array(bytes)
}

const PNG_HEADER = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
const ZIP_HEADER = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])

describe('decodeText', () => {
  it('reads UTF-16 LE and BE with a BOM, without the BOM in the text', () => {
    expect(decodeText(utf16('Café Müller, 5 €', 'le', true), 'a.txt')).toBe('Café Müller, 5 €')
    expect(decodeText(utf16('Café Müller, 5 €', 'be', true), 'a.txt')).toBe('Café Müller, 5 €')
  })

  it('recognises UTF-16 LE without a BOM by its NUL bytes', () => {
    expect(decodeText(utf16('title,text\nHello,World\n', 'le', false), 'a.csv')).toBe('title,text\nHello,World\n')
    expect(detectEncoding(utf16('plain words', 'be', false))).toBe('utf-16be')
  })

  it('falls back to Windows-1252 for Latin-1 bytes', () => {
    const latin1 = new Uint8Array(Buffer.from('Café Müller', 'latin1'))
    expect(decodeText(latin1, 'a.txt')).toBe('Café Müller')
    // Windows-1252 has curly quotes and the euro sign where ISO-8859-1 has control characters.
    expect(decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x80]), 'a.txt')).toBe('“Hi” €')
    expect(decodeText(new Uint8Array(Buffer.from('café', 'latin1')), 'a.txt')).toBe('café')
  })

  it('reads UTF-8 and strips its BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Zürich – Genève')]), 'a.txt')).toBe('Zürich – Genève')
    expect(decodeText(new Uint8Array(Buffer.from('naïve 日本')), 'a.txt')).toBe('naïve 日本')
  })

  it('keeps UTF-8 when a sample cuts a character at its end', () => {
    const bytes = new Uint8Array(Buffer.from('déjà vu – ü'))
    expect(decodeText(bytes.subarray(0, bytes.length - 1), 'a.txt').startsWith('déjà vu – ')).toBe(true)
  })

  it('refuses a PNG, a ZIP and NUL-ridden data as binary files', () => {
    expect(() => decodeText(PNG_HEADER, 'photo.png')).toThrow(UnreadableFileError)
    expect(() => decodeText(PNG_HEADER, 'photo.png')).toThrow(/^binary file \(photo\.png: PNG image\)$/)
    expect(() => decodeText(ZIP_HEADER, 'doc.docx')).toThrow(/^binary file \(doc\.docx: ZIP/)
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01]), 'x.txt')).toThrow(/^binary file/)
    expect(() => decodeText(new Uint8Array([1, 2, 3, 4, 5, 6, 65, 66]), 'x.txt')).toThrow(/control characters/)
  })

  it('returns nothing for empty input', () => {
    expect(decodeText(new Uint8Array(0), 'empty.txt')).toBe('')
  })
})

describe('isProbablyBinary', () => {
  it('tells text from binary', () => {
    expect(isProbablyBinary(PNG_HEADER)).toBe(true)
    expect(isProbablyBinary(ZIP_HEADER)).toBe(true)
    expect(isProbablyBinary(new Uint8Array(Buffer.from('plain text\twith tabs\r\n')))).toBe(false)
    expect(isProbablyBinary(utf16('UTF-16 text is text', 'le', false))).toBe(false)
    expect(isProbablyBinary(new Uint8Array(0))).toBe(false)
  })
})
