/**
 * What a dataset export and a judgments re-import accept: shared by the contract (the app's export
 * dialog), the CLI and the export service, so each checks the same rules.
 */
import { z } from 'zod'
import { articleFiltersSchema } from './article-filters'

/** The tables of a dataset (design: "Export formats"), in the order "all" writes them. */
export const DATASET_TABLES = ['articles', 'judgments', 'spans', 'sentences', 'entities', 'sdgs', 'frames', 'stories', 'outlets'] as const
export type DatasetTable = (typeof DATASET_TABLES)[number]

const id = z.number().int().positive()

/** Which articles an export covers; every table holds only rows of these articles (stories and outlets: those they belong to). */
export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  /** The corpus table's current search and filters, with the search box's syntax. */
  z.object({ kind: z.literal('search'), query: z.string().max(1000).default(''), filters: articleFiltersSchema.default({}) }).strict(),
  z.object({ kind: z.literal('story'), storyId: id }).strict(),
  z.object({ kind: z.literal('selection'), ids: z.array(id).min(1).max(200_000) }).strict(),
  z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1).max(200) }).strict()
])
export type ExportScope = z.infer<typeof exportScopeSchema>

/**
 * Which value the score columns report: the final value by the design's rule (adjudicated, else
 * consensus, else latest human, else machine), the machine's only, or one coder's only.
 */
export const scoreSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('final') }).strict(),
  z.object({ kind: z.literal('machine') }).strict(),
  z.object({ kind: z.literal('coder'), coder: z.string().trim().min(1).max(200) }).strict()
])
export type ScoreSource = z.infer<typeof scoreSourceSchema>

/**
 * How cells are written. The Excel profile escapes cells that would run as formulas; ";" as the
 * delimiter also writes decimal commas, as Excel and R's read.csv2 expect in the locales that use it.
 */
export const fileOptionsSchema = z
  .object({
    format: z.enum(['csv', 'jsonl']).default('csv'),
    profile: z.enum(['standard', 'excel']).default('standard'),
    bom: z.boolean().default(false),
    delimiter: z.enum([',', ';']).default(',')
  })
  .strict()
export type FileOptions = z.infer<typeof fileOptionsSchema>

const columnName = z.string().min(1).max(100)

export const datasetRequestSchema = z
  .object({
    tables: z.array(z.enum(DATASET_TABLES)).min(1).max(DATASET_TABLES.length),
    scope: exportScopeSchema.default({ kind: 'all' }),
    scoreSource: scoreSourceSchema.default({ kind: 'final' }),
    file: fileOptionsSchema.default({ format: 'csv', profile: 'standard', bom: false, delimiter: ',' }),
    /** Chosen columns per table, in the order to write them; a table not named keeps all its columns. */
    columns: z.partialRecord(z.enum(DATASET_TABLES), z.array(columnName).min(1).max(200)).default({}),
    /**
     * Where to write: a file for one table (its codebook and manifest go beside it), a folder for
     * several. Typed by the researcher, since browser mode has no native folder picker.
     */
    out: z.string().trim().min(1).max(4096)
  })
  .strict()
export type DatasetRequest = z.infer<typeof datasetRequestSchema>
export type DatasetRequestInput = z.input<typeof datasetRequestSchema>

export const exportPreviewSchema = z
  .object({
    table: z.enum(DATASET_TABLES),
    scope: exportScopeSchema.default({ kind: 'all' }),
    scoreSource: scoreSourceSchema.default({ kind: 'final' }),
    columns: z.array(columnName).min(1).max(200).optional(),
    limit: z.number().int().min(1).max(50).default(5)
  })
  .strict()

/** A judgments CSV to import as one coder's judgments: a path (app, CLI) or its content (browser upload). */
export const judgmentImportSchema = z.union([
  z.object({ coder: z.string().trim().min(1).max(200), path: z.string().min(1).max(4096) }).strict(),
  z.object({ coder: z.string().trim().min(1).max(200), fileName: z.string().min(1).max(500), content: z.string().max(200_000_000) }).strict()
])
