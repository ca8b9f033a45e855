import type { Db } from '../../db/open-database'
import { contentHash, countWords } from '../text-measures'
import type { WriteOutcome } from './article-writer'
import type { OutletResolver } from './outlet-resolver'
import type { SearchIndexQueue } from '../search-index'

/** The parts of a parsed analysis report (report/parse-report.ts) that are stored. */
export interface ReportToStore {
  title: string
  outletDomain: string | null
  summary: string | null
  language: string | null
  languageCode: string | null
  country: string | null
  topics: string[]
  organisations: string[]
  people: string[]
  questions: { question: string; answer: string }[]
  scores: { dimension: 'framing' | 'language' | 'omission'; score: number; rationale: string }[]
  sdgs: { goal: number; name: string; direction: 'positive' | 'negative'; relevance: 'direct' | 'indirect'; rationale: string }[]
}

export const IMPORTED_ANALYZER_VERSION = 'report'

/**
 * Stores an analysis report made elsewhere as a run named "imported: <domain>", attached to the
 * article it is about: an existing article with the same title (from that outlet where it is known),
 * else a new article holding the report's summary as its only text.
 */
export class ReportWriter {
  private readonly findRun
  private readonly insertRun
  private readonly findArticleByTitleAndDomain
  private readonly findArticleByTitle
  private readonly insertArticle
  private readonly hasAnalysis
  private readonly insertAnalysis
  private readonly insertScore
  private readonly insertSdg
  private readonly insertEntity
  private readonly insertTopic

  constructor(
    private readonly db: Db,
    private readonly outlets: OutletResolver,
    private readonly searchIndex: SearchIndexQueue
  ) {
    this.findRun = db.prepare<[string, string], { id: number }>("SELECT id FROM analysis_runs WHERE analyzer = ? AND version = ? AND parameters = '{}'")
    this.insertRun = db.prepare<[string, string, string]>(
      "INSERT INTO analysis_runs (analyzer, version, origin, label, finished_at) VALUES (?, ?, 'imported', ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
    )
    this.findArticleByTitleAndDomain = db.prepare<[string, string], { id: number }>(
      `SELECT a.id FROM articles a JOIN outlet_domains d ON d.outlet_id = a.outlet_id
       WHERE a.title = ? COLLATE NOCASE AND d.domain = ? ORDER BY a.id LIMIT 1`
    )
    this.findArticleByTitle = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE title = ? COLLATE NOCASE ORDER BY id LIMIT 1')
    this.insertArticle = db.prepare(
      `INSERT INTO articles (outlet_id, title, text, language, country, word_count, content_hash)
       VALUES (@outletId, @title, @text, @language, @country, @wordCount, @contentHash)`
    )
    this.hasAnalysis = db.prepare<[number, number], { one: number }>('SELECT 1 AS one FROM article_analyses WHERE run_id = ? AND article_id = ?')
    this.insertAnalysis = db.prepare<[number, number, string | null, string | null, string | null, string]>(
      'INSERT INTO article_analyses (run_id, article_id, summary, language, country, details) VALUES (?, ?, ?, ?, ?, ?)'
    )
    this.insertScore = db.prepare<[number, number, string, number, string]>(
      'INSERT INTO article_scores (run_id, article_id, dimension, score, rationale) VALUES (?, ?, ?, ?, ?)'
    )
    this.insertSdg = db.prepare<[number, number, number, string, string, string]>(
      'INSERT OR REPLACE INTO article_sdgs (run_id, article_id, goal, direction, relevance, rationale) VALUES (?, ?, ?, ?, ?, ?)'
    )
    this.insertEntity = db.prepare<[number, number, string, string]>(
      'INSERT OR IGNORE INTO article_entities (run_id, article_id, kind, name) VALUES (?, ?, ?, ?)'
    )
    this.insertTopic = db.prepare<[number, number, string]>('INSERT OR IGNORE INTO article_topics (run_id, article_id, topic) VALUES (?, ?, ?)')
  }

  write(report: ReportToStore): WriteOutcome {
    const domain = report.outletDomain?.toLowerCase().replace(/^www\./, '') ?? null
    const runId = this.runFor(domain)
    const existing = (domain ? this.findArticleByTitleAndDomain.get(report.title, domain) : undefined) ?? this.findArticleByTitle.get(report.title)
    if (existing && this.hasAnalysis.get(runId, existing.id)) {
      return { kind: 'duplicate', of: existing.id, reason: `this report is already stored for article ${existing.id}` }
    }
    const articleId = existing ? existing.id : this.createArticle(report, domain)
    const details = { questions: report.questions, language: report.language }
    this.insertAnalysis.run(runId, articleId, report.summary, report.languageCode, report.country, JSON.stringify(details))
    for (const score of report.scores) this.insertScore.run(runId, articleId, score.dimension, score.score, score.rationale)
    for (const sdg of report.sdgs) this.insertSdg.run(runId, articleId, sdg.goal, sdg.direction, sdg.relevance, sdg.rationale)
    for (const name of report.organisations) this.insertEntity.run(runId, articleId, 'organisation', name)
    for (const name of report.people) this.insertEntity.run(runId, articleId, 'person', name)
    for (const topic of report.topics) this.insertTopic.run(runId, articleId, topic)
    return { kind: 'added', id: articleId }
  }

  private runFor(domain: string | null): number {
    const analyzer = `imported: ${domain ?? 'unknown source'}`
    const found = this.findRun.get(analyzer, IMPORTED_ANALYZER_VERSION)
    return found ? found.id : (this.insertRun.run(analyzer, IMPORTED_ANALYZER_VERSION, analyzer).lastInsertRowid as number)
  }

  private createArticle(report: ReportToStore, domain: string | null): number {
    const text = report.summary?.trim() || report.title
    const id = this.insertArticle.run({
      outletId: this.outlets.resolve(null, domain),
      title: report.title,
      text,
      language: report.languageCode,
      country: report.country,
      wordCount: countWords(text),
      contentHash: contentHash(`report summary\n${text}`)
    }).lastInsertRowid as number
    this.searchIndex.add(id)
    return id
  }
}
