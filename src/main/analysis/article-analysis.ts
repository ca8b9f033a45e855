import type { StoryFeatures } from './stories/story-features'
import type { ClaimFinding, EntityFinding, EvidenceSpan, QuoteFinding, ScoreWithRationale, SentenceScore } from './analysis-types'

/** An article as the analyzers receive it. */
export interface ArticleToAnalyze {
  id: number
  title: string
  text: string
}

/** Everything Slant's analyzers found in one article; stored as one run's results. */
export interface ArticleAnalysisResult {
  articleId: number
  language: string | null
  wordCount: number
  summary: string
  entities: EntityFinding[]
  topics: { topic: string; weight: number }[]
  keyphrases: { phrase: string; weight: number }[]
  /** Distinct terms of the article, for the corpus document frequencies behind keyphrase IDF. */
  documentTerms: string[]
  quotes: QuoteFinding[]
  claims: ClaimFinding[]
  sentences: SentenceScore[]
  evidence: EvidenceSpan[]
  languageBias: ScoreWithRationale
  framingBias: ScoreWithRationale
  /** Policy Frames used, most signalled first ("other" alone when none is). */
  frames: { frame: string; matches: number; cues: string[] }[]
  /** What same-story clustering compares (src/main/stories). */
  storyFeatures: StoryFeatures
  /** The Sustainable Development Goals the article bears on, most relevant first. */
  sdgs: { goal: number; direction: 'positive' | 'negative'; relevance: 'direct' | 'indirect'; rationale: string }[]
}

/** Bump when analyzer logic or shipped lexicons change, so results from different logic never share a version. */
export const ANALYZER_NAME = 'slant'
export const ANALYZER_VERSION = '0.1.0'
