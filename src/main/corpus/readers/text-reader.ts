import { extname } from 'node:path'

import { decodeText } from './decode-text'
import { splitFrontMatter } from './front-matter'
import { markdownTitle, markdownToText } from './markdown-text'
import { readWholeText, sourceOf, type ReaderInput } from './reader-input'
import { UnreadableFileError, type ArticleFields, type RawRecord, type RecordSource } from './record-source'

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd'])

/** A first line longer than this is a paragraph, not a title: the file has no title line. */
const MAX_TITLE_CHARACTERS = 300

function isMarkdown(fileName: string): boolean {
  return MARKDOWN_EXTENSIONS.has(extname(fileName).toLowerCase())
}

/** The first line that says something is the title, the rest the text; a one-line note is both. */
function splitTitle(lines: string[], asTitle: (line: string) => string): { title: string | null; rest: string[] } {
  const index = lines.findIndex((line) => asTitle(line) !== '')
  if (index === -1) return { title: null, rest: lines }
  const title = asTitle(lines[index] as string)
  const rest = lines.slice(index + 1)
  if (title.length > MAX_TITLE_CHARACTERS) return { title: null, rest: lines.slice(index) }
  if (rest.every((line) => line.trim() === '')) return { title, rest: [lines[index] as string] }
  return { title, rest }
}

function textRecord(text: string, markdown: boolean): RawRecord {
  if (!markdown) {
    const { title, rest } = splitTitle(text.split('\n'), (line) => line.trim())
    return { record: 1, value: { ...(title ? { title } : {}), text: rest.join('\n').trim() } }
  }
  const { fields, body } = splitFrontMatter(text)
  const lines = body.split('\n')
  const { title, rest } = fields.title ? { title: null, rest: lines } : splitTitle(lines, markdownTitle)
  const value: ArticleFields = { ...fields, ...(title ? { title } : {}), text: markdownToText(rest.join('\n')).trim() }
  return { record: 1, value }
}

/**
 * One article from a plain-text (.txt) or Markdown (.md) file: the first line is the title and the
 * rest the text, Markdown reduced to plain prose. An empty file is an error for the whole file.
 */
export async function readTextFile(input: ReaderInput): Promise<RecordSource> {
  const { fileName, text, totalBytes } = await readWholeText(input, decodeText)
  const body = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  if (body.trim() === '') throw new UnreadableFileError('empty file')
  return sourceOf('txt', totalBytes, () => [textRecord(body, isMarkdown(fileName))])
}
