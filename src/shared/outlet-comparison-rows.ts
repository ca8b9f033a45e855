/** Outlet profiles and paired comparisons across outlets, as the contract returns them. */
import type { BiasDimension } from './rows'

export interface MeanWithInterval {
  n: number
  mean: number | null
  sd: number | null
  /** 95% confidence interval (Student's t); null below two values. */
  low: number | null
  high: number | null
}

export interface OutletProfile {
  outletId: number
  outlet: string
  articles: number
  /** Per dimension: how many articles have each final value 1-5 (index 0 is score 1), and the mean with its interval. */
  scores: Record<BiasDimension, { distribution: number[]; mean: MeanWithInterval }>
  /** The machine's primary frame per analysed article, most used first. */
  frames: { frame: string; articles: number }[]
  /** Articles bearing on each goal (Slant's newest analysis), most first. */
  sdgs: { goal: number; articles: number }[]
  topics: { topic: string; articles: number }[]
  /** Quotes by the kind of speaker (official, expert, company, affected, other). */
  voices: { type: string; quotes: number }[]
}

export interface OutletProfiles {
  /** Articles in the scope (search and filters) in all. */
  articles: number
  outlets: OutletProfile[]
}

/** Two outlets compared on the stories both covered: per story the mean of each outlet's articles, then the differences. */
export interface PairedDifference {
  outletIds: [number, number]
  outlets: [string, string]
  /** Stories both covered with a value on the dimension. */
  stories: number
  /** Each outlet's mean over those stories. */
  means: [number | null, number | null]
  /** First minus second, per story: mean and 95% interval. */
  difference: MeanWithInterval
}

export interface PairedComparison {
  dimension: BiasDimension
  /** Stories every chosen outlet covered. */
  sharedByAll: number
  pairs: PairedDifference[]
}

/** A group of outlets: one outlet, or every outlet with one value of an attribute (lean: left). */
export interface OutletGroup {
  key: string
  label: string
  outlets: number
  /** Stories in scope this group covered. */
  stories: number
}

export interface BlindspotRow {
  storyId: number
  label: string
  firstDate: string
  lastDate: string
  articles: number
  covered: string[]
  missing: string[]
}

export interface Blindspots {
  groups: OutletGroup[]
  /** Stories covered by some groups and not by others (or, with `missing`, not by that group). */
  total: number
  rows: BlindspotRow[]
}
