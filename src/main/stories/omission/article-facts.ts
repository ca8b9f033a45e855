import type { Db } from '../../db/open-database'

/** What omission compares between sibling articles, from each article's newest Slant analysis. */
export interface ArticleFacts {
  articleId: number
  title: string
  outlet: string | null
  /** Lower-cased text, to check whether a name or figure is mentioned at all. */
  searchText: string
  names: { key: string; display: string; kind: 'person' | 'organisation' | 'place'; mentions: number; start: number | null }[]
  figures: { value: string; start: number; end: number }[]
  voices: { key: string; display: string; type: string | null; start: number; end: number }[]
  /** Sentences stating a figure with no source named or quoted. */
  unattributedClaims: { start: number; end: number; text: string }[]
}

interface ArticleRow {
  id: number
  title: string
  outlet: string | null
  text: string
  runId: number | null
  figures: string | null
}

const ARTICLE_SQL = `SELECT a.id, a.title, o.name AS outlet, a.text,
  (SELECT max(x.run_id) FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = a.id AND r.origin = 'slant') AS runId,
  f.figures AS figures
  FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN article_story_features f ON f.article_id = a.id
  WHERE a.id = ?`

function parseFigures(json: string | null): ArticleFacts['figures'] {
  try {
    return (JSON.parse(json ?? '[]') as [string, number, number][]).map(([value, start, end]) => ({ value, start, end }))
  } catch {
    // Features written by a damaged run count as no figures; re-analysis writes them again.
    return []
  }
}

export class ArticleFactsReader {
  private readonly statements

  constructor(db: Db) {
    this.statements = {
      article: db.prepare<[number], ArticleRow>(ARTICLE_SQL),
      entities: db.prepare<[number, number], { kind: ArticleFacts['names'][number]['kind']; name: string; mentions: number | null; first_offset: number | null }>(
        'SELECT kind, name, mentions, first_offset FROM article_entities WHERE run_id = ? AND article_id = ?'
      ),
      quotes: db.prepare<[number, number], { speaker: string | null; speaker_type: string | null; start_offset: number; end_offset: number }>(
        'SELECT speaker, speaker_type, start_offset, end_offset FROM article_quotes WHERE run_id = ? AND article_id = ? ORDER BY start_offset'
      ),
      claims: db.prepare<[number, number], { start_offset: number; end_offset: number; reasons: string }>(
        'SELECT start_offset, end_offset, reasons FROM article_claims WHERE run_id = ? AND article_id = ? ORDER BY start_offset'
      )
    }
  }

  /** The facts of an analysed article, or null when it has no Slant analysis (or is gone). */
  read(articleId: number): ArticleFacts | null {
    const row = this.statements.article.get(articleId)
    if (!row || row.runId === null) return null
    const runId = row.runId
    const names = this.statements.entities.all(runId, articleId).map((entity) => ({
      key: entity.name.toLowerCase(),
      display: entity.name,
      kind: entity.kind,
      mentions: entity.mentions ?? 1,
      start: entity.first_offset
    }))
    const figures = parseFigures(row.figures)
    const voices = this.statements.quotes
      .all(runId, articleId)
      .filter((quote) => quote.speaker !== null)
      .map((quote) => ({ key: (quote.speaker as string).toLowerCase(), display: quote.speaker as string, type: quote.speaker_type, start: quote.start_offset, end: quote.end_offset }))
    const unattributedClaims = this.statements.claims
      .all(runId, articleId)
      .filter((claim) => {
        const reasons = JSON.parse(claim.reasons) as string[]
        return reasons.includes('figure') && !reasons.includes('attribution') && !reasons.includes('quote')
      })
      .map((claim) => ({ start: claim.start_offset, end: claim.end_offset, text: row.text.slice(claim.start_offset, claim.end_offset) }))
    return { articleId, title: row.title, outlet: row.outlet, searchText: row.text.toLowerCase(), names, figures, voices, unattributedClaims }
  }
}
