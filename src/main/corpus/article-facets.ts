import type { ArticleFilters } from '../../shared/contract'
import type { ArticleFacets } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { articleScope, FRAMING_BIAS_SQL, LANGUAGE_BIAS_SQL, OMISSION_BIAS_SQL, type ScopeInput } from './article-scope'
import { countArticles } from './article-queries'
import { sdgName } from './report/sdg-goals'

/** Facets list at most this many values each, the most frequent first. */
const FACET_LIMIT = 200

/**
 * Counts for the filter panel. Each facet is counted under every filter except its own, so choosing
 * one outlet still shows how many articles the other outlets would add.
 */
export function articleFacets(db: Db, input: ScopeInput): ArticleFacets {
  const filters = input.filters ?? {}
  const scopeWithout = (key: keyof ArticleFilters) => {
    const { [key]: _omitted, ...rest } = filters
    return articleScope({ query: input.query, filters: rest }, false)
  }
  const all = articleScope(input, false)
  if (all.impossible) {
    return { total: 0, outlets: [], languages: [], tags: [], analysed: { analysed: 0, notAnalysed: 0 }, languageBias: [], framingBias: [], omissionBias: [], sdgGoals: [], nearDuplicates: 0, dates: { first: null, last: null } }
  }

  const outletScope = scopeWithout('outletIds')
  const outlets = (
    db
      .prepare(
        `SELECT o.id AS value, o.name AS label, count(*) AS count FROM ${outletScope.from} JOIN outlets o ON o.id = a.outlet_id
         WHERE ${outletScope.where} GROUP BY o.id ORDER BY count DESC, o.name COLLATE NOCASE LIMIT ${FACET_LIMIT}`
      )
      .all(...outletScope.params) as ArticleFacets['outlets']
  )

  const languageScope = scopeWithout('languages')
  const languages = (
    db
      .prepare(
        `SELECT a.language AS value, count(*) AS count FROM ${languageScope.from} WHERE ${languageScope.where}
         GROUP BY a.language ORDER BY count DESC LIMIT ${FACET_LIMIT}`
      )
      .all(...languageScope.params) as { value: string | null; count: number }[]
  ).map((row) => ({ ...row, label: row.value ?? 'unknown' }))

  const tagScope = scopeWithout('tags')
  const tags = db
    .prepare(
      `SELECT t.name AS value, t.name AS label, count(*) AS count FROM ${tagScope.from}
       JOIN article_tags at ON at.article_id = a.id JOIN tags t ON t.id = at.tag_id
       WHERE ${tagScope.where} GROUP BY t.id ORDER BY count DESC, t.name COLLATE NOCASE LIMIT ${FACET_LIMIT}`
    )
    .all(...tagScope.params) as ArticleFacets['tags']

  const analysedScope = scopeWithout('analysed')
  const analysedRow = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(EXISTS (SELECT 1 FROM article_analyses x WHERE x.article_id = a.id)), 0) AS analysed
       FROM ${analysedScope.from} WHERE ${analysedScope.where}`
    )
    .get(...analysedScope.params) as { total: number; analysed: number }

  const scoreFacet = (filter: 'languageBias' | 'framingBias' | 'omissionBias', scoreSql: string) => {
    const scope = scopeWithout(filter)
    return (
      db
        .prepare(
          `SELECT score AS value, count(*) AS count FROM (SELECT ${scoreSql} AS score FROM ${scope.from} WHERE ${scope.where})
           WHERE score IS NOT NULL GROUP BY score ORDER BY score`
        )
        .all(...scope.params) as { value: number; count: number }[]
    ).map((row) => ({ ...row, label: String(row.value) }))
  }
  const languageBias = scoreFacet('languageBias', LANGUAGE_BIAS_SQL)
  const framingBias = scoreFacet('framingBias', FRAMING_BIAS_SQL)
  const omissionBias = scoreFacet('omissionBias', OMISSION_BIAS_SQL)
  const sdgScope = scopeWithout('sdgGoals')
  const sdgGoals = (
    db
      .prepare(
        `SELECT g.goal AS value, count(*) AS count FROM ${sdgScope.from}
         JOIN article_sdgs g ON g.article_id = a.id
           AND g.run_id = (SELECT max(x.run_id) FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = a.id AND r.origin = 'slant')
         WHERE ${sdgScope.where} GROUP BY g.goal ORDER BY g.goal`
      )
      .all(...sdgScope.params) as { value: number; count: number }[]
  ).map((row) => ({ ...row, label: `${row.value} ${sdgName(row.value)}` }))

  const duplicateScope = scopeWithout('nearDuplicates')
  const nearDuplicates = (
    db
      .prepare(
        `SELECT count(*) AS n FROM ${duplicateScope.from} WHERE ${duplicateScope.where}
         AND a.id IN (SELECT article_id FROM near_duplicates WHERE status = 'flagged')`
      )
      .get(...duplicateScope.params) as { n: number }
  ).n

  const dateScope = scopeWithout('dateFrom')
  const dates = db
    .prepare(`SELECT min(a.published_at) AS first, max(a.published_at) AS last FROM ${dateScope.from} WHERE ${dateScope.where}`)
    .get(...dateScope.params) as { first: string | null; last: string | null }

  return {
    total: countArticles(db, all),
    outlets,
    languages,
    tags,
    analysed: { analysed: analysedRow.analysed, notAnalysed: analysedRow.total - analysedRow.analysed },
    languageBias,
    framingBias,
    omissionBias,
    sdgGoals,
    nearDuplicates,
    dates: { first: dates.first?.slice(0, 10) ?? null, last: dates.last?.slice(0, 10) ?? null }
  }
}
