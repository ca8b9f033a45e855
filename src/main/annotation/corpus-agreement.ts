import type { AgreementReport, BiasDimension } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { machineScoreLookup } from './final-values'
import { krippendorffAlpha, percentAgreement, weightedKappa, type Unit } from './agreement'

interface ValueRow {
  articleId: number
  coderId: number
  coderName: string
  value: number
}

/** Units listed as the most disputed. */
const DISAGREEMENTS_SHOWN = 20

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000)

/**
 * Agreement on one dimension across the corpus: alpha (ordinal and interval) among the coders, with
 * the machine as one more coder, percent agreement, weighted kappa for every pair of coders, and how
 * far the machine is from the human value (consensus, else the latest) where there is one.
 */
export function corpusAgreement(db: Db, dimension: BiasDimension): AgreementReport {
  const values = db
    .prepare(
      `SELECT j.article_id AS articleId, j.coder_id AS coderId, c.name AS coderName, j.value FROM judgments j JOIN coders c ON c.id = j.coder_id
       WHERE j.dimension = ? AND j.kind = 'score' AND j.value IS NOT NULL
         AND j.id = (SELECT max(k.id) FROM judgments k WHERE k.article_id = j.article_id AND k.dimension = j.dimension AND k.kind = 'score' AND k.coder_id = j.coder_id)
       ORDER BY j.article_id, j.coder_id`
    )
    .all(dimension) as ValueRow[]
  const coders = [...new Map(values.map((row) => [row.coderId, row.coderName])).entries()].map(([id, name]) => ({ id, name }))
  const byArticle = new Map<number, Map<number, number>>()
  for (const row of values) {
    const article = byArticle.get(row.articleId) ?? new Map<number, number>()
    article.set(row.coderId, row.value)
    byArticle.set(row.articleId, article)
  }
  const machine = machineScoreLookup(db)
  const humanUnits: Unit[] = []
  const withMachine: Unit[] = []
  const errors: number[] = []
  for (const [articleId, byCoder] of byArticle) {
    const unit = coders.map((coder) => byCoder.get(coder.id) ?? null)
    humanUnits.push(unit)
    const machineValue = machine(articleId, dimension)?.value ?? null
    withMachine.push([...unit, machineValue])
    const human = unit.filter((value): value is number => value !== null)
    const consensus = human.length >= 2 && human.every((value) => value === human[0]) ? human[0] : undefined
    // The human value the final-value rule would report (consensus, else the latest judgment).
    const reference = consensus ?? [...values].reverse().find((row) => row.articleId === articleId)?.value
    if (machineValue !== null && reference !== undefined) errors.push(machineValue - reference)
  }
  const pairs = []
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) {
      const a = coders[i] as { id: number; name: string }
      const b = coders[j] as { id: number; name: string }
      const shared: [number, number][] = []
      for (const byCoder of byArticle.values()) {
        const first = byCoder.get(a.id)
        const second = byCoder.get(b.id)
        if (first !== undefined && second !== undefined) shared.push([first, second])
      }
      pairs.push({ first: a.name, second: b.name, units: shared.length, weightedKappa: round(weightedKappa(shared, 'quadratic')), percentAgreement: round(percentAgreement(shared)) })
    }
  }
  const title = db.prepare<[number], { title: string }>('SELECT title FROM articles WHERE id = ?')
  const disagreements = [...byArticle]
    .map(([articleId, byCoder]) => {
      const coded = coders.filter((coder) => byCoder.has(coder.id)).map((coder) => ({ coder: coder.name, value: byCoder.get(coder.id) as number }))
      const spread = coded.length < 2 ? 0 : Math.max(...coded.map((item) => item.value)) - Math.min(...coded.map((item) => item.value))
      return { articleId, spread, values: coded }
    })
    .filter((unit) => unit.spread > 0)
    .sort((a, b) => b.spread - a.spread || a.articleId - b.articleId)
    .slice(0, DISAGREEMENTS_SHOWN)
    .map((unit) => ({ ...unit, title: title.get(unit.articleId)?.title ?? '' }))
  const ordinal = krippendorffAlpha(humanUnits, 'ordinal')
  return {
    dimension,
    coders: coders.map((coder) => coder.name),
    unitsCoded: byArticle.size,
    unitsCodedByTwoOrMore: ordinal.pairableUnits,
    alphaOrdinal: round(ordinal.alpha),
    alphaInterval: round(krippendorffAlpha(humanUnits, 'interval').alpha),
    percentAgreement: round(percentAgreement(humanUnits)),
    alphaOrdinalWithMachine: round(krippendorffAlpha(withMachine, 'ordinal').alpha),
    pairs,
    disagreements,
    machineAgainstHuman: {
      units: errors.length,
      meanAbsoluteError: errors.length === 0 ? null : round(errors.reduce((sum, error) => sum + Math.abs(error), 0) / errors.length),
      meanSignedError: errors.length === 0 ? null : round(errors.reduce((sum, error) => sum + error, 0) / errors.length)
    }
  }
}
