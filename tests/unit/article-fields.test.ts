import { describe, expect, it } from 'vitest'
import { normalizeArticleRecord, normalizePublishedAt } from '../../src/main/corpus/article-record'
import { canonicalUrl, outletDomain, parseWebUrl } from '../../src/main/corpus/canonical-url'
import { contentHash, countWords } from '../../src/main/corpus/text-measures'

describe('canonicalUrl', () => {
  it('drops what does not identify the page', () => {
    expect(canonicalUrl('HTTPS://WWW.Example.COM/News/Story/?utm_source=x&utm_medium=y&fbclid=1&gclid=2#top')).toBe('https://example.com/News/Story')
    expect(canonicalUrl('https://example.com/a?id=7&utm_campaign=z')).toBe('https://example.com/a?id=7')
    expect(canonicalUrl('https://example.com:443/')).toBe('https://example.com')
    expect(canonicalUrl('http://example.com/path/')).toBe('http://example.com/path')
  })
  it('refuses anything that is not http(s)', () => {
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/x', 'not a url', 'https://', 'data:text/html,hi']) {
      expect(canonicalUrl(bad), bad).toBeNull()
      expect(parseWebUrl(bad), bad).toBeNull()
    }
  })
  it('names the outlet domain without www.', () => {
    expect(outletDomain('https://www.BBC.co.uk/news/1')).toBe('bbc.co.uk')
    expect(outletDomain('mailto:x@y.z')).toBeNull()
  })
})

describe('normalizePublishedAt', () => {
  it('keeps dates, converts date-times to UTC, refuses the rest', () => {
    expect(normalizePublishedAt('2025-02-28')).toBe('2025-02-28')
    expect(normalizePublishedAt('2025-02-30')).toBeNull()
    expect(normalizePublishedAt('2025-06-01T10:00:00+02:00')).toBe('2025-06-01T08:00:00.000Z')
    expect(normalizePublishedAt('2025-06-01 10:00')).toMatch(/^2025-06-01T/)
    expect(normalizePublishedAt('2025-06-01T10:00:00.123Z')).toBe('2025-06-01T10:00:00.123Z')
    for (const bad of ['yesterday', '01/06/2025', '2025', '2025-13-01', 'June 1, 2025']) expect(normalizePublishedAt(bad), bad).toBeNull()
  })
})

describe('normalizeArticleRecord', () => {
  it('names the field that is wrong', () => {
    expect(normalizeArticleRecord({ text: 5 })).toEqual({ ok: false, reason: expect.stringMatching(/^text: /) })
    expect(normalizeArticleRecord({ text: 'x', tags: [1, 2] })).toEqual({ ok: false, reason: expect.stringMatching(/^tags/) })
    expect(normalizeArticleRecord({ text: 'x', url: 'javascript:alert(1)' })).toEqual({ ok: false, reason: 'url "javascript:alert(1)" is not an http(s) URL' })
    expect(normalizeArticleRecord(null)).toEqual({ ok: false, reason: 'record is not a JSON object' })
    expect(normalizeArticleRecord([])).toEqual({ ok: false, reason: 'record is not a JSON object' })
    expect(normalizeArticleRecord({ text: '   \n  ' })).toEqual({ ok: false, reason: 'text is missing or empty (give "text" or "html")' })
  })
  it('accepts nulls for optional fields and ignores unknown ones', () => {
    const result = normalizeArticleRecord({ text: 'Body.', title: null, url: null, language: 'PT-br', something_else: { deep: true } })
    expect(result).toMatchObject({ ok: true, article: { title: '', url: null, language: 'pt-br', wordCount: 1 } })
  })
})

describe('text measures', () => {
  it('counts words across scripts, with contractions and hyphens as one', () => {
    expect(countWords("It's a well-known fact: 3 000 people.")).toBe(7)
    expect(countWords('東京 привет مرحبا 🌏')).toBe(3)
    expect(countWords('')).toBe(0)
  })
  it('hashes text so that layout and case do not matter', () => {
    expect(contentHash('Hello\r\n  World ')).toBe(contentHash('hello world'))
    expect(contentHash('hello world')).not.toBe(contentHash('hello, world'))
  })
})
