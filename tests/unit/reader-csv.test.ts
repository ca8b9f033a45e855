import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { previewCsv, readCsv } from '../../src/main/corpus/readers/csv-reader'
import { UnreadableFileError, type RawRecord, type RecordSource } from '../../src/main/corpus/readers/record-source'
import { useTempDirectory } from '../helpers/temp-directory'

async function collect(source: RecordSource): Promise<RawRecord[]> {
  const records: RawRecord[] = []
  for await (const record of source.records) records.push(record)
  return records
}

const read = async (text: string, options = {}, fileName = 'articles.csv') => collect(await readCsv({ fileName, text }, options))

describe('readCsv', () => {
  it('maps columns by name and common synonyms, and numbers records by their line', async () => {
    const text = [
      'Headline,Body,Link,Date,Source,ID,Lang,Byline,Tags',
      'First,"A body that spans',
      'two lines",https://a.test/1,2024-01-02,Daily A,a-1,en,Ann Lee,"politics; local"',
      '',
      'Second,Second body,,,,,,,'
    ].join('\r\n')
    expect(await read(text)).toEqual([
      {
        record: 2,
        value: {
          title: 'First',
          text: 'A body that spans\ntwo lines',
          url: 'https://a.test/1',
          published_at: '2024-01-02',
          outlet: 'Daily A',
          external_id: 'a-1',
          language: 'en',
          author: 'Ann Lee',
          tags: ['politics', 'local']
        }
      },
      { record: 5, value: { title: 'Second', text: 'Second body' } }
    ])
  })

  it('follows an explicit mapping before names', async () => {
    const text = 'head,story,text\nT,the story,not this one\n'
    expect(await read(text, { mapping: { title: 'Head', text: 'story' } })).toEqual([{ record: 2, value: { title: 'T', text: 'the story' } }])
  })

  it('reports ragged rows and an unclosed quote on their lines and reads on', async () => {
    const text = [
      'title,text',
      'One,first',
      'Two,second,extra',
      'Three',
      'Four,He said "hello" twice',
      'Five,"never closed',
      'Six,sixth',
      'Seven,seventh'
    ].join('\n')
    expect(await read(text)).toEqual([
      { record: 2, value: { title: 'One', text: 'first' } },
      { record: 3, error: 'line 3: 3 fields where the header has 2 (a field with an unquoted delimiter?)' },
      { record: 4, error: 'line 4: 1 fields where the header has 2 (a missing field, or a line break inside an unquoted field?)' },
      { record: 5, value: { title: 'Four', text: 'He said "hello" twice' } },
      { record: 6, error: 'line 6: a quoted field starting here is never closed' },
      { record: 7, value: { title: 'Six', text: 'sixth' } },
      { record: 8, value: { title: 'Seven', text: 'seventh' } }
    ])
  })

  it('detects ; tab and | delimiters, and takes one when told', async () => {
    expect(await read('title;text\nA;one, two\n')).toEqual([{ record: 2, value: { title: 'A', text: 'one, two' } }])
    expect(await read('title\ttext\nA\tone; two\n', {}, 'a.tsv')).toEqual([{ record: 2, value: { title: 'A', text: 'one; two' } }])
    expect(await read('title|text\nA|one\n')).toEqual([{ record: 2, value: { title: 'A', text: 'one' } }])
    expect(await read('title;text\nA;one\n', { delimiter: ',' }, 'x.csv').catch((error) => error)).toBeInstanceOf(UnreadableFileError)
  })

  it('refuses a file without a text column, a mapping to a missing column, and an empty file', async () => {
    await expect(readCsv({ fileName: 'a.csv', text: 'title,summary\nA,B\n' })).rejects.toThrow(/no column holds the article text/)
    await expect(readCsv({ fileName: 'a.csv', text: 'title,body\nA,B\n' }, { mapping: { text: 'content' } })).rejects.toThrow(
      'the column mapping text=content: the header has no column "content" (columns: "title", "body")'
    )
    await expect(readCsv({ fileName: 'a.csv', text: 'title,body\n' }, { mapping: { summary: 'body' } })).rejects.toThrow(/"summary", which is not an article field/)
    await expect(readCsv({ fileName: 'a.csv', text: '  \n' })).rejects.toThrow(UnreadableFileError)
  })

  describe('from a file', () => {
    const directory = useTempDirectory()

    it('streams a large file and reports progress as it goes', async () => {
      const path = join(directory(), 'big.csv')
      const rows = ['id,title,text']
      for (let index = 1; index <= 30_000; index++) rows.push(`${index},Title ${index},"Text of article ${index}, with a comma and ""quotes"""`)
      writeFileSync(path, rows.join('\r\n'))
      const source = await readCsv(path)
      expect(source.totalBytes).toBeGreaterThan(2_000_000)
      let count = 0
      let progressSeen = false
      for await (const record of source.records) {
        count++
        if (count === 1) expect(record).toEqual({ record: 2, value: { external_id: '1', title: 'Title 1', text: 'Text of article 1, with a comma and "quotes"' } })
        if (count === 30_000) expect(record.record).toBe(30_001)
        const read = source.bytesRead()
        if (read > 0 && read < source.totalBytes) progressSeen = true
      }
      expect(count).toBe(30_000)
      expect(progressSeen).toBe(true)
      expect(source.bytesRead()).toBe(source.totalBytes)
    })

    it('reads UTF-16 and Windows-1252 files', async () => {
      const utf16 = join(directory(), 'utf16.csv')
      writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title,text\nCafé,Crème brûlée\n', 'utf16le')]))
      expect(await collect(await readCsv(utf16))).toEqual([{ record: 2, value: { title: 'Café', text: 'Crème brûlée' } }])
      const latin = join(directory(), 'latin.csv')
      writeFileSync(latin, Buffer.from('title;text\nMüller;Straße\n', 'latin1'))
      expect(await collect(await readCsv(latin))).toEqual([{ record: 2, value: { title: 'Müller', text: 'Straße' } }])
    })

    it('resumes after an unclosed quote in a file too', async () => {
      const path = join(directory(), 'quote.csv')
      writeFileSync(path, 'title,text\nA,"open\nB,fine\n')
      expect(await collect(await readCsv(path))).toEqual([
        { record: 2, error: 'line 2: a quoted field starting here is never closed' },
        { record: 3, value: { title: 'B', text: 'fine' } }
      ])
    })

    it('refuses a missing file and a binary one', async () => {
      await expect(readCsv(join(directory(), 'none.csv'))).rejects.toThrow('file not found')
      const png = join(directory(), 'image.csv')
      writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
      await expect(readCsv(png)).rejects.toThrow(/^binary file/)
    })
  })
})

describe('previewCsv', () => {
  const directory = useTempDirectory()

  it('shows the header, the first rows, the delimiter and a suggested mapping', () => {
    const text = 'Headline;Body;Published;Notes\nA;one;2024-01-01;x\nB;two;2024-01-02;y\nC;three;;z\n'
    expect(previewCsv({ fileName: 'a.csv', text }, 2)).toEqual({
      columns: ['Headline', 'Body', 'Published', 'Notes'],
      rows: [
        ['A', 'one', '2024-01-01', 'x'],
        ['B', 'two', '2024-01-02', 'y']
      ],
      suggestedMapping: { title: 'Headline', text: 'Body', published_at: 'Published' },
      delimiter: ';'
    })
  })

  it('reads only the start of a file', () => {
    const path = join(directory(), 'wide.csv')
    const rows = ['title,content']
    for (let index = 0; index < 20_000; index++) rows.push(`T${index},"body ${index}"`)
    writeFileSync(path, rows.join('\n'))
    const preview = previewCsv(path)
    expect(preview.columns).toEqual(['title', 'content'])
    expect(preview.rows).toHaveLength(5)
    expect(preview.suggestedMapping).toEqual({ title: 'title', text: 'content' })
  })
})
