/**
 * The contract between the renderer and the services: every call with its runtime input schema and
 * its output type, and every pushed event. Electron IPC and the HTTP bridge are two transports of
 * exactly this object; neither has calls of its own.
 */
import { z } from 'zod'
import type {
  AnalysisRunRow,
  ArticleAnalysis,
  AgreementReport,
  ArticleReport,
  CoderMergeResult,
  CoderRow,
  FinalScore,
  JudgmentRow,
  ArticleStoryInfo,
  StoryUpdateRow,
  ArticleEvidence,
  ArticleDetail,
  ArticleFacets,
  ArticlePage,
  CorpusInfo,
  CsvPreview,
  ImportResult,
  JobErrorPage,
  JobRow,
  LexiconCategoryName,
  LexiconTermRow,
  NearDuplicatePage,
  OutletRow,
  SavedSearch,
  SettingsRow,
  ShippedTerm,
  TagRow
} from './rows'
import type { AdjudicationUnit, AdjudicationUnitList, QueueItem, QueueRow, QueueSources } from './queue-rows'
import type { ArticleSpans, SpanJudgmentRow, SpanLabelRow } from './rows'
import { spanLabelCreateSchema, spanLabelUpdateSchema, spanRecordSchema } from './span-schemas'
import type { ArticleLabels, CodingStepRow, LabelJudgmentRow } from './rows'
import { labelEditSchema } from './label-schemas'
import { articleFiltersSchema } from './article-filters'
import type { StoryComparison, StoryDetail, StoryEditResult, StoryPage } from './story-rows'
import { blindspotsSchema, outletProfilesSchema, pairedComparisonSchema, storiesListSchema, storyCompareSchema, storyMergeSchema, storyMoveSchema, storyRenameSchema, storySplitSchema } from './story-schemas'
import type { Blindspots, OutletProfiles, PairedComparison } from './outlet-comparison-rows'
import { datasetRequestSchema, exportPreviewSchema, judgmentImportSchema } from './export-schemas'
import type { ExportDefaults, ExportPreview, ExportResult, JudgmentCsvImportResult } from './export-rows'

/** Declares a call: the input schema is checked at run time, the output type at compile time. */
function call<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })
}

/** Declares a pushed event; its payload type exists only at compile time. */
function event<Payload>() {
  return { payload: undefined as unknown as Payload }
}

export const ARTICLE_SORT_KEYS = ['relevance', 'title', 'outlet', 'published_at', 'language', 'word_count', 'language_bias', 'framing_bias', 'omission_bias'] as const
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number]

/** The lexicon's categories (codebook: loaded and emotive terms, intensifiers, hedges, weasel words, labels). */
export const LEXICON_CATEGORY_NAMES = ['loaded', 'emotive', 'intensifier', 'hedge', 'weasel', 'label', 'derogatory'] as const satisfies readonly LexiconCategoryName[]

/** Large enough for a 100,000-article JSONL file read in the browser. */
export const MAX_UPLOAD_CHARACTERS = 1_000_000_000

const id = z.number().int().positive()
const articleIds = z.array(id).min(1).max(200_000)
const codingDimension = z.enum(['framing', 'language', 'omission'])
/** A coding queue's sample size, and the seed that draws the same sample again. */
const queueSize = z.number().int().min(1).max(10_000)
const queueSeed = z.number().int().min(0).max(4_294_967_295)

export { articleFiltersSchema, type ArticleFilters } from './article-filters'

const scope = { query: z.string().max(1000).optional(), filters: articleFiltersSchema.default({}) }

const importOptions = {
  format: z.enum(['auto', 'jsonl', 'json', 'csv', 'html', 'txt', 'rss', 'report']).default('auto'),
  outlet: z.string().min(1).max(500).optional(),
  mapping: z.record(z.string().max(100), z.string().max(500)).optional()
}

const webUrl = z
  .string()
  .max(4096)
  .refine((value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'http:' || url.protocol === 'https:'
    } catch {
      return false
    }
  }, 'an http(s) URL')

export const contract = {
  /** Where the corpus lives and how big it is. */
  'corpus.info': call<CorpusInfo>()(z.object({}).strict()),

  /** Imports the sample corpus that ships with Slant (fictional outlets and stories) and queues its analysis. */
  'corpus.loadSample': call<ImportResult>()(z.object({}).strict()),

  /** One page of the corpus table: searched, filtered, sorted and paged in SQLite. */
  'articles.list': call<ArticlePage>()(
    z
      .object({
        ...scope,
        sort: z.enum(ARTICLE_SORT_KEYS).default('published_at'),
        direction: z.enum(['asc', 'desc']).default('desc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100)
      })
      .strict()
  ),

  /** Counts per outlet, language, tag and state under the current search and filters. */
  'articles.facets': call<ArticleFacets>()(z.object(scope).strict()),

  /** The ids of every article the search and filters match (for "select all"). */
  'articles.ids': call<number[]>()(z.object(scope).strict()),

  /** One article with its whole text. */
  'articles.get': call<ArticleDetail>()(z.object({ id }).strict()),

  /** Every analysis run's results for one article, imported reports included. */
  'articles.analyses': call<ArticleAnalysis[]>()(z.object({ id }).strict()),
  /** The article's story, its siblings, and its newest omission score with what is missing and where siblings say it. */
  'articles.story': call<ArticleStoryInfo>()(z.object({ id }).strict()),
  /** Places analysed articles that are in no story yet and scores omission for the stories that changed. */
  /** Coders: everyone whose judgments this corpus holds. */
  'coders.list': call<CoderRow[]>()(z.object({}).strict()),
  'coders.create': call<CoderRow>()(
    z
      .object({
        name: z.string().trim().min(1).max(80),
        initials: z.string().trim().min(1).max(4),
        colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb')
      })
      .strict()
  ),
  /** A coder's judgments as a file to carry to another corpus (the lead's). */
  'coders.exportFile': call<{ fileName: string; content: string }>()(z.object({ coderId: id }).strict()),
  /** Merges a coder file: the coder and every judgment not merged before; the same file twice adds nothing. */
  'coders.merge': call<CoderMergeResult>()(z.object({ fileName: z.string().min(1).max(500), content: z.string().max(200_000_000) }).strict()),
  /** Records the current coder's score for an article (an append-only judgment); kind 'adjudication' sets the final value. */
  'judgments.record': call<JudgmentRow>()(
    z
      .object({
        articleId: id,
        dimension: z.enum(['framing', 'language', 'omission']),
        kind: z.enum(['score', 'adjudication']).optional(),
        value: z.number().int().min(1).max(5),
        rationale: z.string().max(5000).optional(),
        confidence: z.number().min(0).max(1).optional()
      })
      .strict()
  ),
  /** Every judgment on an article, newest first. */
  'judgments.history': call<JudgmentRow[]>()(z.object({ articleId: id }).strict()),
  /** Undoes (or redoes) the current coder's most recent change, as a new judgment; null when there is none. */
  'judgments.undo': call<JudgmentRow | null>()(z.object({}).strict()),
  'judgments.redo': call<JudgmentRow | null>()(z.object({}).strict()),
  /**
   * Undoes (or redoes) the current coder's most recent edit of any kind (score, goal or frame, span),
   * one stack for all of them, as a new judgment; null when there is none. 'judgments.undo' and
   * 'judgments.redo' act only when that edit is a score.
   */
  'coding.undo': call<CodingStepRow | null>()(z.object({}).strict()),
  'coding.redo': call<CodingStepRow | null>()(z.object({}).strict()),
  /** Adds, changes or removes one goal or frame for the current coder (an append-only label judgment); kind 'adjudication' sets the final set. */
  'labels.record': call<LabelJudgmentRow>()(labelEditSchema),
  /** An article's goals and frames: the machine's, each coder's, the adjudicated, the final set with its source, and the history. */
  'labels.forArticle': call<ArticleLabels>()(z.object({ articleId: id }).strict()),
  /** Every coder's spans on an article, their verdicts on its machine spans, and the span history, newest first. */
  'spans.forArticle': call<ArticleSpans>()(z.object({ articleId: id }).strict()),
  /** Marks, edits or removes one of the current coder's spans, or accepts or rejects a machine span (an append-only span judgment). */
  'spans.record': call<SpanJudgmentRow>()(spanRecordSchema),
  /** The labels a span can have: the built-in ones, then the project's. */
  'spanLabels.list': call<SpanLabelRow[]>()(z.object({}).strict()),
  'spanLabels.create': call<SpanLabelRow>()(spanLabelCreateSchema),
  'spanLabels.update': call<SpanLabelRow>()(spanLabelUpdateSchema),
  /** Removes a project label no span uses. */
  'spanLabels.remove': call<{ removed: boolean }>()(z.object({ id }).strict()),
  /** The value reported for each dimension by the final-value rule, with its source, the machine's value and each coder's. */
  'articles.finalScores': call<FinalScore[]>()(z.object({ id }).strict()),
  /** Agreement on one dimension (a score, the frames or the goals) across the corpus and by outlet, with the machine against the coders. */
  'agreement.report': call<AgreementReport>()(z.object({ dimension: z.enum(['framing', 'language', 'omission', 'frames', 'sdgs']) }).strict()),
  /** What a coding queue can be drawn from: the corpus size, outlets, saved searches and stories. */
  'queues.sources': call<QueueSources>()(z.object({}).strict()),
  /** Draws a sample (random, stratified by outlet, a saved search or a story) as a coding queue the whole team codes. */
  'queues.create': call<QueueRow>()(
    z
      .object({
        name: z.string().trim().min(1).max(200),
        sample: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('random'), size: queueSize, seed: queueSeed.optional() }).strict(),
          z.object({ kind: z.literal('stratified'), size: queueSize, allocation: z.enum(['equal', 'proportional']).default('equal'), seed: queueSeed.optional() }).strict(),
          z.object({ kind: z.literal('search'), savedSearchId: id, size: queueSize.optional(), seed: queueSeed.optional() }).strict(),
          z.object({ kind: z.literal('story'), storyId: id, size: queueSize.optional(), seed: queueSeed.optional() }).strict()
        ]),
        dimensions: z.array(codingDimension).min(1).max(3).default(['framing', 'language', 'omission'])
      })
      .strict()
  ),
  /** Every coding queue with each coder's progress. */
  'queues.list': call<QueueRow[]>()(z.object({}).strict()),
  /** One unit of a queue for the current coder; machine and other coders' values only once the coder has saved all of theirs. */
  'queues.item': call<QueueItem>()(z.object({ queueId: id, position: z.number().int().min(0) }).strict()),
  /** Saves the current coder's values for one unit (unchanged dimensions add nothing) and returns the unit again. */
  'queues.save': call<QueueItem>()(
    z
      .object({
        queueId: id,
        position: z.number().int().min(0),
        articleId: id,
        scores: z
          .array(
            z
              .object({
                dimension: codingDimension,
                value: z.number().int().min(1).max(5),
                rationale: z.string().max(5000).optional(),
                confidence: z.number().min(0).max(1).optional()
              })
              .strict()
          )
          .min(1)
          .max(3)
      })
      .strict()
  ),
  /** Units (article and dimension) where coders disagree, widest first, with the final value and its source. */
  'adjudication.units': call<AdjudicationUnitList>()(
    z.object({ dimension: codingDimension.optional(), status: z.enum(['open', 'adjudicated', 'all']).default('open'), queueId: id.optional() }).strict()
  ),
  /** One unit: the article, every coder's value and rationale, the machine's, and the final value with its source. */
  'adjudication.unit': call<AdjudicationUnit>()(z.object({ articleId: id, dimension: codingDimension }).strict()),
  /** Records the current coder's adjudicated (final) value with a note, as an append-only judgment. */
  'adjudication.record': call<AdjudicationUnit>()(
    z.object({ articleId: id, dimension: codingDimension, value: z.number().int().min(1).max(5), note: z.string().trim().min(1, 'a note saying why').max(5000) }).strict()
  ),
  /** The article's report in the seed's shape from Slant's newest runs, beside any imported report, with their differences. */
  'articles.report': call<ArticleReport>()(z.object({ id }).strict()),
  'stories.update': call<StoryUpdateRow>()(z.object({}).strict()),
  /** Forgets every story and clusters the analysed corpus again (after changing the threshold). */
  'stories.rebuild': call<StoryUpdateRow>()(z.object({}).strict()),
  /** A page of stories with their outlets, dates, article counts and score spreads, sorted and filtered in SQLite. */
  'stories.list': call<StoryPage>()(storiesListSchema),
  /** One story with every article (final scores, placed by hand or not) and the edits by hand that touched it. */
  'stories.get': call<StoryDetail>()(z.object({ id }).strict()),
  /** Names a story by hand (which also keeps its articles together when stories are clustered again). */
  'stories.rename': call<StoryEditResult>()(storyRenameSchema),
  /** Moves every article of the other stories into this one; kept so when stories are clustered again. */
  'stories.merge': call<StoryEditResult>()(storyMergeSchema),
  /** Takes articles out of a story into a new one; both sides kept apart when stories are clustered again. */
  'stories.split': call<StoryEditResult & { newStoryId: number }>()(storySplitSchema),
  /** Moves articles into a story (or a new one) and keeps them there. */
  'stories.move': call<StoryEditResult & { storyId: number }>()(storyMoveSchema),
  /** Two to four articles side by side: coverage matrix, quotes by speaker, differences and headlines. */
  'stories.compare': call<StoryComparison>()(storyCompareSchema),
  /** Stories some outlets (or groups of outlets by an attribute such as lean) covered and others did not. */
  'stories.blindspots': call<Blindspots>()(blindspotsSchema),
  /** Per outlet under the corpus filters: articles, each score's distribution and mean with 95% interval, frames, goals, topics, voices. */
  'comparison.outletProfiles': call<OutletProfiles>()(outletProfilesSchema),
  /** Outlets compared pair by pair on the stories both covered, with how many stories that is. */
  'comparison.paired': call<PairedComparison>()(pairedComparisonSchema),

  'articles.tag': call<{ changed: number }>()(z.object({ ids: articleIds, tag: z.string().trim().min(1).max(200) }).strict()),
  'articles.untag': call<{ changed: number }>()(z.object({ ids: articleIds, tag: z.string().trim().min(1).max(200) }).strict()),

  /** Deletes articles, keeping them whole in a batch that articles.restore brings back. */
  'articles.delete': call<{ batchId: number; deleted: number }>()(z.object({ ids: articleIds }).strict()),
  'articles.restore': call<{ restored: number }>()(z.object({ batchId: id }).strict()),

  'tags.list': call<TagRow[]>()(z.object({}).strict()),

  'searches.list': call<SavedSearch[]>()(z.object({}).strict()),
  'searches.save': call<SavedSearch>()(z.object({ name: z.string().trim().min(1).max(200), query: z.string().max(1000).default(''), filters: articleFiltersSchema.default({}) }).strict()),
  'searches.delete': call<{ deleted: boolean }>()(z.object({ id }).strict()),

  /** Every outlet with its domains, attributes and article count. */
  'outlets.list': call<OutletRow[]>()(z.object({}).strict()),
  'outlets.update': call<OutletRow>()(
    z
      .object({
        id,
        name: z.string().trim().min(1).max(500).optional(),
        country: z.string().trim().max(200).nullable().optional(),
        language: z.string().trim().max(35).nullable().optional()
      })
      .strict()
  ),
  /** Moves every article, domain and attribute of one outlet to another, then removes the first. */
  'outlets.merge': call<OutletRow>()(z.object({ fromId: id, intoId: id }).strict()),
  'outlets.addDomain': call<OutletRow>()(z.object({ id, domain: z.string().trim().min(3).max(253) }).strict()),
  'outlets.removeDomain': call<OutletRow>()(z.object({ id, domain: z.string().min(1).max(253) }).strict()),
  'outlets.setAttribute': call<OutletRow>()(
    z.object({ id, name: z.string().trim().min(1).max(100), value: z.string().trim().min(1).max(1000), source: z.string().trim().max(1000).optional() }).strict()
  ),
  'outlets.removeAttribute': call<OutletRow>()(z.object({ id, name: z.string().min(1).max(100) }).strict()),

  /** Near-duplicate flags for review, newest first. */
  'duplicates.list': call<NearDuplicatePage>()(
    z
      .object({
        status: z.enum(['flagged', 'dismissed']).default('flagged'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100)
      })
      .strict()
  ),
  /** "Not a duplicate": the flag is kept as dismissed so re-scans do not raise it again. */
  'duplicates.dismiss': call<{ changed: number }>()(z.object({ articleIds: articleIds }).strict()),
  'duplicates.restore': call<{ changed: number }>()(z.object({ articleIds: articleIds }).strict()),
  /** Computes near-duplicate signatures for articles that lack them and flags what matches (a job). */
  'duplicates.scan': call<{ scanned: number; flagged: number }>()(z.object({}).strict()),

  'settings.get': call<SettingsRow>()(z.object({}).strict()),
  'settings.update': call<SettingsRow>()(
    z
      .object({
        nearDuplicateThreshold: z.number().min(0.5).max(1).optional(),
        autoAnalyse: z.boolean().optional(),
        storyThreshold: z.number().min(0.1).max(0.9).optional(),
        coderId: id.nullable().optional()
      })
      .strict()
  ),

  /** The researcher's own loaded-language terms, and how many the shipped lexicon has. */
  'lexicon.terms': call<{ shippedEntries: number; terms: LexiconTermRow[] }>()(z.object({}).strict()),
  /** The shipped entry for a term, if there is one. */
  'lexicon.lookup': call<ShippedTerm | null>()(z.object({ term: z.string().min(1).max(60) }).strict()),
  /** Adds a term, or changes the researcher's entry for it; analyses started afterwards use it. */
  'lexicon.saveTerm': call<LexiconTermRow>()(
    z
      .object({
        term: z.string().min(1).max(60),
        category: z.enum(LEXICON_CATEGORY_NAMES),
        weight: z.number().min(0.2).max(1),
        neutral: z.array(z.string().min(1).max(60)).max(20)
      })
      .strict()
  ),
  'lexicon.removeTerm': call<{ removed: boolean }>()(z.object({ term: z.string().min(1).max(60) }).strict()),

  /** Imports files' content sent by the renderer (browser upload, drag and drop). */
  'import.upload': call<ImportResult>()(
    z
      .object({
        files: z
          .array(z.object({ fileName: z.string().min(1).max(1000), content: z.string().max(MAX_UPLOAD_CHARACTERS) }).strict())
          .min(1)
          .max(10_000),
        ...importOptions
      })
      .strict()
  ),

  /** Imports files and folders by path on this machine (Electron's pickers; the CLI uses the same service). */
  'import.files': call<ImportResult>()(z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000), ...importOptions }).strict()),

  /** Imports web pages and RSS or Atom feeds by URL. */
  'import.urls': call<ImportResult>()(z.object({ urls: z.array(webUrl).min(1).max(10_000), outlet: importOptions.outlet }).strict()),

  /** The first rows of a CSV file and a suggested column mapping, for the mapping dialog. */
  'import.previewCsv': call<CsvPreview>()(
    z.union([z.object({ path: z.string().min(1).max(4096) }).strict(), z.object({ fileName: z.string().min(1).max(1000), content: z.string().max(MAX_UPLOAD_CHARACTERS) }).strict()])
  ),

  /** Queues an analysis of the whole corpus or of chosen articles as a job (a new run); answers at once. */
  'analysis.start': call<{ jobId: number; runId: number }>()(
    z.union([z.object({ all: z.literal(true), workers: z.number().int().min(1).max(32).optional() }).strict(), z.object({ ids: articleIds, workers: z.number().int().min(1).max(32).optional() }).strict()])
  ),
  /** Every analysis run, Slant's own and imported, newest first. */
  'analysis.runs': call<AnalysisRunRow[]>()(z.object({}).strict()),
  /** The spans one run found in an article (the newest run of Slant's own when none is named). */
  'articles.evidence': call<ArticleEvidence>()(z.object({ id, runId: id.optional() }).strict()),

  /** Recent jobs, newest first. */
  'jobs.list': call<JobRow[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict()),
  /** The full report an import job stored when it ended (null for other jobs or while running). */
  'jobs.report': call<ImportResult | null>()(z.object({ id }).strict()),
  /** Stops a running job at the next record; what it committed stays. */
  'jobs.cancel': call<{ cancelled: boolean }>()(z.object({ id }).strict()),
  /** Pauses an analysis after the articles in flight are stored; it resumes only when asked. */
  'jobs.pause': call<JobRow>()(z.object({ id }).strict()),
  /** Continues a paused, cancelled or failed analysis where it stopped, in the same run. */
  'jobs.resume': call<JobRow>()(z.object({ id }).strict()),
  /** The articles a job could not process, each with its reason. */
  'jobs.errors': call<JobErrorPage>()(
    z.object({ id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict()
  ),

  /** Dataset export: the tables and their columns, the default folder (beside the corpus) and the coders. */
  'export.defaults': call<ExportDefaults>()(z.object({}).strict()),
  /** The first rows of a table as the export would write them. */
  'export.preview': call<ExportPreview>()(exportPreviewSchema),
  /** Starts an export job; follow it through job.progress, cancel it with jobs.cancel. */
  'export.start': call<{ jobId: number }>()(datasetRequestSchema),
  /** A finished export's files, row counts and hashes; null while it runs. */
  'export.result': call<ExportResult | null>()(z.object({ jobId: id }).strict()),
  /** Imports a judgments CSV (e.g. an exported judgments table edited in Excel or R) as one coder's judgments. */
  'judgments.importCsv': call<JudgmentCsvImportResult>()(judgmentImportSchema)
} as const

export const events = {
  /** A job started, advanced or ended. */
  'job.progress': event<JobRow>(),
  /** Articles were added or changed; views showing the corpus should refresh. */
  'corpus.changed': event<{ added: number }>()
} as const

export type Contract = typeof contract
export type CallName = keyof Contract
/** What a caller may pass (defaults still optional). */
export type CallInput<Name extends CallName> = z.input<Contract[Name]['input']>
/** What a handler receives (defaults filled in, validated). */
export type ParsedInput<Name extends CallName> = z.output<Contract[Name]['input']>
export type CallOutput<Name extends CallName> = Contract[Name]['output']

export type EventName = keyof typeof events
export type EventPayload<Name extends EventName> = (typeof events)[Name]['payload']
export interface PushedEvent<Name extends EventName = EventName> {
  name: Name
  payload: EventPayload<Name>
}

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

/** The client interface the renderer codes against; each transport implements it. */
export interface SlantClient {
  call<Name extends CallName>(name: Name, input: CallInput<Name>): Promise<CallOutput<Name>>
  subscribe(listener: (event: PushedEvent) => void): () => void
}
