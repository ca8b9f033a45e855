import Parser from 'rss-parser'

import { htmlFragmentText } from '../html-text'
import { UnreadableFileError, type ArticleFields, type RawRecord, type RecordSource } from './record-source'

/** Below this much text an item's content is a teaser, and the article has to be fetched from its link. */
export const FULL_CONTENT_CHARACTERS = 400

type FeedItem = Record<string, unknown>
type Feed = { title?: unknown; link?: unknown; language?: unknown; items?: unknown }

/** xml2js gives an element with attributes as { _: text, $: attributes }, and repeated ones as arrays. */
function asText(value: unknown): string | null {
  if (Array.isArray(value)) return asText(value[0])
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'object' || value === null) return null
  const element = value as { _?: unknown; $?: { term?: unknown } }
  // An Atom category is all attributes: <category term="politics"/>.
  return element._ !== undefined ? asText(element._) : asText(element.$?.term)
}

function categories(item: FeedItem): string[] {
  const listed = [item.categories, item.atomCategories].flatMap((value) => (Array.isArray(value) ? value : []))
  return [...new Set(listed.map(asText).filter((name): name is string => name !== null))]
}

/** The longest of the item's bodies, as text: some feeds put the article in the summary. */
function itemText(item: FeedItem): string {
  const texts = [item['content:encoded'], item.content, item.summary]
    .map(asText)
    .filter((html): html is string => html !== null)
    .map(htmlFragmentText)
  return texts.reduce((longest, text) => (text.length > longest.length ? text : longest), '')
}

/** Only a web address is worth fetching or storing: anything else would only fail later. */
function webAddress(link: string | null, base: string | null): string | null {
  if (!link) return null
  try {
    const url = new URL(link, base ?? undefined)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Relative item links resolve against the feed's own site link, or the address the feed came from. */
function baseUrl(feed: Feed, source: string): string | null {
  for (const candidate of [asText(feed.link), source]) {
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate
  }
  return null
}

function present(fields: ArticleFields): ArticleFields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
  ) as ArticleFields
}

function itemRecord(item: FeedItem, record: number, feed: Feed, base: string | null): RawRecord {
  const link = webAddress(asText(item.link), base)
  const about: ArticleFields = present({
    title: asText(item.title),
    url: link,
    published_at: asText(item.isoDate),
    author: asText(item.creator) ?? asText(item.author),
    tags: categories(item),
    outlet: asText(feed.title),
    language: asText(item.language) ?? asText(feed.language)
  })
  const text = itemText(item)
  if (text.length > FULL_CONTENT_CHARACTERS || (text && !link)) return { record, value: { ...about, text } }
  if (link) return { record, fetchUrl: link, value: about }
  return { record, error: `feed item ${record} has neither content nor a link` }
}

async function* itemRecords(feed: Feed, base: string | null): AsyncIterable<RawRecord> {
  const items = Array.isArray(feed.items) ? (feed.items as unknown[]) : []
  for (const [index, item] of items.entries()) {
    const record = index + 1
    try {
      yield typeof item === 'object' && item !== null ? itemRecord(item as FeedItem, record, feed, base) : { record, error: `feed item ${record} is empty` }
    } catch (error) {
      yield { record, error: `feed item ${record} could not be read (${(error as Error).message})` }
    }
  }
}

/**
 * rss-parser converts an Atom entry's date with toISOString(), which throws on a date it cannot read
 * and so fails the whole feed over one entry. Such dates are emptied first: the entry is kept, undated,
 * as an RSS item with an unreadable date is.
 */
function withReadableAtomDates(xml: string): string {
  return xml.replace(/<(published|updated)(\s[^<>]*)?>([^<]*)<\/\1\s*>/g, (element: string, name: string, attributes: string | undefined, value: string) =>
    Number.isNaN(new Date(value).getTime()) ? `<${name}${attributes ?? ''}></${name}>` : element
  )
}

/**
 * Articles from an RSS 2.0 or Atom feed. Items that carry their full text become records; items with
 * only a link and a teaser become pages for the importer to fetch, with what the feed said about them.
 * `source` is the file name or the feed's address.
 */
export async function readFeed(xmlText: string, source: string): Promise<RecordSource> {
  // Atom categories are attributes (term="…"), which rss-parser leaves out unless asked.
  const parser = new Parser({ customFields: { item: [['category', 'atomCategories', { keepArray: true }]] } })
  let feed: Feed
  try {
    feed = (await parser.parseString(withReadableAtomDates(xmlText))) as Feed
  } catch (error) {
    const message = ((error as Error)?.message ?? String(error)).replace(/\s+/g, ' ').trim()
    throw new UnreadableFileError(`not a readable RSS or Atom feed (${message})`)
  }
  const totalBytes = xmlText.length
  let done = false
  const records = (async function* () {
    yield* itemRecords(feed, baseUrl(feed, source))
    done = true
  })()
  return { format: 'rss', totalBytes, bytesRead: () => (done ? totalBytes : 0), records }
}
