/** Rows of blind coding queues and adjudication, as the contract returns them. */
import type { ArticleFilters } from './contract'
import type { BiasDimension, FinalScore, ScoreSource } from './rows'

export type SampleKind = 'random' | 'stratified' | 'search' | 'story'
export type StratumAllocation = 'equal' | 'proportional'

/** How a queue's sample was drawn: enough to describe it in a methods section and to draw it again. */
export interface QueueSample {
  kind: SampleKind
  /** The size asked for; null: every article the saved search or story holds. */
  requestedSize: number | null
  seed: number
  allocation: StratumAllocation | null
  /** The saved search as it was when the queue was drawn (it may have changed or gone since). */
  savedSearch: { id: number; name: string; query: string; filters: ArticleFilters } | null
  story: { id: number; label: string } | null
}

/** How far one coder is through a queue: units with a saved value on every dimension of the queue. */
export interface CoderProgress {
  coderId: number
  coderName: string
  coderInitials: string
  coderColour: string
  complete: number
}

export interface QueueRow {
  id: number
  name: string
  sample: QueueSample
  /** One line for lists: "random, 5 of 120 articles, seed 42". */
  description: string
  dimensions: BiasDimension[]
  /** Units in the queue now (a deleted article leaves it until its deletion is undone). */
  size: number
  createdBy: string | null
  createdAt: string
  /** Every coder with at least one completed unit, and the current coder, most complete first. */
  progress: CoderProgress[]
}

/** The current coder's own value on one dimension of a unit. */
export interface OwnScore {
  dimension: BiasDimension
  value: number | null
  rationale: string | null
  confidence: number | null
}

/**
 * One unit of a queue for the current coder. Until the coder has saved a value on every dimension
 * of the queue, nothing about the machine's values or other coders' is sent at all.
 */
export interface QueueItem {
  queueId: number
  queueName: string
  dimensions: BiasDimension[]
  /** 0-based place of the unit in the queue. */
  position: number
  total: number
  article: { id: number; title: string; text: string; outletName: string | null; author: string | null; publishedAt: string | null; url: string | null }
  mine: OwnScore[]
  complete: boolean
  /** The final-value rule per dimension of the queue (machine and every coder), once complete; else null. */
  revealed: FinalScore[] | null
  /** Units this coder has completed, and the first one they have not (null: all done). */
  completedByMe: number
  firstIncomplete: number | null
}

/** What a queue can be drawn from, for the create dialog. */
export interface QueueSources {
  articleCount: number
  outlets: { id: number | null; name: string; articles: number }[]
  savedSearches: { id: number; name: string }[]
  stories: { id: number; label: string; articles: number }[]
}

/** A unit (article and dimension) on which coders disagree, for the adjudication list. */
export interface AdjudicationUnitRow {
  articleId: number
  title: string
  outletName: string | null
  dimension: BiasDimension
  values: { coderName: string; value: number }[]
  /** Highest minus lowest coder value. */
  spread: number
  /** The value the final-value rule reports now, and its source. */
  finalValue: number | null
  source: ScoreSource | null
}

export interface AdjudicationUnitList {
  /** Units matching the filter; at most the first 500 are listed. */
  total: number
  units: AdjudicationUnitRow[]
}

/** One unit to adjudicate: the article and every coder's value and rationale, by the final-value rule. */
export interface AdjudicationUnit {
  article: QueueItem['article']
  dimension: BiasDimension
  score: FinalScore
  /** Coders hold different values on it. */
  disagreement: boolean
}
