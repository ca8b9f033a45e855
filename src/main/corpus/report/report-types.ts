export type BiasDimension = 'framing' | 'language' | 'omission'

export type BiasScoreValue = 1 | 2 | 3 | 4 | 5

export interface BiasScore {
  dimension: BiasDimension
  score: BiasScoreValue
  rationale: string
}

export interface ReportQuestion {
  question: string
  answer: string
}

export interface SdgEntry {
  /** The goal's number, 1-17. */
  goal: number
  /** The goal's name as the report wrote it, which may differ from the official one. */
  name: string
  direction: 'positive' | 'negative'
  relevance: 'direct' | 'indirect'
  rationale: string
}

export interface ParsedReport {
  title: string
  /** Lower-case host without "www.", or null when the report gives none. */
  outletDomain: string | null
  summary: string
  /** As written, e.g. "English"; empty when the report gives none. */
  language: string
  /** ISO 639-1, or null when the language is missing or not one we know. */
  languageCode: string | null
  country: string
  topics: string[]
  organisations: string[]
  people: string[]
  questions: ReportQuestion[]
  /** Always one per dimension, in the order framing, language, omission. */
  scores: BiasScore[]
  sdgs: SdgEntry[]
}

export type ParseReportResult =
  | { ok: true; report: ParsedReport; warnings: string[] }
  | { ok: false; reason: string }
