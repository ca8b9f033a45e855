import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markdownToText } from '../../src/main/corpus/readers/markdown-text'
import type { RawRecord, RecordSource } from '../../src/main/corpus/readers/record-source'
import { readTextFile } from '../../src/main/corpus/readers/text-reader'
import { useTempDirectory } from '../helpers/temp-directory'

async function only(source: RecordSource): Promise<RawRecord> {
  const records: RawRecord[] = []
  for await (const record of source.records) records.push(record)
  expect(records).toHaveLength(1)
  return records[0] as RawRecord
}

const read = async (fileName: string, text: string) => only(await readTextFile({ fileName, text }))

describe('readTextFile', () => {
  it('takes the first non-empty line of a .txt as the title and the rest as the text', async () => {
    const record = await read('note.txt', '\n\n  Water rates to rise  \r\n\r\nThe utility said rates would rise.\r\nA second line *stays* as written.\r\n')
    expect(record).toEqual({ record: 1, value: { title: 'Water rates to rise', text: 'The utility said rates would rise.\nA second line *stays* as written.' } })
  })

  it('turns Markdown into plain prose', async () => {
    const markdown = [
      '# **Rail strike** called off',
      '',
      'Unions and the operator reached a deal on *Sunday*, the [union said](https://union.test/news "statement").',
      '',
      '![A train at the platform](train.jpg)',
      '',
      '## What changes',
      '',
      '- Pay rises by **4%** this year',
      '* Night shifts get an _extra_ break',
      '1. Talks resume in the autumn',
      '',
      '> "We are relieved," said a commuter.',
      '',
      '```text',
      'timetable_v2 stays',
      '```',
      '',
      'Details are in the `agreement` and in [the PDF][doc]; snake_case_names stay.',
      '',
      '---',
      '',
      '[doc]: https://union.test/deal.pdf'
    ].join('\n')
    const record = await read('strike.md', markdown)
    expect(record.value).toEqual({
      title: 'Rail strike called off',
      text: [
        'Unions and the operator reached a deal on Sunday, the union said.',
        '',
        'What changes',
        '',
        'Pay rises by 4% this year',
        'Night shifts get an extra break',
        '1. Talks resume in the autumn',
        '',
        '"We are relieved," said a commuter.',
        '',
        'timetable_v2 stays',
        '',
        'Details are in the agreement and in the PDF; snake_case_names stay.'
      ].join('\n')
    })
    expect((record.value as { text: string }).text).not.toMatch(/[#*[\]`]|https?:/)
  })

  it('reads YAML front matter in Markdown', async () => {
    const record = await read(
      'post.md',
      '---\ntitle: "Harbour wall repaired"\ndate: 2024-06-01\nauthor: Kim Ode\ntags: [harbour, works]\n---\n\nThe wall is fixed.\n'
    )
    expect(record.value).toEqual({ title: 'Harbour wall repaired', published_at: '2024-06-01', author: 'Kim Ode', tags: ['harbour', 'works'], text: 'The wall is fixed.' })
  })

  it('uses a one-line note as both title and text, and a long first line as text only', async () => {
    expect((await read('one.txt', 'Meeting moved to Thursday.')).value).toEqual({ title: 'Meeting moved to Thursday.', text: 'Meeting moved to Thursday.' })
    const paragraph = 'word '.repeat(100).trim()
    expect((await read('long.txt', `${paragraph}\nNext line.`)).value).toEqual({ text: `${paragraph}\nNext line.` })
  })

  it('refuses an empty file', async () => {
    await expect(readTextFile({ fileName: 'empty.txt', text: '' })).rejects.toThrow('empty file')
    await expect(readTextFile({ fileName: 'blank.md', text: ' \n\t\n' })).rejects.toThrow('empty file')
  })

  describe('from disk', () => {
    const directory = useTempDirectory()
    it('decodes the file and refuses binary content', async () => {
      const path = join(directory(), 'latin.txt')
      writeFileSync(path, Buffer.from('Café Müller\nÖffnungszeiten geändert.', 'latin1'))
      const source = await readTextFile(path)
      expect(source.format).toBe('txt')
      expect((await only(source)).value).toEqual({ title: 'Café Müller', text: 'Öffnungszeiten geändert.' })
      const empty = join(directory(), 'empty.txt')
      writeFileSync(empty, '')
      await expect(readTextFile(empty)).rejects.toThrow('empty file')
      const zip = join(directory(), 'archive.txt')
      writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))
      await expect(readTextFile(zip)).rejects.toThrow(/^binary file/)
    })
  })
})

describe('markdownToText', () => {
  it('leaves plain prose alone', () => {
    expect(markdownToText('Prices rose 3 * 2 = 6 percent, said 2_000 people.')).toBe('Prices rose 3 * 2 = 6 percent, said 2_000 people.')
  })
})
