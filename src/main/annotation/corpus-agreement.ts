import type { AgreementDimension, AgreementReport, BiasDimension } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { agreementFigures, figuresByOutlet, type CodedArticle, type FigureSpec } from './agreement-figures'
import { articleInfoLookup, DISAGREEMENTS_SHOWN } from './article-info'
import { machineScoreLookup } from './final-values'
import { labelAgreement } from './label-agreement'

interface ValueRow {
  id: number
  articleId: number
  coderId: number
  coderName: string
  kind: 'score' | 'adjudication'
  value: number
}

const SCORE_SPEC: FigureSpec = { scale: 'score', categories: ['1', '2', '3', '4', '5'], valueAt: (index) => index + 1, signedErrors: true, onlyCategoriesSeen: false }

/**
 * Agreement on one score dimension across the corpus and per outlet: alpha (ordinal and interval)
 * among the coders, with the machine as one more coder, percent agreement, weighted kappa for every
 * pair of coders, and the machine against the human reference (the adjudicated value, else the
 * consensus, else the latest coder's: the final-value rule without the machine) as errors and a
 * confusion matrix.
 */
export function corpusAgreement(db: Db, dimension: BiasDimension): AgreementReport {
  const values = db
    .prepare(
      `SELECT j.id, j.article_id AS articleId, j.coder_id AS coderId, c.name AS coderName, j.kind, j.value FROM judgments j JOIN coders c ON c.id = j.coder_id
       WHERE j.dimension = ? AND j.value IS NOT NULL
         AND j.id = (SELECT max(k.id) FROM judgments k WHERE k.article_id = j.article_id AND k.dimension = j.dimension AND k.kind = j.kind AND k.coder_id = j.coder_id)
       ORDER BY j.article_id, j.id`
    )
    .all(dimension) as ValueRow[]
  const scores = values.filter((row) => row.kind === 'score')
  const coders = [...new Map([...scores].sort((a, b) => a.coderId - b.coderId).map((row) => [row.coderId, row.coderName])).entries()].map(([id, name]) => ({ id, name }))
  const byArticle = new Map<number, ValueRow[]>()
  for (const row of scores) {
    const list = byArticle.get(row.articleId) ?? []
    list.push(row)
    byArticle.set(row.articleId, list)
  }
  const adjudicated = new Map<number, number>()
  for (const row of values) if (row.kind === 'adjudication') adjudicated.set(row.articleId, row.value)
  const machine = machineScoreLookup(db)
  const info = articleInfoLookup(db)
  const articles: (CodedArticle & { title: string })[] = []
  for (const [articleId, rows] of byArticle) {
    const human = rows.map((row) => row.value)
    const consensus = human.length >= 2 && human.every((value) => value === human[0]) ? (human[0] as number) : undefined
    // Rows are in id order, so the last is the coder who judged last.
    const reference = adjudicated.get(articleId) ?? consensus ?? (rows.at(-1) as ValueRow).value
    const { title, outletId, outlet } = info(articleId)
    articles.push({
      articleId,
      title,
      outletId,
      outlet,
      coderIds: new Set(rows.map((row) => row.coderId)),
      units: [{ byCoder: new Map(rows.map((row) => [row.coderId, row.value])), machine: machine(articleId, dimension)?.value ?? null, reference }]
    })
  }
  const disagreements = articles
    .map((article) => {
      const byCoder = (article.units[0] as CodedArticle['units'][number]).byCoder
      const coded = coders.filter((coder) => byCoder.has(coder.id)).map((coder) => ({ coder: coder.name, value: byCoder.get(coder.id) as number }))
      const spread = coded.length < 2 ? 0 : Math.max(...coded.map((item) => item.value)) - Math.min(...coded.map((item) => item.value))
      return { articleId: article.articleId, title: article.title, spread, values: coded }
    })
    .filter((unit) => unit.spread > 0)
    .sort((a, b) => b.spread - a.spread || a.articleId - b.articleId)
    .slice(0, DISAGREEMENTS_SHOWN)
  return {
    dimension,
    unit: 'an article',
    kappa: 'quadratic',
    secondary: null,
    ...agreementFigures(articles, coders, SCORE_SPEC),
    disagreements,
    byOutlet: figuresByOutlet(articles, coders, SCORE_SPEC)
  }
}

/** The report for any dimension: a score, the frames or the goals. */
export function agreementReport(db: Db, dimension: AgreementDimension): AgreementReport {
  if (dimension === 'frames') return labelAgreement(db, 'frame')
  if (dimension === 'sdgs') return labelAgreement(db, 'sdg')
  return corpusAgreement(db, dimension)
}
