import type { AnalysisRunRow, ArticleEvidence, EvidenceRow, QuoteRow, SentenceRow } from '../../shared/rows'
import type { Db } from '../db/open-database'

export function listAnalysisRuns(db: Db): AnalysisRunRow[] {
  return db
    .prepare(
      `SELECT r.id, r.label, r.analyzer, r.version, r.origin, r.started_at AS startedAt, r.finished_at AS finishedAt,
         (SELECT count(*) FROM article_analyses x WHERE x.run_id = r.id) AS articleCount
       FROM analysis_runs r ORDER BY r.id DESC`
    )
    .all() as AnalysisRunRow[]
}

export function articleEvidence(db: Db, articleId: number, runId?: number): ArticleEvidence {
  const run =
    runId ??
    (db
      .prepare("SELECT max(x.run_id) AS id FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = ? AND r.origin = 'slant'")
      .get(articleId) as { id: number | null }).id
  if (run === null) return { runId: null, evidence: [], sentences: [], quotes: [], keyphrases: [], claims: [] }
  const evidence = db
    .prepare('SELECT start_offset AS start, end_offset AS end, kind, label, suggestion, note FROM article_evidence WHERE run_id = ? AND article_id = ? ORDER BY start_offset')
    .all(run, articleId) as EvidenceRow[]
  const sentences = (
    db
      .prepare(
        'SELECT sentence_index AS "index", start_offset AS start, end_offset AS end, loaded_terms AS loadedTerms, score, flag FROM article_sentences WHERE run_id = ? AND article_id = ? ORDER BY sentence_index'
      )
      .all(run, articleId) as (Omit<SentenceRow, 'loadedTerms' | 'flag'> & { loadedTerms: string; flag: number })[]
  ).map((row) => ({ ...row, loadedTerms: JSON.parse(row.loadedTerms) as string[], flag: row.flag === 1 }))
  const quotes = db
    .prepare('SELECT start_offset AS start, end_offset AS end, speaker, speaker_type AS speakerType, attribution FROM article_quotes WHERE run_id = ? AND article_id = ? ORDER BY start_offset')
    .all(run, articleId) as QuoteRow[]
  const keyphrases = db.prepare('SELECT phrase, weight FROM article_keyphrases WHERE run_id = ? AND article_id = ? ORDER BY weight DESC').all(run, articleId) as {
    phrase: string
    weight: number
  }[]
  const claims = (
    db.prepare('SELECT start_offset AS start, end_offset AS end, reasons FROM article_claims WHERE run_id = ? AND article_id = ? ORDER BY start_offset').all(run, articleId) as {
      start: number
      end: number
      reasons: string
    }[]
  ).map((row) => ({ ...row, reasons: JSON.parse(row.reasons) as string[] }))
  return { runId: run, evidence, sentences, quotes, keyphrases, claims }
}
