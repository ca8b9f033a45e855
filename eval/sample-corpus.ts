import { readFileSync } from 'node:fs'

export interface SampleArticle {
  external_id: string
  title: string
  text: string
  language?: string
}

export interface SampleAnnotation {
  /** The story the article was written as part of (several outlets each). */
  story: string
  intended: { framing: number; language: number; omission: number }
  primary_frame: string
  loaded_terms: { term: string }[]
}

/** The sample corpus's English articles and the scores, frames and terms their authors designed. */
export function readSampleCorpus(): { articles: SampleArticle[]; annotations: Record<string, SampleAnnotation> } {
  const folder = new URL('../resources/sample-corpus/', import.meta.url)
  const articles = readFileSync(new URL('articles.jsonl', folder), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as SampleArticle)
    .filter((article) => article.language === 'en')
  return { articles, annotations: JSON.parse(readFileSync(new URL('annotations.json', folder), 'utf8')) as Record<string, SampleAnnotation> }
}
