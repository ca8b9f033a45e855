import type { ArticleFilters } from './contract'

/** Row shapes that cross the contract. Dates are ISO 8601 strings; absent values are null. */

export interface ArticleListRow {
  id: number
  title: string
  outletName: string | null
  publishedAt: string | null
  language: string | null
  wordCount: number
  /** Language bias 1-5 by the final-value rule (adjudicated, consensus, latest coder, else Slant's newest run), or null. */
  languageBias: number | null
  /** Framing bias 1-5 by the final-value rule, or null. */
  framingBias: number | null
  /** Bias by omission 1-5 by the final-value rule (the machine's from Slant's newest omission run), or null. */
  omissionBias: number | null
  /** Which step of the final-value rule gave each score (null where there is no score). */
  languageBiasSource: ScoreSource | null
  framingBiasSource: ScoreSource | null
  omissionBiasSource: ScoreSource | null
  /** The story (same-story cluster) the article belongs to, if any. */
  storyId: number | null
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

export interface OutletAttribute {
  name: string
  value: string
  source: string | null
}

export interface OutletRow {
  id: number
  name: string
  domains: string[]
  country: string | null
  language: string | null
  articleCount: number
  attributes: OutletAttribute[]
}

export interface FacetCount<Value> {
  value: Value
  label: string
  count: number
}

export interface ArticleFacets {
  total: number
  outlets: FacetCount<number>[]
  /** null: articles whose language is not known. */
  languages: FacetCount<string | null>[]
  tags: FacetCount<string>[]
  analysed: { analysed: number; notAnalysed: number }
  languageBias: FacetCount<number>[]
  framingBias: FacetCount<number>[]
  omissionBias: FacetCount<number>[]
  /** Goals with the number of articles whose newest analysis found them; label is the goal's name. */
  sdgGoals: FacetCount<number>[]
  nearDuplicates: number
  dates: { first: string | null; last: string | null }
}

export interface TagRow {
  name: string
  count: number
}

export interface SavedSearch {
  id: number
  name: string
  query: string
  filters: ArticleFilters
  createdAt: string
}

export interface ArticleSummaryRow {
  id: number
  title: string
  outletName: string | null
  publishedAt: string | null
}

export interface NearDuplicatePair {
  article: ArticleSummaryRow
  original: ArticleSummaryRow
  similarity: number
  status: 'flagged' | 'dismissed'
  createdAt: string
}

export interface NearDuplicatePage {
  total: number
  pairs: NearDuplicatePair[]
}

export interface SettingsRow {
  nearDuplicateThreshold: number
  /** Analyse articles as soon as an import adds them. */
  autoAnalyse: boolean
  /** Similarity at or above which an article joins a story (0.1-0.9). */
  storyThreshold: number
  /** The coder whose judgments are recorded here, or null before one is picked. */
  coderId: number | null
}

export type LexiconCategoryName = 'loaded' | 'emotive' | 'intensifier' | 'hedge' | 'weasel' | 'label' | 'derogatory'

/** An entry of the lexicon shipped with Slant (resources/lexicons/loaded-language.json). */
export interface ShippedTerm {
  term: string
  category: LexiconCategoryName
  weight: number
  neutral: string[]
}

/** A researcher's own lexicon term, stored in the corpus. */
export interface LexiconTermRow {
  term: string
  category: LexiconCategoryName
  weight: number
  neutral: string[]
  createdAt: string
  /** The shipped entry of the same term that this one replaces. */
  replacesShipped: ShippedTerm | null
}

export interface JobErrorPage {
  total: number
  rows: { articleId: number; title: string | null; error: string; createdAt: string }[]
}

export interface CsvPreview {
  columns: string[]
  rows: string[][]
  delimiter: string
  /** design field -> column, for the columns whose names say what they hold. */
  suggestedMapping: Record<string, string>
}

export type BiasDimension = 'framing' | 'language' | 'omission'

/** One analysis run's results for one article. */
export interface ArticleAnalysis {
  runId: number
  label: string
  analyzer: string
  version: string
  origin: 'slant' | 'imported'
  summary: string | null
  language: string | null
  country: string | null
  questions: { question: string; answer: string }[]
  scores: { dimension: BiasDimension; score: number; rationale: string | null; confidence: number | null }[]
  /** `name` is the goal's official short name ("Climate Action"). */
  sdgs: { goal: number; name: string; direction: 'positive' | 'negative'; relevance: 'direct' | 'indirect'; rationale: string | null }[]
  entities: { kind: 'person' | 'organisation' | 'place'; name: string }[]
  topics: string[]
  /** Policy Frames the article uses, most signalled first (Slant's own runs; empty for imported reports). */
  frames: { frame: string; matches: number; cues: string[] }[]
}

export type ImportIssueKind = 'duplicate' | 'near_duplicate' | 'rejected'

export interface ImportIssue {
  /** 1-based line of a JSONL or CSV file, or 1-based position in a JSON array or feed. */
  record: number
  kind: ImportIssueKind
  reason: string
  /** For duplicates and near-duplicates: the stored article this record duplicates. */
  duplicateOf: number | null
}

export type ImportFormatName = 'jsonl' | 'json' | 'csv' | 'html' | 'txt' | 'rss' | 'report' | 'url'

/** What one file, feed or URL brought in. */
export interface ImportReport {
  jobId: number
  source: string
  format: ImportFormatName | null
  records: number
  added: number
  duplicates: number
  /** Added, but flagged as a near-duplicate of an earlier article for review. */
  nearDuplicates: number
  rejected: number
  /** A source that could not be read at all (missing, binary, broken feed, HTTP error...). */
  fileError: string | null
  /** Per-record issues, at most IMPORT_ISSUE_LIMIT of them; the counts above are always complete. */
  issues: ImportIssue[]
  issuesTruncated: boolean
}

export interface ImportTotals {
  sources: number
  records: number
  added: number
  duplicates: number
  nearDuplicates: number
  rejected: number
  unreadable: number
}

/** One import job: every file, feed or URL it read, with totals. */
export interface ImportResult {
  jobId: number
  state: JobState
  files: ImportReport[]
  totals: ImportTotals
  /** Reports beyond this many sources are summed in the totals but not listed. */
  filesTruncated: boolean
}

export type JobState = 'queued' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled'

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

export interface AnalysisRunRow {
  id: number
  label: string
  analyzer: string
  version: string
  origin: 'slant' | 'imported'
  articleCount: number
  startedAt: string
  finishedAt: string | null
}

export interface EvidenceRow {
  start: number
  end: number
  kind: string
  label: string
  suggestion: string | null
  note: string | null
}

export interface SentenceRow {
  index: number
  start: number
  end: number
  loadedTerms: string[]
  score: number
  flag: boolean
}

export interface QuoteRow {
  start: number
  end: number
  speaker: string | null
  speakerType: string | null
  attribution: string | null
}

/** One run's spans for an article, for highlighting its text. */
export interface ArticleEvidence {
  runId: number | null
  evidence: EvidenceRow[]
  sentences: SentenceRow[]
  quotes: QuoteRow[]
  keyphrases: { phrase: string; weight: number }[]
  claims: { start: number; end: number; reasons: string[] }[]
}

export type OmissionKind = 'name' | 'figure' | 'voice' | 'voice_type' | 'unquoted' | 'unattributed'

/** An article's place in a story, and what its newest omission score found missing. */
export interface ArticleStoryInfo {
  story: { id: number; label: string; articles: number; firstDate: string; lastDate: string } | null
  siblings: { articleId: number; title: string; outlet: string | null; publishedAt: string | null; similarity: number | null }[]
  omission: {
    runId: number
    runLabel: string
    score: number
    rationale: string | null
    confidence: number | null
    /** Judged within the article alone: its story has no other article. */
    fallback: boolean
    items: {
      kind: OmissionKind
      item: string
      central: boolean
      carriedBy: number
      siblings: number
      /** Where a sibling article says it (or, in the fallback, where this one does). */
      source: { articleId: number; title: string; start: number; end: number; excerpt: string } | null
    }[]
  } | null
}

/** What a clustering pass did. */
export interface StoryUpdateRow {
  clustered: number
  storiesCreated: number
  storiesGrown: number
  omissionsScored: number
  omissionRunId: number | null
}

/** The fields a report in the seed's shape carries, for comparing two reports of one article. */
export interface ReportFields {
  title: string
  outlet: string
  summary: string
  language: string
  country: string
  topics: string[]
  organisations: string[]
  people: string[]
  scores: { dimension: BiasDimension; score: number; rationale: string }[]
  sdgs: { goal: number; name: string; direction: 'positive' | 'negative'; relevance: 'direct' | 'indirect'; rationale: string }[]
}

export interface ArticleReportVersion {
  /** The runs it is built from (Slant: the analysis run and the omission run). */
  runIds: number[]
  label: string
  fields: ReportFields
  /** The report as text in the seed's layout; Slant can import it again. */
  text: string
}

/** An article's report from Slant's newest runs, the reports imported for it, and how they differ. */
export interface ArticleReport {
  slant: ArticleReportVersion | null
  imported: ArticleReportVersion[]
  /** Against the first imported report: one line per field that differs. */
  differences: { field: string; slant: string; imported: string }[]
}

export interface CoderRow {
  id: number
  /** Stable across corpora, so merged coder files keep coders apart. */
  uid: string
  name: string
  initials: string
  /** A CSS colour (#rrggbb). */
  colour: string
  createdAt: string
}

/** One append-only judgment: an edit, or the undo or redo of one. */
export interface JudgmentRow {
  id: number
  articleId: number
  coderId: number
  coderName: string
  coderInitials: string
  coderColour: string
  dimension: BiasDimension
  kind: 'score' | 'adjudication'
  action: 'edit' | 'undo' | 'redo'
  /** null: the coder's value was withdrawn (an undo of their first edit). */
  value: number | null
  rationale: string | null
  confidence: number | null
  replacesId: number | null
  createdAt: string
}

export type ScoreSource = 'adjudicated' | 'consensus' | 'human' | 'machine'

/** The value a dataset reports for one article and dimension, by the design's final-value rule. */
export interface FinalScore {
  dimension: BiasDimension
  value: number | null
  source: ScoreSource | null
  machine: { value: number; runId: number; rationale: string | null } | null
  adjudication: { coderName: string; value: number; note: string | null; createdAt: string } | null
  /** Each coder's current value. */
  humans: { coderId: number; coderName: string; value: number; rationale: string | null; confidence: number | null; createdAt: string }[]
}

/** What agreement is reported on: the three scores, the article's frames and its goals. */
export type AgreementDimension = BiasDimension | 'frames' | 'sdgs'

/** The machine's values (rows) against the human reference (columns), counted per unit. */
export interface ConfusionMatrix {
  labels: string[]
  counts: number[][]
  units: number
  /** Share of units on the diagonal (machine and human equal); null without units. */
  agreement: number | null
}

/** The figures of one set of units: the whole corpus, or one outlet's articles. */
export interface AgreementFigures {
  coders: string[]
  /** Articles with at least one human value. */
  unitsCoded: number
  /** Articles coded by two or more coders. */
  unitsCodedByTwoOrMore: number
  /** Scores only (null for frames and goals). */
  alphaOrdinal: number | null
  alphaInterval: number | null
  alphaNominal: number | null
  percentAgreement: number | null
  /** Alpha with the machine as one more coder; ordinal for scores only. */
  alphaOrdinalWithMachine: number | null
  alphaNominalWithMachine: number | null
  /** Kappa (see `kappa` on the report) and percent agreement for each pair of coders on the articles both coded. */
  pairs: { first: string; second: string; units: number; weightedKappa: number | null; percentAgreement: number | null }[]
  /**
   * Machine minus the human reference (adjudicated, else consensus, else the latest coder) where both
   * exist; for goals on present (1) or absent (0); none for the primary frame, which has no order.
   */
  machineAgainstHuman: { units: number; meanAbsoluteError: number | null; meanSignedError: number | null }
  confusion: ConfusionMatrix
}

/** Agreement on one dimension: among the coders, with the machine as one more, and machine against human, overall and by outlet. */
export interface AgreementReport extends AgreementFigures {
  dimension: AgreementDimension
  /** What one unit of agreement is, in words. */
  unit: string
  /** What the pairs' kappa is: quadratic-weighted for scores, Cohen's unweighted for frames and goals. */
  kappa: 'quadratic' | 'unweighted'
  /** Frames: a second reading, every frame as present or absent (article x frame); null otherwise. */
  secondary: { unit: string; units: number; alphaNominal: number | null; percentAgreement: number | null; alphaWithMachine: number | null } | null
  /** Articles whose coders are furthest apart, most first: by value for scores, by goals or frames not shared for the others. */
  disagreements: { articleId: number; title: string; spread: number; values: { coder: string; value: number | string }[] }[]
  byOutlet: (AgreementFigures & { outletId: number | null; outlet: string })[]
}

/** What merging a coder file did. */
export interface CoderMergeResult {
  coder: string
  coderAdded: boolean
  added: number
  /** Judgments this corpus already had (the same file merged before). */
  alreadyMerged: number
  /** Judgments on articles this corpus does not hold, with why; nothing else is lost. */
  unmatched: { title: string; reason: string }[]
}

/** A label a coder can give a span: the four that ship, and any the project adds. */
export interface SpanLabelRow {
  id: number
  name: string
  /** A CSS colour (#rrggbb). */
  colour: string
  description: string
  builtIn: boolean
  /** Spans (of any coder, in any state) that carry the label; a label in use cannot be removed. */
  uses: number
}

/**
 * One append-only span judgment: a coder's span marked, edited or removed, or a machine span accepted
 * or rejected, or the undo or redo of one. Offsets are UTF-16 code units into the stored text.
 */
export interface SpanJudgmentRow {
  id: number
  uid: string
  articleId: number
  coderId: number
  coderName: string
  coderInitials: string
  coderColour: string
  /** A coder's span: its uid; a machine span: 'machine:<start>:<end>:<kind>'. */
  spanKey: string
  origin: 'coder' | 'machine'
  action: 'edit' | 'undo' | 'redo'
  /** The span's state after this row. */
  state: 'marked' | 'removed' | 'accepted' | 'rejected' | 'open'
  start: number
  end: number
  quote: string
  label: string
  note: string | null
  suggestion: string | null
  machineKind: string | null
  machineRunId: number | null
  replacesId: number | null
  createdAt: string
}

/** A span a coder marked and has not removed. */
export interface CoderSpanRow {
  spanKey: string
  coderId: number
  coderName: string
  coderInitials: string
  coderColour: string
  start: number
  end: number
  quote: string
  label: string
  /** The label's colour; null when the label is not defined in this corpus. */
  labelColour: string | null
  note: string | null
  suggestion: string | null
  createdAt: string
}

/** A coder's standing verdict on a machine span. */
export interface MachineVerdictRow {
  spanKey: string
  start: number
  end: number
  kind: string
  coderId: number
  coderName: string
  coderInitials: string
  coderColour: string
  verdict: 'accepted' | 'rejected'
  note: string | null
  createdAt: string
}

/** Every coder's spans on an article, their verdicts on its machine spans, and the history, newest first. */
export interface ArticleSpans {
  spans: CoderSpanRow[]
  verdicts: MachineVerdictRow[]
  history: SpanJudgmentRow[]
}

/** What one undo or redo of the coder's latest edit changed, whichever kind of judgment it was. */
export type CodingStepRow = { kind: 'score'; judgment: JudgmentRow } | { kind: 'span'; span: SpanJudgmentRow } | { kind: 'label'; label: LabelJudgmentRow }

/** The codebook's label sets a coder can edit by hand: the UN goals and the Policy Frames. */
export type LabelScheme = 'sdg' | 'frame'

/** One append-only label judgment: one goal or frame added, changed or removed on an article, or the undo or redo of one. */
export interface LabelJudgmentRow {
  id: number
  articleId: number
  coderId: number
  coderName: string
  coderInitials: string
  coderColour: string
  scheme: LabelScheme
  /** A goal number ('13') or a frame name. */
  label: string
  kind: 'label' | 'adjudication'
  action: 'edit' | 'undo' | 'redo'
  /** true: the article has it; false: removed; null: withdrawn (an undo of the coder's first edit of it). */
  present: boolean | null
  direction: 'positive' | 'negative' | null
  relevance: 'direct' | 'indirect' | null
  /** Frames: marked as the article's primary frame. */
  primary: boolean
  rationale: string | null
  replacesId: number | null
  createdAt: string
}

export interface SdgValue {
  goal: number
  name: string
  direction: 'positive' | 'negative'
  relevance: 'direct' | 'indirect'
  rationale: string | null
}

export interface SdgSet {
  goals: SdgValue[]
}

export interface FrameSet {
  frames: { frame: string; rationale: string | null }[]
  /** The frame marked primary; null when none is. */
  primary: string | null
}

/** One article's goals or frames: the final set by the final-value rule, with its source, beside the machine's, the adjudicated and each coder's. */
export interface FinalLabels<Set> {
  value: Set | null
  source: ScoreSource | null
  machine: (Set & { runId: number }) | null
  adjudication: (Set & { coderNames: string[] }) | null
  humans: (Set & { coderId: number; coderName: string; createdAt: string })[]
}

export interface ArticleLabels {
  articleId: number
  sdgs: FinalLabels<SdgSet>
  frames: FinalLabels<FrameSet>
  /** Every label judgment on the article, newest first. */
  history: LabelJudgmentRow[]
}
