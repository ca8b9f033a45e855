import { join } from 'node:path'
import type { ArticleAnalysisResult, ArticleToAnalyze } from '../../src/main/analysis/article-analysis'
import { importContent } from '../../src/main/corpus/import-articles'
import { openDatabase, type Db } from '../../src/main/db/open-database'

/** A result of the shape the analyzers return, cheap enough for job tests over hundreds of articles. */
export function fakeResult(article: ArticleToAnalyze): ArticleAnalysisResult {
  return {
    articleId: article.id,
    language: 'en',
    wordCount: 3,
    summary: article.title,
    entities: [{ kind: 'person', name: 'Lena Ortiz', mentions: 1, firstOffset: 0 }],
    topics: [{ topic: 'transport', weight: 0.5 }],
    keyphrases: [{ phrase: 'charge', weight: 1 }],
    documentTerms: ['charge'],
    quotes: [],
    claims: [],
    sentences: [{ index: 0, start: 0, end: 5, text: article.text.slice(0, 5), loadedTerms: ['slammed'], score: 0.8, flag: true }],
    evidence: [{ start: 0, end: 5, kind: 'loaded_term', label: 'slammed', suggestion: 'criticised', note: 'loaded' }],
    languageBias: { score: 3, rationale: 'Loaded terms such as "slammed".', confidence: 0.6 },
    framingBias: { score: 2, rationale: 'Primary frame: economic.', confidence: 0.5 },
    frames: [{ frame: 'economic', matches: 3, cues: ['cost'] }],
    storyFeatures: { terms: [['charge', 1]], names: ['lena ortiz'], figures: [] },
    sdgs: [{ goal: 11, direction: 'negative', relevance: 'direct', rationale: '"congestion charge" appears 2 times.' }]
  }
}

/** A corpus of `count` short distinct articles in `directory`/c.sqlite. */
export async function corpus(directory: string, count: number): Promise<Db> {
  const { db } = openDatabase(join(directory, 'c.sqlite'))
  const lines = Array.from({ length: count }, (_, index) => JSON.stringify({ title: `Story ${index + 1}`, text: `Story number ${index + 1} text.` }))
  await importContent({ db }, 'seed.jsonl', lines.join('\n'))
  return db
}

export const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n
