import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { normalizeText } from './text-measures'

/** The part of linkedom's DOM that is read here and by the readers (the main process has no DOM types). */
export interface HtmlNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly tagName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<HtmlNode>
  getAttribute(name: string): string | null
  querySelector(selector: string): HtmlNode | null
  querySelectorAll(selector: string): ArrayLike<HtmlNode> & Iterable<HtmlNode>
  remove(): void
}

export interface HtmlDocument {
  readonly documentElement: HtmlNode | null
  readonly body: HtmlNode | null
  querySelector(selector: string): HtmlNode | null
  querySelectorAll(selector: string): ArrayLike<HtmlNode> & Iterable<HtmlNode>
}

export interface ExtractedPage {
  title: string | null
  text: string
  byline: string | null
  language: string | null
  /** What Readability found in the page's metadata; readers with richer rules may prefer their own. */
  siteName: string | null
  publishedTime: string | null
}

/**
 * The readable main text of a page. The markup itself is never stored or shown: only text leaves here.
 */
export function extractMainText(html: string): ExtractedPage {
  return extractFromDocument(parseHtmlDocument(html))
}

/**
 * linkedom parses literally and builds no implied <html> or <body> the way a browser does, so a
 * fragment, plain text or a page without <body> would leave Readability with an empty document.
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  let page = html.replace(/<!doctype[^>]*>/gi, '')
  if (!/<html(?:\s[^>]*)?>/i.test(page)) page = `<html>${page}</html>`
  if (!/<body[\s>]/i.test(page)) {
    const anchor = /<\/head\s*>/i.exec(page) ?? /<html(?:\s[^>]*)?>/i.exec(page)
    const at = anchor ? anchor.index + anchor[0].length : 0
    page = `${page.slice(0, at)}<body>${page.slice(at)}`
  }
  return parseHTML(page).document as HtmlDocument
}

/**
 * Main text from a parsed document. Readability rewrites the document it reads, so take anything else
 * needed from it (meta tags, JSON-LD) before calling this.
 */
export function extractFromDocument(document: HtmlDocument): ExtractedPage {
  const language = document.documentElement?.getAttribute('lang')?.trim() || null
  const article = new Readability(document as unknown as Document).parse()
  const text = article?.content ? htmlFragmentText(article.content) : document.body ? nodeText(document.body) : ''
  return {
    title: article?.title?.trim() || null,
    text,
    byline: article?.byline?.trim() || null,
    language,
    siteName: article?.siteName?.trim() || null,
    publishedTime: article?.publishedTime?.trim() || null
  }
}

/**
 * Text of HTML that is already the article (a feed item's content), without Readability's guess at
 * what the main part is: on a short fragment that guess can drop real paragraphs.
 */
export function htmlFragmentText(html: string): string {
  const { body } = parseHtmlDocument(`<html><body>${html}</body></html>`)
  return body ? nodeText(body) : ''
}

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' ')
)
const NOT_TEXT = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME OBJECT EMBED SVG CANVAS BUTTON SELECT TEXTAREA HEAD TITLE'.split(' '))
const LINE_BREAK = '\u2028'
const PARAGRAPH_BREAK = '\u2029'

/**
 * Text with one paragraph per block element and a line per <br>. Text between blocks counts too:
 * feeds and old pages often separate paragraphs with <br><br> alone.
 */
function nodeText(root: HtmlNode): string {
  const parts: string[] = []
  // An explicit stack rather than recursion: hostile markup can nest deeper than the call stack.
  const stack: Array<HtmlNode | typeof PARAGRAPH_BREAK> = [root]
  while (stack.length > 0) {
    const item = stack.pop() as HtmlNode | typeof PARAGRAPH_BREAK
    if (item === PARAGRAPH_BREAK) {
      parts.push(PARAGRAPH_BREAK)
      continue
    }
    if (item.nodeType === 3) {
      parts.push(item.textContent ?? '')
      continue
    }
    if (item.nodeType !== 1 && item !== root) continue
    const name = item.nodeName.toUpperCase()
    if (NOT_TEXT.has(name)) continue
    if (name === 'BR') {
      parts.push(LINE_BREAK)
      continue
    }
    const block = BLOCKS.has(name)
    if (block) {
      parts.push(PARAGRAPH_BREAK)
      stack.push(PARAGRAPH_BREAK)
    }
    const children = item.childNodes
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]
      if (child) stack.push(child)
    }
  }
  return normalizeText(
    parts
      .join('')
      .replace(/[^\S\u2028\u2029]+/g, ' ')
      .replace(/ ?\u2029[\u2029\u2028 ]*/g, '\n\n')
      .replace(/ ?\u2028 ?/g, '\n')
      .replace(/\n\n\n+/g, '\n\n')
  )
}
