/**
 * What every import reader produces: a stream of raw records, each later validated by
 * normalizeArticleRecord (article-record.ts) and stored, or reported as rejected with its reason.
 */

/** The formats Slant imports; `auto` picks one from the file name and content. */
export const IMPORT_FORMATS = ['auto', 'jsonl', 'json', 'csv', 'html', 'txt', 'rss', 'report'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]
export type ConcreteImportFormat = Exclude<ImportFormat, 'auto'>

/**
 * The design's article fields (see ../shared/design/slant.md, "Import formats"). Readers fill what
 * their format has; validation happens later, in one place.
 */
export interface ArticleFields {
  text?: string | null
  html?: string | null
  title?: string | null
  url?: string | null
  outlet?: string | null
  published_at?: string | null
  author?: string | null
  language?: string | null
  country?: string | null
  external_id?: string | number | null
  tags?: string[] | string | null
}

/**
 * One record as read: a value to validate, an error saying why it could not be read, or (feed items
 * that carry only a link) a page still to fetch, with what the feed already said about it.
 */
export type RawRecord =
  | { record: number; value: unknown; error?: undefined; fetchUrl?: undefined }
  | { record: number; error: string; value?: undefined; fetchUrl?: undefined }
  | { record: number; fetchUrl: string; value: ArticleFields; error?: undefined }

export interface RecordSource {
  format: ConcreteImportFormat
  totalBytes: number
  /** Bytes consumed so far, for progress. */
  bytesRead(): number
  records: AsyncIterable<RawRecord>
}

/** A whole file that cannot be read (missing, binary, not the format it claims): reported per file. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnreadableFileError'
  }
}
