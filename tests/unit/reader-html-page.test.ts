import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractMainText, htmlFragmentText } from '../../src/main/corpus/html-text'
import { readHtmlPage } from '../../src/main/corpus/readers/html-page-reader'
import type { RawRecord, RecordSource } from '../../src/main/corpus/readers/record-source'
import { FIXTURES, useTempDirectory } from '../helpers/temp-directory'

async function only(source: RecordSource): Promise<RawRecord> {
  const records: RawRecord[] = []
  for await (const record of source.records) records.push(record)
  expect(records).toHaveLength(1)
  return records[0] as RawRecord
}

const page = (name: string) => join(FIXTURES, 'readers', name)

describe('readHtmlPage', () => {
  it('takes title, author, date, outlet, address and language from og: and article: tags', async () => {
    const source = await readHtmlPage(page('og-article.html'))
    expect(source.format).toBe('html')
    const record = await only(source)
    expect(record.value).toEqual({
      title: 'Council approves a larger budget for schools',
      text: expect.stringMatching(/^The city council voted on Tuesday[\s\S]*before the summer recess\.$/),
      // A relative canonical link resolves against the page's own absolute address.
      url: 'https://www.example-times.test/news/council-budget?ref=canonical',
      published_at: '2024-03-05T09:30:00+00:00',
      author: 'Jane Reporter',
      language: 'en-GB',
      outlet: 'The Example Times'
    })
    expect((record.value as { text: string }).text.split('\n\n')).toHaveLength(3)
    expect(source.bytesRead()).toBe(source.totalBytes)
  })

  it('reads a NewsArticle inside a JSON-LD @graph, following @id references', async () => {
    const record = await only(await readHtmlPage(page('jsonld-graph.html')))
    expect(record.value).toEqual({
      title: 'Flood defences delayed again',
      text: expect.stringContaining('temporary defences would stay in place'),
      url: 'https://gazette.test/2024/flood-defences',
      published_at: '2024-02-11T07:00:00Z',
      author: 'Omar Field, Lena Park',
      language: 'en-US',
      outlet: 'Riverside Gazette'
    })
  })

  it('reads a minimal page and leaves out what it does not say', async () => {
    const record = await only(await readHtmlPage(page('minimal.html')))
    expect(record.value).toEqual({ text: 'A short note: the library reopens on Monday.' })
  })

  it('keeps scripts, navigation, a cookie banner and dialogs out of the text', async () => {
    const record = await only(await readHtmlPage(page('cluttered.html')))
    const text = (record.value as { text: string }).text
    expect(text).toBe(
      [
        'The old stone bridge over the canal reopened to traffic on Friday after eight months of repairs to its arches.',
        'Engineers replaced the worn mortar and strengthened the foundations, which had been damaged by a barge collision.',
        'Shopkeepers on both sides said business had fallen while the detour was in place.'
      ].join('\n\n')
    )
    expect(text).not.toMatch(/MARKER|cookies|<|>/)
    expect(record.value).toMatchObject({ title: 'Bridge reopens after repairs', language: 'en' })
  })

  it('decodes a Latin-1 page by its declared charset', async () => {
    const record = await only(await readHtmlPage(page('latin1.html')))
    expect(record.value).toMatchObject({ title: 'Café Müller schließt', text: expect.stringContaining('Das Café Müller am Marktplatz schließt') })
    const cyrillic = await only(await readHtmlPage(page('cp1251.html')))
    expect(cyrillic.value).toEqual({ title: 'Новости', text: 'Городской совет утвердил бюджет.' })
  })

  it('makes a page without readable text an error record, and an empty file a file error', async () => {
    const record = await only(await readHtmlPage({ fileName: 'blank.html', text: '<html><head><title>Nothing</title></head><body><script>x()</script></body></html>' }))
    expect(record).toEqual({ record: 1, error: 'the page has no readable text' })
    await expect(readHtmlPage({ fileName: 'empty.html', text: '  ' })).rejects.toThrow('empty file')
  })

  describe('from disk', () => {
    const directory = useTempDirectory()
    it('refuses a missing or binary file', async () => {
      await expect(readHtmlPage(join(directory(), 'missing.html'))).rejects.toThrow('file not found')
      const path = join(directory(), 'image.html')
      writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))
      await expect(readHtmlPage(path)).rejects.toThrow(/^binary file/)
    })
  })

  it('uses the address a fetched page came from to resolve its canonical link', async () => {
    const html = '<html><head><link rel="canonical" href="/story/1"></head><body><p>Enough words to be a story about something.</p></body></html>'
    const record = await only(await readHtmlPage({ fileName: 'https://news.test/story/1?utm_source=x', text: html }))
    expect(record.value).toMatchObject({ url: 'https://news.test/story/1' })
  })
})

describe('html-text', () => {
  it('reads fragments and pages without <body>, keeping text between blocks', () => {
    expect(extractMainText('<p>Just a fragment of text.</p>').text).toBe('Just a fragment of text.')
    expect(extractMainText('plain words').text).toBe('plain words')
    expect(extractMainText('').text).toBe('')
    expect(htmlFragmentText('First paragraph.<br><br>Second paragraph.<p>Third.</p>Loose tail <b>bold</b><script>no()</script>')).toBe(
      'First paragraph.\n\nSecond paragraph.\n\nThird.\n\nLoose tail bold'
    )
  })
})
