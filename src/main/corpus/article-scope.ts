import type { ArticleFilters } from '../../shared/contract'
import { parseSearch, type HighlightToken } from './fts-query'

/**
 * The SQL that selects the articles a search and its filters cover, as FROM and WHERE parts with
 * their parameters. Every value travels as a parameter (lists as JSON arrays), never as SQL text.
 */
export interface ArticleScope {
  /** FROM clause; the articles table is always aliased `a`. */
  from: string
  where: string
  params: unknown[]
  /** The FTS5 expression when the search is ranked, for bm25(). */
  ranked: boolean
  highlights: HighlightToken[]
  /** The search text held nothing searchable: the scope is empty. */
  impossible: boolean
  /**
   * The FTS5 expression when the scope is a search and nothing else: counting and ranking can then
   * stay inside the full-text index, without reading a row of the (wide) articles table.
   */
  searchOnly: string | null
}

export interface ScopeInput {
  query?: string | undefined
  filters?: ArticleFilters | undefined
}

type Dimension = 'language' | 'framing' | 'omission'

/** A bias score of Slant's newest run for the article `a`, or NULL when never analysed. */
function newestScoreSql(dimension: Dimension): string {
  return `(SELECT sc.score FROM article_scores sc JOIN analysis_runs r ON r.id = sc.run_id
  WHERE sc.article_id = a.id AND sc.dimension = '${dimension}' AND r.origin = 'slant' ORDER BY sc.run_id DESC LIMIT 1)`
}

/** Each coder's current non-empty value of this kind for the article `a` (their latest row), as (id, value) rows. */
function currentJudgmentsSql(dimension: Dimension, kind: 'score' | 'adjudication'): string {
  return `SELECT j.id, j.value FROM judgments j WHERE j.article_id = a.id AND j.dimension = '${dimension}' AND j.kind = '${kind}'
    AND j.id = (SELECT max(k.id) FROM judgments k WHERE k.article_id = j.article_id AND k.dimension = j.dimension AND k.kind = j.kind AND k.coder_id = j.coder_id)
    AND j.value IS NOT NULL`
}

/**
 * The value the table shows, filters and sorts by: the design's final-value rule, as
 * annotation/final-values.ts applies it (adjudicated, else the coders' consensus, else the latest
 * coder's value, else the machine's). Articles nobody judged skip straight to the machine's value.
 */
function finalScoreSql(dimension: Dimension): string {
  const adjudicated = `(SELECT value FROM (${currentJudgmentsSql(dimension, 'adjudication')}) ORDER BY id DESC LIMIT 1)`
  const humans = currentJudgmentsSql(dimension, 'score')
  const consensus = `(SELECT CASE WHEN count(*) >= 2 AND min(value) = max(value) THEN min(value) END FROM (${humans}))`
  const latest = `(SELECT value FROM (${humans}) ORDER BY id DESC LIMIT 1)`
  return `(CASE WHEN EXISTS (SELECT 1 FROM judgments jx WHERE jx.article_id = a.id AND jx.dimension = '${dimension}')
    THEN coalesce(${adjudicated}, ${consensus}, ${latest}, ${newestScoreSql(dimension)}) ELSE ${newestScoreSql(dimension)} END)`
}
/** Which step of the final-value rule gave finalScoreSql its value: the table says so beside each score. */
function finalSourceSql(dimension: Dimension): string {
  const adjudicated = `EXISTS (${currentJudgmentsSql(dimension, 'adjudication')})`
  const humans = currentJudgmentsSql(dimension, 'score')
  const consensus = `(SELECT count(*) >= 2 AND min(value) = max(value) FROM (${humans}))`
  const human = `EXISTS (${humans})`
  const machine = `${newestScoreSql(dimension)} IS NOT NULL`
  return `(CASE WHEN EXISTS (SELECT 1 FROM judgments jx WHERE jx.article_id = a.id AND jx.dimension = '${dimension}')
    THEN CASE WHEN ${adjudicated} THEN 'adjudicated' WHEN ${consensus} THEN 'consensus' WHEN ${human} THEN 'human' WHEN ${machine} THEN 'machine' END
    ELSE CASE WHEN ${machine} THEN 'machine' END END)`
}
export const LANGUAGE_BIAS_SOURCE_SQL = finalSourceSql('language')
export const FRAMING_BIAS_SOURCE_SQL = finalSourceSql('framing')
export const OMISSION_BIAS_SOURCE_SQL = finalSourceSql('omission')
export const LANGUAGE_BIAS_SQL = finalScoreSql('language')
export const FRAMING_BIAS_SQL = finalScoreSql('framing')
export const OMISSION_BIAS_SQL = finalScoreSql('omission')

function json(values: unknown[]): string {
  return JSON.stringify(values)
}

export function filterConditions(filters: ArticleFilters): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = []
  const params: unknown[] = []
  if (filters.storyIds && filters.storyIds.length > 0) {
    conditions.push('a.id IN (SELECT article_id FROM story_articles WHERE story_id IN (SELECT value FROM json_each(?)))')
    params.push(json(filters.storyIds))
  }
  if (filters.outletIds && filters.outletIds.length > 0) {
    conditions.push('a.outlet_id IN (SELECT value FROM json_each(?))')
    params.push(json(filters.outletIds))
  }
  if (filters.languages && filters.languages.length > 0) {
    // '' stands for "language unknown", so a facet of unknown-language articles can be selected.
    conditions.push("coalesce(a.language, '') IN (SELECT value FROM json_each(?))")
    params.push(json(filters.languages))
  }
  if (filters.tags && filters.tags.length > 0) {
    conditions.push(
      'a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name COLLATE NOCASE IN (SELECT value FROM json_each(?)))'
    )
    params.push(json(filters.tags))
  }
  if (filters.dateFrom) {
    conditions.push('a.published_at >= ?')
    params.push(filters.dateFrom)
  }
  if (filters.dateTo) {
    // Dates and date-times compare as text; anything on the last day sorts before the next day.
    conditions.push("a.published_at < date(?, '+1 day')")
    params.push(filters.dateTo)
  }
  if (filters.analysed !== undefined) {
    conditions.push(`${filters.analysed ? '' : 'NOT '}EXISTS (SELECT 1 FROM article_analyses x WHERE x.article_id = a.id)`)
  }
  if (filters.languageBias && filters.languageBias.length > 0) {
    conditions.push(`${LANGUAGE_BIAS_SQL} IN (SELECT value FROM json_each(?))`)
    params.push(json(filters.languageBias))
  }
  if (filters.omissionBias && filters.omissionBias.length > 0) {
    conditions.push(`${OMISSION_BIAS_SQL} IN (SELECT value FROM json_each(?))`)
    params.push(json(filters.omissionBias))
  }
  if (filters.sdgGoals && filters.sdgGoals.length > 0) {
    // The goals of Slant's newest analysis of the article.
    conditions.push(`EXISTS (SELECT 1 FROM article_sdgs g WHERE g.article_id = a.id AND g.goal IN (SELECT value FROM json_each(?))
      AND g.run_id = (SELECT max(x.run_id) FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = a.id AND r.origin = 'slant'))`)
    params.push(json(filters.sdgGoals))
  }
  if (filters.framingBias && filters.framingBias.length > 0) {
    conditions.push(`${FRAMING_BIAS_SQL} IN (SELECT value FROM json_each(?))`)
    params.push(json(filters.framingBias))
  }
  if (filters.nearDuplicates === 'only') conditions.push("a.id IN (SELECT article_id FROM near_duplicates WHERE status = 'flagged')")
  if (filters.nearDuplicates === 'exclude') conditions.push("a.id NOT IN (SELECT article_id FROM near_duplicates WHERE status = 'flagged')")
  return { conditions, params }
}

/**
 * @param ranked join the FTS table itself (for bm25 ordering); otherwise the match is a subquery,
 *   which lets SQLite walk an index of the sort column instead.
 */
export function articleScope(input: ScopeInput, ranked: boolean): ArticleScope {
  const search = input.query ? parseSearch(input.query) : null
  const { conditions, params } = filterConditions(input.filters ?? {})
  const impossible = Boolean(input.query && input.query.trim() && !search?.match)
  if (!search?.match) {
    return { from: 'articles a', where: conditions.join(' AND ') || '1', params, ranked: false, highlights: [], impossible, searchOnly: null }
  }
  if (ranked) {
    return {
      from: 'articles_fts JOIN articles a ON a.id = articles_fts.rowid',
      where: ['articles_fts MATCH ?', ...conditions].join(' AND '),
      params: [search.match, ...params],
      ranked: true,
      highlights: search.highlights,
      impossible: false,
      searchOnly: conditions.length === 0 ? search.match : null
    }
  }
  return {
    from: 'articles a',
    where: ['a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)', ...conditions].join(' AND '),
    params: [search.match, ...params],
    ranked: false,
    highlights: search.highlights,
    impossible: false,
    searchOnly: conditions.length === 0 ? search.match : null
  }
}
