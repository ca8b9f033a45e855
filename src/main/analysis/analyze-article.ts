import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Db } from '../db/open-database'
import type { ArticleAnalysisResult, ArticleToAnalyze } from './article-analysis'
import { extractClaims } from './claims/extract-claims'
import { extractEntities } from './entities/extract-entities'
import { analyzeLanguageBias, lexiconPath, loadLexicon, type LexiconEntryInput } from './language-bias'
import { detectLanguage } from './language/detect-language'
import { extractQuotes } from './quotes/extract-quotes'
import { summarize } from './summary/summarize'
import { tokenize } from './text/tokenize'
import { classifyTopics } from './topics/classify-topics'
import { createIdf, documentTerms, keyphrases } from './topics/keyphrases'

/** The researcher's own lexicon terms, stored in the corpus. */
export function userLexiconEntries(db: Db): LexiconEntryInput[] {
  return (db.prepare('SELECT term, category, weight, neutral FROM lexicon_terms ORDER BY term').all() as { term: string; category: string; weight: number; neutral: string }[]).map(
    (row) => ({ term: row.term, category: row.category, weight: row.weight, neutral: JSON.parse(row.neutral) as string[] }) as LexiconEntryInput
  )
}

/** Identifies the lexicon a run used (shipped file plus user terms), recorded in the run's parameters. */
export function lexiconVersion(db: Db): string {
  const hash = createHash('sha256')
  const path = lexiconPath()
  if (existsSync(path)) hash.update(readFileSync(path))
  hash.update(JSON.stringify(userLexiconEntries(db)))
  return hash.digest('hex').slice(0, 16)
}

/**
 * Loads everything the analyzers need once (lexicons, models, a read-only view of the corpus for
 * term statistics) and returns the function that analyses one article. Used by each worker thread,
 * and on the main thread where no worker can start.
 */
export function createArticleAnalyzer(options: { databasePath: string }): (article: ArticleToAnalyze) => ArticleAnalysisResult {
  const corpus = new Database(options.databasePath, { readonly: true, fileMustExist: true })
  const lexicon = loadLexicon(userLexiconEntries(corpus))
  const frequency = corpus.prepare<[string], { documents: number }>('SELECT documents FROM term_document_frequency WHERE term = ?')
  const analysedCount = corpus.prepare("SELECT count(DISTINCT article_id) AS n FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE r.origin = 'slant'")
  return (article) => {
    const tokenized = tokenize(article.text)
    const language = analyzeLanguageBias(tokenized, lexicon)
    const quotes = extractQuotes(tokenized)
    const documents = Math.max(1, (analysedCount.get() as { n: number }).n)
    const idf = createIdf({ get: (term: string) => frequency.get(term)?.documents }, documents)
    const evidence = [
      ...language.evidence,
      ...quotes.map((quote) => ({
        start: quote.start,
        end: quote.end,
        kind: 'quote' as const,
        label: quote.speaker ?? 'unattributed quote',
        suggestion: null,
        note: quote.attribution
      }))
    ]
    return {
      articleId: article.id,
      language: detectLanguage(article.text).code,
      wordCount: tokenized.tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.value)).length,
      summary: summarize(tokenized).text,
      entities: extractEntities(tokenized),
      topics: classifyTopics(tokenized),
      keyphrases: keyphrases(tokenized, idf),
      documentTerms: [...documentTerms(tokenized)],
      quotes,
      claims: extractClaims(tokenized, quotes),
      sentences: language.sentences,
      evidence,
      languageBias: language.bias
    }
  }
}
