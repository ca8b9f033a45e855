import type { HtmlDocument } from '../html-text'
import { jsonLdArticle } from './json-ld'

/** What a saved page says about itself, before its main text is extracted. */
export interface PageMetadata {
  title: string | null
  author: string | null
  publishedAt: string | null
  siteName: string | null
  url: string | null
  language: string | null
}

/** Browsers' "Save page as" leave the address in a comment: <!-- saved from url=(0042)https://… --> */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i

function clean(value: string | null | undefined): string | null {
  const collapsed = value?.replace(/\s+/g, ' ').trim()
  return collapsed ? collapsed : null
}

function first<T>(...values: Array<T | null | undefined>): T | null {
  for (const value of values) if (value !== null && value !== undefined) return value
  return null
}

/** name, property, itemprop and http-equiv all key a meta tag; the first one with content wins. */
function metaTags(document: HtmlDocument): Map<string, string> {
  const tags = new Map<string, string>()
  for (const meta of document.querySelectorAll('meta')) {
    const content = clean(meta.getAttribute('content'))
    if (!content) continue
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase()
      if (key && !tags.has(key)) tags.set(key, content)
    }
  }
  return tags
}

function absoluteUrl(candidate: string | null, base: string | null): string | null {
  if (!candidate) return null
  try {
    const url = base ? new URL(candidate, base) : new URL(candidate)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** The page's address: canonical link, og:url, JSON-LD, the "saved from" comment; relative ones resolved. */
function pageUrl(candidates: Array<string | null>, base: string | null): string | null {
  const absoluteBase = first(absoluteUrl(base, null), ...candidates.map((candidate) => absoluteUrl(candidate, null)))
  for (const candidate of candidates) {
    const url = absoluteUrl(candidate, absoluteBase)
    if (url) return url
  }
  return null
}

/** A date the validator can read, when any candidate is one; otherwise the first, so the rejection says why. */
function publishedAt(candidates: Array<string | null>): string | null {
  const present = candidates.filter((candidate): candidate is string => candidate !== null)
  return present.find((candidate) => /^\d{4}-\d{2}-\d{2}/.test(candidate)) ?? present[0] ?? null
}

/** og:locale says "en_US"; the article's language is "en". */
function localeLanguage(locale: string | undefined): string | null {
  return clean(locale?.split(/[_-]/)[0]?.toLowerCase())
}

function notUrl(value: string | undefined): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null
}

/**
 * Title, author, date, outlet, address and language from meta tags, JSON-LD and links. Call before
 * main-text extraction, which rewrites the document. `base` is where the page came from, if known.
 */
export function readPageMetadata(document: HtmlDocument, html: string, base: string | null = null): PageMetadata {
  const meta = metaTags(document)
  const article = jsonLdArticle([...document.querySelectorAll('script[type="application/ld+json" i]')].map((script) => script.textContent ?? ''))
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]')
  return {
    title: first(meta.get('og:title'), clean(article?.headline), meta.get('twitter:title'), clean(document.querySelector('title')?.textContent)),
    author: first(
      meta.get('author'),
      notUrl(meta.get('article:author')),
      article && article.authors.length > 0 ? article.authors.join(', ') : null,
      meta.get('parsely-author'),
      meta.get('dc.creator'),
      meta.get('byl')?.replace(/^by\s+/i, '')
    ),
    publishedAt: publishedAt([
      meta.get('article:published_time') ?? null,
      clean(article?.datePublished),
      clean(time?.getAttribute('datetime')),
      ...['date', 'pubdate', 'publishdate', 'publish-date', 'datepublished', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'og:published_time'].map(
        (key) => meta.get(key) ?? null
      )
    ]),
    siteName: first(meta.get('og:site_name'), clean(article?.publisher), meta.get('application-name')),
    url: pageUrl(
      [
        document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() ?? null,
        meta.get('og:url') ?? null,
        clean(article?.url),
        SAVED_FROM.exec(html)?.[1] ?? null
      ],
      base
    ),
    language: first(
      clean(document.documentElement?.getAttribute('lang'))?.replace(/_/g, '-'),
      localeLanguage(meta.get('og:locale')),
      clean(article?.language),
      meta.get('content-language')?.split(',')[0]?.trim(),
      meta.get('dc.language')
    )
  }
}
