import { z } from 'zod'
import { canonicalUrl, outletDomain, parseWebUrl } from './canonical-url'
import { extractMainText } from './html-text'
import { contentHash, countWords, normalizeText } from './text-measures'

/** One article as the import formats describe it (design: "Import formats"). Unknown fields are ignored. */
export const articleRecordSchema = z.object({
  text: z.string().nullish(),
  html: z.string().nullish(),
  title: z.string().max(2000).nullish(),
  url: z.string().max(4096).nullish(),
  outlet: z.string().max(500).nullish(),
  published_at: z.string().max(100).nullish(),
  author: z.string().max(1000).nullish(),
  language: z.string().max(35).nullish(),
  country: z.string().max(200).nullish(),
  external_id: z.union([z.string().max(500), z.number()]).nullish(),
  tags: z.union([z.array(z.string().max(200)).max(200), z.string().max(4000)]).nullish()
})

export const MAX_TEXT_CHARACTERS = 5_000_000

export interface NormalizedArticle {
  title: string
  text: string
  url: string | null
  canonicalUrl: string | null
  domain: string | null
  outlet: string | null
  publishedAt: string | null
  author: string | null
  language: string | null
  country: string | null
  externalId: string | null
  tags: string[]
  wordCount: number
  contentHash: string
}

export type NormalizeResult = { ok: true; article: NormalizedArticle } | { ok: false; reason: string }

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

/** ISO 8601 date stays a date; a date-time becomes UTC. Anything else is refused, never guessed. */
export function normalizePublishedAt(value: string): string | null {
  const trimmed = value.trim()
  if (DATE_ONLY.test(trimmed)) {
    const date = new Date(`${trimmed}T00:00:00Z`)
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== trimmed ? null : trimmed
  }
  if (DATE_TIME.test(trimmed)) {
    const date = new Date(trimmed.replace(' ', 'T'))
    return Number.isNaN(date.getTime()) ? null : date.toISOString()
  }
  return null
}

function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.') || 'record'
      return `${field}: ${issue.message}`
    })
    .join('; ')
}

function normalizeTags(tags: string[] | string | null | undefined): string[] {
  if (!tags) return []
  const list = typeof tags === 'string' ? tags.split(/[;,]/) : tags
  return [...new Set(list.map((tag) => tag.trim()).filter((tag) => tag.length > 0))]
}

/** Validates and cleans one raw record; the reason names the field so the researcher can fix the file. */
export function normalizeArticleRecord(raw: unknown): NormalizeResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'record is not a JSON object' }
  }
  const parsed = articleRecordSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: formatIssues(parsed.error) }
  const record = parsed.data

  let text = record.text ? normalizeText(record.text) : ''
  let title = emptyToNull(record.title)
  let author = emptyToNull(record.author)
  let language = emptyToNull(record.language)
  if (!text && record.html) {
    const page = extractMainText(record.html)
    text = page.text
    title ??= page.title
    author ??= page.byline
    language ??= page.language
  }
  if (!text) return { ok: false, reason: record.html ? 'html has no readable text' : 'text is missing or empty (give "text" or "html")' }
  if (text.length > MAX_TEXT_CHARACTERS) return { ok: false, reason: `text is longer than ${MAX_TEXT_CHARACTERS} characters` }

  let url: string | null = null
  let canonical: string | null = null
  let domain: string | null = null
  const rawUrl = emptyToNull(record.url)
  if (rawUrl) {
    if (!parseWebUrl(rawUrl)) return { ok: false, reason: `url "${rawUrl.slice(0, 200)}" is not an http(s) URL` }
    url = rawUrl
    canonical = canonicalUrl(rawUrl)
    domain = outletDomain(rawUrl)
  }

  let publishedAt: string | null = null
  const rawDate = emptyToNull(record.published_at)
  if (rawDate) {
    publishedAt = normalizePublishedAt(rawDate)
    if (!publishedAt) return { ok: false, reason: `published_at "${rawDate.slice(0, 100)}" is not an ISO 8601 date or date-time` }
  }

  if (language) {
    if (!LANGUAGE_TAG.test(language)) return { ok: false, reason: `language "${language}" is not a language code such as "en" or "pt-BR"` }
    language = language.toLowerCase()
  }

  const externalId = record.external_id === null || record.external_id === undefined ? null : String(record.external_id).trim() || null

  return {
    ok: true,
    article: {
      title: title ?? '',
      text,
      url,
      canonicalUrl: canonical,
      domain,
      outlet: emptyToNull(record.outlet),
      publishedAt,
      author,
      language,
      country: emptyToNull(record.country),
      externalId,
      tags: normalizeTags(record.tags),
      wordCount: countWords(text),
      contentHash: contentHash(text)
    }
  }
}
