/**
 * The contract between the renderer and the services: every call with its runtime input schema and
 * its output type, and every pushed event. Electron IPC and the HTTP bridge are two transports of
 * exactly this object; neither has calls of its own.
 */
import { z } from 'zod'
import type {
  ArticleDetail,
  ArticlePage,
  CorpusInfo,
  ImportReport,
  JobRow,
  OutletRow
} from './rows'

/** Declares a call: the input schema is checked at run time, the output type at compile time. */
function call<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })
}

/** Declares a pushed event; its payload type exists only at compile time. */
function event<Payload>() {
  return { payload: undefined as unknown as Payload }
}

export const ARTICLE_SORT_KEYS = ['relevance', 'title', 'outlet', 'published_at', 'language', 'word_count'] as const
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number]

/** Large enough for a 100,000-article JSONL file read in the browser. */
export const MAX_UPLOAD_CHARACTERS = 1_000_000_000

export const contract = {
  /** Where the corpus lives and how big it is. */
  'corpus.info': call<CorpusInfo>()(z.object({}).strict()),

  /** One page of the corpus table: sorted, optionally filtered by a full-text query, paged in SQLite. */
  'articles.list': call<ArticlePage>()(
    z
      .object({
        query: z.string().max(1000).optional(),
        sort: z.enum(ARTICLE_SORT_KEYS).default('published_at'),
        direction: z.enum(['asc', 'desc']).default('desc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100)
      })
      .strict()
  ),

  /** One article with its whole text. */
  'articles.get': call<ArticleDetail>()(z.object({ id: z.number().int().positive() }).strict()),

  /** Every outlet with its domains and article count. */
  'outlets.list': call<OutletRow[]>()(z.object({}).strict()),

  /** Imports a file's content sent by the renderer (browser upload, drag and drop). */
  'import.upload': call<ImportReport>()(
    z
      .object({
        fileName: z.string().min(1).max(1000),
        content: z.string().max(MAX_UPLOAD_CHARACTERS)
      })
      .strict()
  ),

  /** Imports files by path on this machine (Electron's file picker; the CLI uses the same service). */
  'import.files': call<ImportReport[]>()(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict()
  ),

  /** Recent jobs, newest first. */
  'jobs.list': call<JobRow[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict())
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
