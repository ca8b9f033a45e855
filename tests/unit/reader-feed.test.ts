import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFeed } from '../../src/main/corpus/readers/feed-reader'
import { UnreadableFileError, type RawRecord, type RecordSource } from '../../src/main/corpus/readers/record-source'
import { FIXTURES } from '../helpers/temp-directory'

async function collect(source: RecordSource): Promise<RawRecord[]> {
  const records: RawRecord[] = []
  for await (const record of source.records) records.push(record)
  return records
}

const fixture = (name: string) => readFileSync(join(FIXTURES, 'readers', name), 'utf8')

describe('readFeed', () => {
  it('turns RSS items with content:encoded into articles and teasers into pages to fetch', async () => {
    const source = await readFeed(fixture('rss-full.xml'), 'rss-full.xml')
    expect(source.format).toBe('rss')
    const [full, teaser, ...rest] = await collect(source)
    expect(rest).toEqual([])
    expect(full).toEqual({
      record: 1,
      value: {
        title: 'Ferry service to resume in May',
        url: 'https://harbour-herald.test/news/ferry-resumes',
        published_at: '2024-04-02T08:15:00.000Z',
        author: 'Mara Quinn',
        tags: ['Transport', 'Local'],
        outlet: 'Harbour Herald',
        language: 'en-gb',
        text: expect.stringMatching(/^The ferry between the harbour[\s\S]*suits commuters\.$/)
      }
    })
    const text = (full?.value as { text: string }).text
    expect(text.split('\n\n')).toHaveLength(3)
    expect(text).not.toMatch(/trackView|<p>/)
    // A relative link resolves against the channel's link.
    expect(teaser).toEqual({
      record: 2,
      fetchUrl: 'https://harbour-herald.test/news/teaser-only',
      value: {
        title: 'Short item with a teaser only',
        url: 'https://harbour-herald.test/news/teaser-only',
        published_at: '2024-04-03T10:00:00.000Z',
        outlet: 'Harbour Herald',
        language: 'en-gb'
      }
    })
    expect(source.bytesRead()).toBe(source.totalBytes)
  })

  it('makes Atom entries with only a summary into pages to fetch', async () => {
    const records = await collect(await readFeed(fixture('atom-summary.xml'), 'https://valley-courier.test/feed.atom'))
    expect(records).toEqual([
      {
        record: 1,
        fetchUrl: 'https://valley-courier.test/2024/05/late-harvest',
        value: {
          title: 'Orchard growers expect a late harvest',
          url: 'https://valley-courier.test/2024/05/late-harvest',
          published_at: '2024-05-01T06:00:00.000Z',
          author: 'Ines Brook',
          tags: ['agriculture'],
          outlet: 'Valley Courier'
        }
      },
      {
        record: 2,
        fetchUrl: 'https://valley-courier.test/2024/05/library-hours',
        value: {
          title: 'Library extends its opening hours',
          url: 'https://valley-courier.test/2024/05/library-hours',
          published_at: '2024-04-30T09:00:00.000Z',
          outlet: 'Valley Courier'
        }
      }
    ])
  })

  it('keeps a long Atom summary as the article text', async () => {
    const long = 'The regional council has published its plan for the valley roads. '.repeat(8)
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>V</title><entry><title>Roads</title><link href="https://v.test/roads"/><summary type="html">&lt;p&gt;${long}&lt;/p&gt;</summary></entry></feed>`
    const [record] = await collect(await readFeed(atom, 'v.atom'))
    expect(record).toMatchObject({ record: 1, value: { title: 'Roads', text: long.trim() } })
    expect(record?.fetchUrl).toBeUndefined()
  })

  it('refuses broken XML and XML that is not a feed with the parser’s message', async () => {
    const broken = await readFeed(fixture('broken.xml'), 'broken.xml').catch((error: unknown) => error)
    expect(broken).toBeInstanceOf(UnreadableFileError)
    expect((broken as Error).message).toMatch(/^not a readable RSS or Atom feed \(Unexpected close tag/)
    await expect(readFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml')).rejects.toThrow(
      'not a readable RSS or Atom feed (Feed not recognized as RSS 1 or 2.)'
    )
    await expect(readFeed('', 'empty.xml')).rejects.toThrow(UnreadableFileError)
  })

  it('keeps an entry whose date cannot be read, undated, instead of failing the feed', async () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>V</title><entry><title>Undated</title><link href="https://v.test/u"/><published>last Tuesday</published></entry></feed>'
    expect(await collect(await readFeed(atom, 'v.atom'))).toEqual([
      { record: 1, fetchUrl: 'https://v.test/u', value: { title: 'Undated', url: 'https://v.test/u', outlet: 'V' } }
    ])
  })

  it('reports an item with neither content nor a link', async () => {
    const rss = '<rss version="2.0"><channel><title>T</title><item><title>Nothing here</title></item></channel></rss>'
    expect(await collect(await readFeed(rss, 'x.rss'))).toEqual([{ record: 1, error: 'feed item 1 has neither content nor a link' }])
  })
})
