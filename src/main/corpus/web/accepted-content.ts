export type AcceptKind = 'html' | 'feed' | 'any'

/** 'sniff': the header cannot decide, so the body does (missing header, or a feed served as HTML). */
export type ContentVerdict = 'accept' | 'reject' | 'sniff'

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])
const XML_TYPES = new Set(['application/xml', 'text/xml'])

export function isHtmlType(mime: string): boolean {
  return HTML_TYPES.has(mime)
}

/** RSS, Atom and RDF feeds arrive under their own types, generic XML, or plain text from older servers. */
export function isFeedType(mime: string): boolean {
  return XML_TYPES.has(mime) || mime.endsWith('+xml') || (mime.startsWith('text/') && !isHtmlType(mime))
}

/** Whether a response's content type is what the caller asked for, decided before the body is read. */
export function contentVerdict(accept: AcceptKind, mime: string): ContentVerdict {
  if (accept === 'any') return 'accept'
  if (!mime) return 'sniff'
  if (accept === 'html') return isHtmlType(mime) ? 'accept' : 'reject'
  if (isFeedType(mime)) return 'accept'
  // Some sites serve their feeds as text/html; the body tells a feed from a real page.
  return mime === 'text/html' ? 'sniff' : 'reject'
}

function opening(text: string): string {
  return text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart()
    .toLowerCase()
}

export function looksLikeHtml(text: string): boolean {
  return /^(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html|<head|<body|<meta|<title)/.test(opening(text))
}

export function looksLikeFeed(text: string): boolean {
  return /^(?:<\?[^>]*>\s*)*(?:<!doctype[^>]*>\s*)?(?:<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>])/.test(opening(text))
}

/** Decides a 'sniff' verdict from the decoded text. */
export function sniffAccepts(accept: AcceptKind, text: string): boolean {
  if (accept === 'html') return looksLikeHtml(text)
  if (accept === 'feed') return looksLikeFeed(text)
  return true
}

/** The reason given when the content is not what was asked for, e.g. "not a web page (content type application/pdf)". */
export function wrongContentReason(accept: AcceptKind, mime: string): string {
  const wanted = accept === 'feed' ? 'not a feed' : 'not a web page'
  if (!mime) return `${wanted} (no content type, and the content does not look like one)`
  if (mime === 'text/html' && accept === 'feed') return `${wanted} (content type text/html, and the page is not RSS or Atom)`
  return `${wanted} (content type ${mime})`
}
