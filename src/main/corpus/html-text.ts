import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { normalizeText } from './text-measures'

export interface ExtractedPage {
  title: string | null
  text: string
  byline: string | null
  language: string | null
}

/**
 * The readable main text of a page. The markup itself is never stored or shown: only text leaves here.
 */
export function extractMainText(html: string): ExtractedPage {
  const { document } = parseHTML(html)
  const language = document.documentElement?.getAttribute('lang') || null
  const article = new Readability(document as unknown as Document).parse()
  const text = article?.content ? blockText(article.content) : (document.body?.textContent ?? '')
  return {
    title: article?.title?.trim() || null,
    text: normalizeText(text.replace(/[ \t]+/g, ' ')),
    byline: article?.byline?.trim() || null,
    language
  }
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td'

/** Text of the block elements, one paragraph each, so the stored text keeps its paragraphs. */
function blockText(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`)
  const blocks = [...document.querySelectorAll(BLOCKS)]
    .filter((element) => !element.querySelector(BLOCKS))
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
  return blocks.length > 0 ? blocks.join('\n\n') : (document.body?.textContent ?? '')
}
