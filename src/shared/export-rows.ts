/** What the dataset export and judgments re-import calls answer (see export-schemas.ts for what they accept). */
import type { DatasetTable } from './export-schemas'

export interface DatasetColumnInfo {
  name: string
  type: 'integer' | 'number' | 'text' | 'date' | 'boolean' | 'list'
  meaning: string
}

export interface DatasetTableInfo {
  name: DatasetTable
  describes: string
  columns: DatasetColumnInfo[]
}

export interface ExportDefaults {
  /** Where the export dialog suggests writing: the exports folder beside the corpus file. */
  folder: string
  tables: DatasetTableInfo[]
  coders: string[]
}

export interface ExportPreview {
  table: DatasetTable
  columns: DatasetColumnInfo[]
  /** The first rows as the file will hold them (lists joined, missing values null). */
  rows: (string | number | boolean | null)[][]
  /** Articles the scope covers. */
  articles: number
}

export interface ExportResultFile {
  name: string
  table: string
  rows: number
  bytes: number
  sha256: string
}

export interface ExportResult {
  path: string
  manifestPath: string
  articles: number
  files: ExportResultFile[]
}

export interface JudgmentCsvImportResult {
  fileName: string
  coder: string
  coderCreated: boolean
  /** Data rows in the file. */
  rows: number
  added: number
  /** Rows equal to the coder's current value and rationale. */
  unchanged: number
  /** Rows this corpus already imported from a file (the same file imported again adds nothing). */
  alreadyImported: number
  /** Bad rows, each with the file's line and why (the first 1,000). */
  rejected: { line: number; reason: string }[]
  rejectedCount: number
}
