import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../src/main/corpus/readers/csv-reader'
import { decodeText } from '../../src/main/corpus/readers/decode-text'
import { readFeed } from '../../src/main/corpus/readers/feed-reader'
import { readHtmlPage } from '../../src/main/corpus/readers/html-page-reader'
import { UnreadableFileError, type RecordSource } from '../../src/main/corpus/readers/record-source'
import { readTextFile } from '../../src/main/corpus/readers/text-reader'
import { useTempDirectory } from '../helpers/temp-directory'

const FIELDS = new Set(['text', 'html', 'title', 'url', 'outlet', 'published_at', 'author', 'language', 'country', 'external_id', 'tags'])

function isArticleFields(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  return Object.entries(value).every(
    ([key, field]) => FIELDS.has(key) && (typeof field === 'string' || (key === 'tags' && Array.isArray(field) && field.every((tag) => typeof tag === 'string')))
  )
}

/** A record is exactly one of: fields to validate, an error with its reason, or a page to fetch. */
function isRawRecord(candidate: unknown): boolean {
  if (typeof candidate !== 'object' || candidate === null) return false
  const { record, value, error, fetchUrl } = candidate as Record<string, unknown>
  if (!Number.isInteger(record) || (record as number) < 1) return false
  if (error !== undefined) return typeof error === 'string' && error.length > 0 && value === undefined && fetchUrl === undefined
  if (fetchUrl !== undefined) return typeof fetchUrl === 'string' && isArticleFields(value)
  return isArticleFields(value)
}

/** Opening the source and reading it through either works or fails with a per-file error; nothing else escapes. */
async function readsCleanly(open: () => Promise<RecordSource>): Promise<boolean> {
  let source: RecordSource
  try {
    source = await open()
  } catch (error) {
    if (error instanceof UnreadableFileError) return true
    throw error
  }
  try {
    for await (const record of source.records) {
      if (!isRawRecord(record)) throw new Error(`not a record: ${JSON.stringify(record)}`)
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) return true
    throw error
  }
  return source.bytesRead() >= 0
}

/** Strings built from the syntax a format cares about, which reach far more code than random text. */
function tokens(parts: string[], maxLength = 40): fc.Arbitrary<string> {
  return fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 6 })), { maxLength }).map((pieces) => pieces.join(''))
}

const CSV_TOKENS = ['title', 'text', 'body', 'tags', 'id', ',', ';', '\t', '|', '"', '""', '\n', '\r\n', '\r', ' ', 'a; b', '\ufeff', 'é']
/** A valid header, so the rows behind it are what gets exercised. */
const csvWithHeader = fc
  .tuple(fc.constantFrom(',', ';', '\t', '|'), tokens(CSV_TOKENS, 80))
  .map(([delimiter, body]) => `title${delimiter}text${delimiter}tags\n${body}`)
const HTML_TOKENS = [
  '<html lang="en">', '</html>', '<head>', '</head>', '<body>', '</body>', '<p>', '</p>', '<br>', '<div class="cookie">', '</div>', '<nav>', '</nav>',
  '<script>x()</script>', '<script type="application/ld+json">', '</script>', '{"@type":"NewsArticle","author":{"@id":"a"},"@graph":[', ']}', '<title>',
  '</title>', '<meta property="og:title" content="T">', '<meta charset="utf-8">', '<link rel="canonical" href="/x">', '<time datetime="2024-01-01">',
  '<!--', '-->', '<!doctype html>', '<', '>', '&amp;', 'words and more words. '
]
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Well-formed RSS and Atom with random values in every field, so the reader's item handling is what gets exercised. */
const feedXml: fc.Arbitrary<string> = (() => {
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('https://x.test/a', '/relative', '2024-01-02T03:04:05Z', 'not a date', ''))
  const html = tokens(HTML_TOKENS, 30).map((markup) => markup.replace(/\]\]>/g, ''))
  const element = (name: string, content: fc.Arbitrary<string>, attributes = '') => content.map((text) => `<${name}${attributes}>${text}</${name}>`)
  const optional = (arbitrary: fc.Arbitrary<string>) => fc.option(arbitrary, { nil: '' })
  const rssItem = fc
    .tuple(
      optional(element('title', value.map(escapeXml))),
      optional(element('link', value.map(escapeXml))),
      optional(element('pubDate', value.map(escapeXml))),
      optional(element('dc:creator', value.map(escapeXml))),
      optional(element('category', value.map(escapeXml), ' domain="d"')),
      optional(element('category', value.map(escapeXml))),
      optional(element('description', html.map(escapeXml))),
      optional(html.map((markup) => `<content:encoded><![CDATA[${markup}${'long words '.repeat(50)}]]></content:encoded>`))
    )
    .map((parts) => `<item>${parts.join('')}</item>`)
  const rss = fc
    .tuple(optional(element('title', value.map(escapeXml))), optional(element('link', value.map(escapeXml))), fc.array(rssItem, { maxLength: 4 }))
    .map(
      ([title, link, items]) =>
        `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${title}${link}${items.join('')}</channel></rss>`
    )
  const atomEntry = fc
    .tuple(
      optional(element('title', value.map(escapeXml), ' type="html"')),
      optional(value.map((href) => `<link href="${escapeXml(href)}"/>`)),
      optional(element('published', value.map(escapeXml))),
      optional(element('updated', value.map(escapeXml))),
      optional(value.map((name) => `<author><name>${escapeXml(name)}</name></author>`)),
      optional(value.map((term) => `<category term="${escapeXml(term)}"/>`)),
      optional(element('summary', html.map(escapeXml), ' type="html"')),
      optional(element('content', html.map((markup) => escapeXml(markup + ' more text'.repeat(60))), ' type="html"'))
    )
    .map((parts) => `<entry>${parts.join('')}</entry>`)
  const atom = fc
    .tuple(optional(element('title', value.map(escapeXml))), fc.array(atomEntry, { maxLength: 4 }))
    .map(([title, entries]) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${title}${entries.join('')}</feed>`)
  return fc.oneof(rss, atom)
})()

const MARKDOWN_TOKENS = ['# ', '## ', '**', '*', '_', '~~', '`', '```', '~~~', '[', '](', ')', '![', '> ', '- ', '1. ', '---\n', '\n', '\r\n', '|', ':', 'title: x', 'word ']

const RUNS = { numRuns: 250 }

describe('readers never fail with anything but a per-file error, and only produce records', () => {
  it('decodeText', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          return typeof decodeText(bytes, 'random.bin') === 'string'
        } catch (error) {
          return error instanceof UnreadableFileError
        }
      }),
      { numRuns: 500 }
    )
  })

  it('readCsv from text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 200 }), tokens(CSV_TOKENS), csvWithHeader),
        fc.constantFrom('a.csv', 'a.tsv'),
        (text, fileName) => readsCleanly(() => readCsv({ fileName, text }))
      ),
      RUNS
    )
  })

  describe('from files', () => {
    const directory = useTempDirectory()
    it('readCsv, readTextFile and readHtmlPage from random bytes on disk', async () => {
      const folder = directory()
      let counter = 0
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          const path = join(folder, `random-${counter++}`)
          writeFileSync(path, bytes)
          return (await readsCleanly(() => readCsv(path))) && (await readsCleanly(() => readTextFile(path))) && (await readsCleanly(() => readHtmlPage(path)))
        }),
        { numRuns: 150 }
      )
    })
  })

  it('readFeed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), feedXml), (xml) => readsCleanly(() => readFeed(xml, 'random.xml'))),
      RUNS
    )
  })

  it('readTextFile', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), tokens(MARKDOWN_TOKENS)), fc.constantFrom('a.txt', 'a.md'), (text, fileName) =>
        readsCleanly(() => readTextFile({ fileName, text }))
      ),
      RUNS
    )
  })

  it('readHtmlPage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), tokens(HTML_TOKENS)), (text) => readsCleanly(() => readHtmlPage({ fileName: 'random.html', text }))),
      RUNS
    )
  })

  it('the property checks are not vacuous', () => {
    expect(isRawRecord({ record: 1, value: { text: 'x', tags: ['a'] } })).toBe(true)
    expect(isRawRecord({ record: 1, fetchUrl: 'https://x.test', value: { title: 't' } })).toBe(true)
    expect(isRawRecord({ record: 0, value: {} })).toBe(false)
    expect(isRawRecord({ record: 1, value: { text: 1 } })).toBe(false)
    expect(isRawRecord({ record: 1, error: 'e', value: {} })).toBe(false)
  })
})
