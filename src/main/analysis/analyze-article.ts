import Database from 'better-sqlite3'
import type { ArticleAnalysisResult, ArticleToAnalyze } from './article-analysis'
import { extractClaims } from './claims/extract-claims'
import { extractEntities } from './entities/extract-entities'
import { analyzeFraming } from './framing/analyze-framing'
import { analyzeLanguageBias, loadLexicon } from './language-bias'
import { detectLanguage } from './language/detect-language'
import { extractQuotes } from './quotes/extract-quotes'
import { mapSdgs } from './sdgs/map-sdgs'
import { storyFeatures } from './stories/story-features'
import { summarize } from './summary/summarize'
import { createSentenceTone } from './text/sentence-tone'
import { tokenize } from './text/tokenize'
import { classifyTopics } from './topics/classify-topics'
import { createIdf, documentTerms, keyphrases } from './topics/keyphrases'
import { userLexiconEntries } from './user-lexicon'

/** Articles analysed between two counts of the analysed corpus (the N of the IDF). */
const RECOUNT_EVERY = 25

/**
 * Loads everything the analyzers need once (lexicons, models, a read-only view of the corpus for
 * term statistics) and returns the function that analyses one article. Used by each worker thread,
 * and on the main thread where no worker can start.
 */
export function createArticleAnalyzer(options: { databasePath: string }): (article: ArticleToAnalyze) => ArticleAnalysisResult {
  const corpus = new Database(options.databasePath, { readonly: true, fileMustExist: true })
  const lexicon = loadLexicon(userLexiconEntries(corpus))
  // One query per article for all its terms: a lookup per term was 40% of the analysis.
  const frequencies = corpus.prepare<[string], { term: string; documents: number }>(
    'SELECT term, documents FROM term_document_frequency WHERE term IN (SELECT value FROM json_each(?))'
  )
  const analysedCount = corpus.prepare("SELECT value AS n FROM term_statistics WHERE name = 'documents'")
  let documents = 1
  let articlesSinceCount = Infinity
  return (article) => {
    const tokenized = tokenize(article.text)
    const languageCode = detectLanguage(article.text).code
    const language = analyzeLanguageBias(tokenized, lexicon)
    const quotes = extractQuotes(tokenized)
    const entities = extractEntities(tokenized)
    const tone = createSentenceTone(tokenized)
    const framing = analyzeFraming({ tokenized, title: tokenize(article.title), quotes, entities, tone })
    // The corpus size changes slowly against one article's IDF: counted again every so many articles.
    if (articlesSinceCount >= RECOUNT_EVERY) {
      documents = Math.max(1, (analysedCount.get() as { n: number } | undefined)?.n ?? 0)
      articlesSinceCount = 0
    }
    articlesSinceCount++
    const terms = [...documentTerms(tokenized)]
    const frequency = new Map(frequencies.all(JSON.stringify(terms)).map((row) => [row.term, row.documents]))
    const idf = createIdf(frequency, documents)
    const evidence = [
      ...language.evidence,
      ...framing.evidence,
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
      language: languageCode,
      wordCount: tokenized.tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.value)).length,
      summary: summarize(tokenized).text,
      entities,
      topics: classifyTopics(tokenized),
      keyphrases: keyphrases(tokenized, idf),
      documentTerms: terms,
      quotes,
      claims: extractClaims(tokenized, quotes),
      sentences: language.sentences,
      evidence,
      languageBias: language.bias,
      framingBias: framing.bias,
      frames: framing.frames,
      storyFeatures: storyFeatures(tokenized, entities, idf),
      // The phrase list is English: German "war" is not a war.
      sdgs: (languageCode === null || languageCode === 'en' ? mapSdgs(tokenized, tone) : []).map(({ goal, direction, relevance, rationale }) => ({ goal, direction, relevance, rationale }))
    }
  }
}
