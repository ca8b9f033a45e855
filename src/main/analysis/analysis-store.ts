import type { Db } from '../db/open-database'
import type { ArticleAnalysisResult } from './article-analysis'

/**
 * Writes results for a run. Each article's rows are replaced whole, so a batch that is written twice
 * (a resumed job) leaves exactly one copy. The caller wraps a group of results in a transaction and
 * calls flushTermCounts() before committing it.
 */
export class AnalysisWriter {
  private readonly statements
  private readonly termCounts = new Map<string, number>()
  private documentsCounted = 0

  constructor(private readonly db: Db) {
    const prepare = (sql: string) => db.prepare(sql)
    this.statements = {
      clear: [
        'article_analyses',
        'article_scores',
        'article_sdgs',
        'article_entities',
        'article_topics',
        'article_evidence',
        'article_sentences',
        'article_quotes',
        'article_claims',
        'article_keyphrases'
      ].map((table) => prepare(`DELETE FROM ${table} WHERE run_id = ? AND article_id = ?`)),
      analysis: prepare('INSERT INTO article_analyses (run_id, article_id, summary, language, country, details) VALUES (?, ?, ?, ?, ?, ?)'),
      score: prepare('INSERT INTO article_scores (run_id, article_id, dimension, score, rationale, confidence) VALUES (?, ?, ?, ?, ?, ?)'),
      entity: prepare('INSERT OR IGNORE INTO article_entities (run_id, article_id, kind, name, mentions, first_offset) VALUES (?, ?, ?, ?, ?, ?)'),
      topic: prepare('INSERT OR IGNORE INTO article_topics (run_id, article_id, topic, weight) VALUES (?, ?, ?, ?)'),
      sdg: prepare('INSERT OR REPLACE INTO article_sdgs (run_id, article_id, goal, direction, relevance, rationale) VALUES (?, ?, ?, ?, ?, ?)'),
      evidence: prepare(
        'INSERT OR IGNORE INTO article_evidence (run_id, article_id, start_offset, end_offset, kind, label, suggestion, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      sentence: prepare(
        'INSERT OR REPLACE INTO article_sentences (run_id, article_id, sentence_index, start_offset, end_offset, loaded_terms, score, flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      quote: prepare('INSERT OR REPLACE INTO article_quotes (run_id, article_id, start_offset, end_offset, speaker, speaker_type, attribution) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      claim: prepare('INSERT OR REPLACE INTO article_claims (run_id, article_id, start_offset, end_offset, reasons) VALUES (?, ?, ?, ?, ?)'),
      keyphrase: prepare('INSERT OR REPLACE INTO article_keyphrases (run_id, article_id, phrase, weight) VALUES (?, ?, ?, ?)'),
      alreadyCounted: prepare('SELECT 1 FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = ? AND r.origin = ? LIMIT 1'),
      // One statement for all the terms of a group of articles: each distinct term is touched once.
      countTerms: prepare(
        `INSERT INTO term_document_frequency (term, documents) SELECT key, value FROM json_each(?) WHERE true
         ON CONFLICT(term) DO UPDATE SET documents = documents + excluded.documents`
      ),
      storyFeatures: prepare(
        'INSERT INTO article_story_features (article_id, terms, names, figures) VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET terms = excluded.terms, names = excluded.names, figures = excluded.figures'
      ),
      countDocuments: prepare("UPDATE term_statistics SET value = value + ? WHERE name = 'documents'"),
      hasResult: prepare('SELECT 1 FROM article_analyses WHERE run_id = ? AND article_id = ?'),
      country: prepare('SELECT o.country FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?')
    }
  }

  write(runId: number, result: ArticleAnalysisResult): void {
    const s = this.statements
    const id = result.articleId
    // An article counts once toward document frequencies, however often it is re-analysed.
    const counted = s.alreadyCounted.get(id, 'slant') !== undefined
    // Only a batch written again (a resumed job) has rows to replace; one lookup spares ten deletes.
    if (s.hasResult.get(runId, id) !== undefined) for (const clear of s.clear) clear.run(runId, id)
    const country = (s.country.get(id) as { country: string | null } | undefined)?.country ?? null
    s.analysis.run(runId, id, result.summary, result.language, country, JSON.stringify({ wordCount: result.wordCount, frames: result.frames }))
    s.score.run(runId, id, 'language', result.languageBias.score, result.languageBias.rationale, result.languageBias.confidence)
    s.score.run(runId, id, 'framing', result.framingBias.score, result.framingBias.rationale, result.framingBias.confidence)
    for (const entity of result.entities) s.entity.run(runId, id, entity.kind, entity.name, entity.mentions, entity.firstOffset)
    for (const topic of result.topics) s.topic.run(runId, id, topic.topic, topic.weight)
    for (const sdg of result.sdgs) s.sdg.run(runId, id, sdg.goal, sdg.direction, sdg.relevance, sdg.rationale)
    for (const span of result.evidence) s.evidence.run(runId, id, span.start, span.end, span.kind, span.label, span.suggestion, span.note)
    for (const sentence of result.sentences) {
      s.sentence.run(runId, id, sentence.index, sentence.start, sentence.end, JSON.stringify(sentence.loadedTerms), sentence.score, sentence.flag ? 1 : 0)
    }
    for (const quote of result.quotes) s.quote.run(runId, id, quote.start, quote.end, quote.speaker, quote.speakerType, quote.attribution)
    for (const claim of result.claims) s.claim.run(runId, id, claim.start, claim.end, JSON.stringify(claim.reasons))
    for (const keyphrase of result.keyphrases) s.keyphrase.run(runId, id, keyphrase.phrase, keyphrase.weight)
    // The newest analysis's features are what the article is clustered by; they are not per run.
    const features = result.storyFeatures
    s.storyFeatures.run(id, JSON.stringify(features.terms), JSON.stringify(features.names), JSON.stringify(features.figures))
    if (!counted) {
      for (const term of result.documentTerms) this.termCounts.set(term, (this.termCounts.get(term) ?? 0) + 1)
      this.documentsCounted++
    }
  }

  /** Adds the document frequencies of the articles written since the last call; call before committing. */
  flushTermCounts(): void {
    if (this.documentsCounted > 0) this.statements.countDocuments.run(this.documentsCounted)
    this.documentsCounted = 0
    if (this.termCounts.size === 0) return
    this.statements.countTerms.run(JSON.stringify(Object.fromEntries(this.termCounts)))
    this.termCounts.clear()
  }
}
