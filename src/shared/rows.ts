/** Row shapes that cross the contract. Dates are ISO 8601 strings; absent values are null. */

export interface ArticleListRow {
  id: number
  title: string
  outletName: string | null
  publishedAt: string | null
  language: string | null
  wordCount: number
  /** FTS5 snippet of the text with matches wrapped in SNIPPET_OPEN / SNIPPET_CLOSE; null without a query. */
  snippet: string | null
}

export interface ArticlePage {
  total: number
  offset: number
  rows: ArticleListRow[]
}

export interface ArticleDetail {
  id: number
  externalId: string | null
  title: string
  text: string
  url: string | null
  canonicalUrl: string | null
  outletId: number | null
  outletName: string | null
  author: string | null
  publishedAt: string | null
  language: string | null
  country: string | null
  wordCount: number
  tags: string[]
  contentHash: string
  createdAt: string
  updatedAt: string
}

export interface OutletRow {
  id: number
  name: string
  domains: string[]
  country: string | null
  language: string | null
  articleCount: number
}

export type ImportIssueKind = 'duplicate' | 'rejected'

export interface ImportIssue {
  /** 1-based line of a JSONL file, or 1-based position in a JSON array. */
  record: number
  kind: ImportIssueKind
  reason: string
  /** For duplicates: the stored article this record duplicates. */
  duplicateOf: number | null
}

export interface ImportReport {
  jobId: number
  source: string
  format: 'jsonl' | 'json' | 'csv' | 'html' | 'txt' | 'rss' | 'report'
  records: number
  added: number
  duplicates: number
  rejected: number
  /** A file that could not be read at all (missing, not JSON...). */
  fileError: string | null
  /** Per-record issues, at most IMPORT_ISSUE_LIMIT of them; the counts above are always complete. */
  issues: ImportIssue[]
  issuesTruncated: boolean
}

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled'

export interface JobRow {
  id: number
  kind: string
  label: string
  state: JobState
  /** 0-1, or null where the total is not known. */
  progress: number | null
  processed: number
  counts: Record<string, number>
  error: string | null
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

export interface CorpusInfo {
  databasePath: string
  schemaVersion: number
  appVersion: string
  sqliteVersion: string
  articleCount: number
  outletCount: number
}

export const SNIPPET_OPEN = '\u0002'
export const SNIPPET_CLOSE = '\u0003'
export const IMPORT_ISSUE_LIMIT = 1000
