import type { ArticleAnalysisResult, ArticleToAnalyze } from '../article-analysis'

/** Messages between the pool and its analysis workers. */
export type ToWorker =
  | { type: 'init'; databasePath: string }
  | { type: 'analyze'; batch: number; articles: ArticleToAnalyze[] }

export interface ArticleFailure {
  articleId: number
  error: string
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; batch: number; results: ArticleAnalysisResult[]; failures: ArticleFailure[] }
  | { type: 'fatal'; error: string }
