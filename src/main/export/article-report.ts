import type { ArticleReport, ArticleReportVersion, BiasDimension, ReportFields } from '../../shared/rows'
import { languageNameForCode } from '../corpus/report/language-codes'
import { DIMENSION_LABELS } from '../corpus/report/report-format'
import { sdgName } from '../corpus/report/sdg-goals'
import type { Db } from '../db/open-database'
import { newestOmissionScore } from '../stories/update-stories'

const DIMENSIONS: BiasDimension[] = ['framing', 'language', 'omission']

interface ArticleRow {
  title: string
  url: string | null
  outlet: string | null
  domain: string | null
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * The report in the seed's layout (../shared/seed): title (three times, around the outlet), summary,
 * language, country, topics, organisations and people (tab-separated, which the importer reads as
 * separators), the three scores with rationales, then the SDGs with direction, relevance and rationale.
 */
export function reportText(fields: ReportFields): string {
  const blocks = [fields.title, fields.title, fields.outlet, fields.title, fields.summary]
  blocks.push([fields.language, fields.country, fields.topics.join('\t'), fields.organisations.join('\t'), fields.people.join('\t')].join('\n'))
  blocks.push('Cognitive Concepts')
  for (const score of fields.scores) blocks.push(`${score.score}/5`, DIMENSION_LABELS[score.dimension], score.rationale)
  if (fields.sdgs.length > 0) {
    blocks.push('Sustainable Development Goals')
    for (const sdg of fields.sdgs) blocks.push(`${sdg.name} ${capitalise(sdg.direction)}\n${capitalise(sdg.relevance)} Relevance`, sdg.rationale)
  }
  return `${blocks.join('\n\n')}\n`
}

function outletLine(article: ArticleRow): string {
  if (article.domain) return article.domain
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./u, '')
    } catch {
      // A stored URL that does not parse falls through to the outlet name.
    }
  }
  return article.outlet ?? ''
}

interface RunRow {
  run_id: number
  label: string
  summary: string | null
  language: string | null
  country: string | null
}

function fieldsOf(db: Db, articleId: number, article: ArticleRow, run: RunRow, omissionRunId: number | null): ReportFields {
  const scores = db
    .prepare('SELECT run_id, dimension, score, rationale FROM article_scores WHERE article_id = ? AND run_id IN (?, ?)')
    .all(articleId, run.run_id, omissionRunId ?? run.run_id) as { run_id: number; dimension: BiasDimension; score: number; rationale: string | null }[]
  const pick = (dimension: BiasDimension) =>
    // The omission score of Slant's omission run wins over any the analysis run itself holds.
    scores.find((score) => score.dimension === dimension && dimension === 'omission' && score.run_id === omissionRunId) ?? scores.find((score) => score.dimension === dimension)
  const entities = db.prepare('SELECT kind, name FROM article_entities WHERE run_id = ? AND article_id = ? ORDER BY coalesce(first_offset, 0), name').all(run.run_id, articleId) as {
    kind: string
    name: string
  }[]
  const topics = (db.prepare('SELECT topic FROM article_topics WHERE run_id = ? AND article_id = ? ORDER BY weight DESC, topic').all(run.run_id, articleId) as { topic: string }[]).map(
    (row) => row.topic
  )
  const sdgs = db.prepare('SELECT goal, direction, relevance, rationale FROM article_sdgs WHERE run_id = ? AND article_id = ? ORDER BY goal').all(run.run_id, articleId) as {
    goal: number
    direction: 'positive' | 'negative'
    relevance: 'direct' | 'indirect'
    rationale: string | null
  }[]
  return {
    title: article.title,
    outlet: outletLine(article),
    summary: run.summary ?? '',
    language: run.language ? languageNameForCode(run.language) : '',
    country: run.country ?? '',
    topics,
    organisations: entities.filter((entity) => entity.kind === 'organisation').map((entity) => entity.name),
    people: entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name),
    scores: DIMENSIONS.flatMap((dimension) => {
      const score = pick(dimension)
      return score ? [{ dimension, score: score.score, rationale: score.rationale ?? '' }] : []
    }),
    sdgs: sdgs.map((sdg) => ({ ...sdg, name: sdgName(sdg.goal), rationale: sdg.rationale ?? '' }))
  }
}

function version(runIds: number[], label: string, fields: ReportFields): ArticleReportVersion {
  return { runIds, label, fields, text: reportText(fields) }
}

const listed = (items: string[]) => (items.length === 0 ? '(none)' : items.join(', '))
const lower = (items: string[]) => new Set(items.map((item) => item.toLowerCase()))

/** Field by field, what Slant's report says where the imported one says something else. */
export function reportDifferences(slant: ReportFields, imported: ReportFields): ArticleReport['differences'] {
  const differences: ArticleReport['differences'] = []
  for (const dimension of DIMENSIONS) {
    const mine = slant.scores.find((score) => score.dimension === dimension)
    const theirs = imported.scores.find((score) => score.dimension === dimension)
    if (mine?.score !== theirs?.score) differences.push({ field: DIMENSION_LABELS[dimension], slant: mine ? `${mine.score}/5` : '(none)', imported: theirs ? `${theirs.score}/5` : '(none)' })
  }
  if (slant.language.toLowerCase() !== imported.language.toLowerCase()) differences.push({ field: 'Language', slant: slant.language || '(none)', imported: imported.language || '(none)' })
  if (slant.country.toLowerCase() !== imported.country.toLowerCase()) differences.push({ field: 'Country', slant: slant.country || '(none)', imported: imported.country || '(none)' })
  const sdgKey = (sdg: ReportFields['sdgs'][number]) => `${sdg.goal} ${sdg.name} (${sdg.direction}, ${sdg.relevance})`
  const mineSdgs = slant.sdgs.map(sdgKey)
  const theirSdgs = imported.sdgs.map(sdgKey)
  if (mineSdgs.join('|') !== theirSdgs.join('|')) differences.push({ field: 'SDGs', slant: listed(mineSdgs), imported: listed(theirSdgs) })
  for (const [field, mine, theirs] of [
    ['Topics', slant.topics, imported.topics],
    ['Organisations', slant.organisations, imported.organisations],
    ['People', slant.people, imported.people]
  ] as const) {
    const theirSet = lower(theirs)
    const mineSet = lower(mine)
    const onlyMine = mine.filter((item) => !theirSet.has(item.toLowerCase()))
    const onlyTheirs = theirs.filter((item) => !mineSet.has(item.toLowerCase()))
    if (onlyMine.length > 0 || onlyTheirs.length > 0) differences.push({ field: `${field} found by one only`, slant: listed(onlyMine), imported: listed(onlyTheirs) })
  }
  return differences
}

/** The article's report from Slant's newest analysis and omission runs, beside every imported report for it. */
export function articleReport(db: Db, articleId: number): ArticleReport {
  const article = db
    .prepare(
      `SELECT a.title, a.url, o.name AS outlet, (SELECT d.domain FROM outlet_domains d WHERE d.outlet_id = o.id ORDER BY d.domain LIMIT 1) AS domain
       FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`
    )
    .get(articleId) as ArticleRow | undefined
  if (!article) return { slant: null, imported: [], differences: [] }
  const runs = db
    .prepare(
      `SELECT r.id AS run_id, r.label, r.origin, x.summary, x.language, x.country FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id
       WHERE x.article_id = ? ORDER BY r.id DESC`
    )
    .all(articleId) as (RunRow & { origin: 'slant' | 'imported' })[]
  const omission = { runId: newestOmissionScore(db, articleId)?.runId ?? null }
  const newestSlant = runs.find((run) => run.origin === 'slant')
  const slant = newestSlant
    ? version(
        [newestSlant.run_id, ...(omission.runId === null ? [] : [omission.runId])],
        newestSlant.label,
        fieldsOf(db, articleId, article, newestSlant, omission.runId)
      )
    : null
  const imported = runs.filter((run) => run.origin === 'imported').map((run) => version([run.run_id], run.label, fieldsOf(db, articleId, article, run, null)))
  const first = imported[0]
  return { slant, imported, differences: slant && first ? reportDifferences(slant.fields, first.fields) : [] }
}
