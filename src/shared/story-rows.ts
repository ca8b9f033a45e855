/** Rows of the stories view and the side-by-side comparison, as the contract returns them. */
import type { BiasDimension } from './rows'

export const STORY_SORT_KEYS = ['last_date', 'first_date', 'label', 'articles', 'outlets', 'language_spread', 'framing_spread', 'omission_spread'] as const
export type StorySortKey = (typeof STORY_SORT_KEYS)[number]

/** One dimension's scores across a story's articles, by the final-value rule; nulls when none is scored. */
export interface ScoreSpread {
  min: number | null
  max: number | null
  mean: number | null
  /** Articles with a value. */
  scored: number
}

export interface StoryRow {
  id: number
  label: string
  labelSetByHand: boolean
  firstDate: string
  lastDate: string
  articles: number
  outletCount: number
  /** Outlet names, most articles first. */
  outlets: string[]
  /** Articles placed by hand (kept where they are when stories are clustered again). */
  pinned: number
  scores: Record<BiasDimension, ScoreSpread>
}

export interface StoryPage {
  total: number
  rows: StoryRow[]
}

export interface StoryArticleRow {
  articleId: number
  title: string
  outletId: number | null
  outlet: string | null
  publishedAt: string | null
  pinned: boolean
  similarity: number | null
  /** Final values (adjudicated, consensus, latest coder, else machine). */
  scores: Record<BiasDimension, number | null>
}

export type StoryEditKind = 'rename' | 'merge' | 'split' | 'move'

export interface StoryEditRow {
  id: number
  kind: StoryEditKind
  storyId: number | null
  otherStoryIds: number[]
  articleIds: number[]
  label: string | null
  createdAt: string
}

export interface StoryDetail {
  story: StoryRow
  articles: StoryArticleRow[]
  /** Edits by hand that touched this story, newest first. */
  edits: StoryEditRow[]
}

export interface StoryEditResult {
  /** The stories the edit changed that still exist. */
  storyIds: number[]
  /** Articles whose omission was scored again against their new siblings. */
  omissionsScored: number
}

export type CoverageKind = 'name' | 'figure' | 'voice' | 'claim'

/** Where an article says something, as offsets in its stored text (UTF-16 code units). */
export interface Passage {
  start: number
  end: number
}

export interface CoverageCell {
  mentioned: boolean
  passage: Passage | null
}

/** One name, figure, voice or claim, and whether each compared article carries it (cells in article order). */
export interface CoverageRow {
  key: string
  kind: CoverageKind
  item: string
  /** person, organisation or place for a name; the speaker's type for a voice. */
  detail: string | null
  carriedBy: number
  cells: CoverageCell[]
}

export interface ComparedArticle {
  articleId: number
  title: string
  outlet: string | null
  publishedAt: string | null
  storyId: number | null
  /** False when Slant has not analysed it: its column has text but no facts. */
  analysed: boolean
}

export interface SpeakerQuotes {
  speaker: string
  speakerType: string | null
  quotes: (Passage & { text: string })[]
}

export interface ArticleDifferences {
  articleId: number
  /** What only this article carries among those compared. */
  only: { kind: CoverageKind; item: string }[]
  /** What at least half of the others carry and this one leaves out. */
  leftOut: { kind: CoverageKind; item: string; carriedBy: number }[]
}

export interface HeadlineWord {
  text: string
  /** No other compared headline uses the word. */
  unique: boolean
}

export interface StoryComparison {
  articles: ComparedArticle[]
  rows: CoverageRow[]
  /** Per article (same order), its quoted speakers with their quotes; unattributed quotes last. */
  quotes: SpeakerQuotes[][]
  differences: ArticleDifferences[]
  headlines: { articleId: number; words: HeadlineWord[] }[]
}

export type { BiasDimension }
