import { extractFromDocument, parseHtmlDocument } from '../html-text'
import { decodeHtml } from './decode-html'
import { removeClutter } from './page-clutter'
import { readPageMetadata } from './page-metadata'
import { readWholeText, sourceOf, type ReaderInput } from './reader-input'
import { UnreadableFileError, type ArticleFields, type RawRecord, type RecordSource } from './record-source'

function webAddress(name: string): string | null {
  return /^https?:\/\//i.test(name) ? name : null
}

/** Absent fields are left out rather than set to null, so a caller's defaults spread beneath them survive. */
function present(fields: ArticleFields): ArticleFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && value !== '')) as ArticleFields
}

function pageRecord(html: string, fileName: string): RawRecord {
  try {
    const document = parseHtmlDocument(html)
    const metadata = readPageMetadata(document, html, webAddress(fileName))
    removeClutter(document)
    const page = extractFromDocument(document)
    if (!page.text) return { record: 1, error: 'the page has no readable text' }
    return {
      record: 1,
      value: present({
        title: metadata.title ?? page.title,
        text: page.text,
        url: metadata.url,
        published_at: metadata.publishedAt ?? page.publishedTime,
        author: metadata.author ?? page.byline,
        language: metadata.language ?? page.language,
        outlet: metadata.siteName ?? page.siteName
      })
    }
  } catch (error) {
    return { record: 1, error: `the page could not be read (${(error as Error).message})` }
  }
}

/**
 * One article from a saved web page (a path) or fetched HTML: the main text without the markup, and
 * what the page's meta tags and JSON-LD say about it. A page with no readable text is an error record.
 */
export async function readHtmlPage(input: ReaderInput): Promise<RecordSource> {
  const { fileName, text, totalBytes } = await readWholeText(input, decodeHtml)
  if (text.trim() === '') throw new UnreadableFileError('empty file')
  return sourceOf('html', totalBytes, () => [pageRecord(text, fileName)])
}
