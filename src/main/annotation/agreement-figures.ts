import type { AgreementFigures, ConfusionMatrix } from '../../shared/rows'
import { cohenKappa, krippendorffAlpha, percentAgreement, weightedKappa, type Unit } from './agreement'

/**
 * The agreement figures of any set of coded units, so the corpus and each outlet, scores and labels,
 * are computed by the same arithmetic. A unit holds each coder's value, the machine's, and the human
 * reference the machine is measured against.
 */
export interface CodedUnit {
  byCoder: ReadonlyMap<number, number>
  machine: number | null
  reference: number | null
}

export interface CodedArticle {
  articleId: number
  outletId: number | null
  outlet: string
  /** Coders who coded the article; each gives a value to every unit unless the unit has none from them. */
  coderIds: ReadonlySet<number>
  units: CodedUnit[]
}

export interface FigureSpec {
  /** 'score': the 1-5 scale (ordinal and interval alpha, weighted kappa, errors); 'nominal': categories without order. */
  scale: 'score' | 'nominal'
  /** Every category a value can take, in display order; a value is its category's position unless `valueAt` says otherwise. */
  categories: readonly string[]
  valueAt?: (category: number) => number
  /** Machine minus human is meaningful only where categories are numbers (scores, present = 1 / absent = 0). */
  signedErrors: boolean
  /** Many categories: the matrix keeps only those that occur. */
  onlyCategoriesSeen: boolean
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000)
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length)

function confusionMatrix(units: CodedUnit[], spec: FigureSpec): ConfusionMatrix {
  const valueAt = spec.valueAt ?? ((index: number) => index)
  const compared = units.filter((unit): unit is CodedUnit & { machine: number; reference: number } => unit.machine !== null && unit.reference !== null)
  let indexes = spec.categories.map((_, index) => index)
  if (spec.onlyCategoriesSeen) {
    const seen = new Set(compared.flatMap((unit) => [unit.machine, unit.reference]))
    indexes = indexes.filter((index) => seen.has(valueAt(index)))
  }
  const position = new Map(indexes.map((index, at) => [valueAt(index), at]))
  const counts = indexes.map(() => indexes.map(() => 0))
  let agreeing = 0
  for (const unit of compared) {
    const row = counts[position.get(unit.machine) as number] as number[]
    const column = position.get(unit.reference) as number
    row[column] = (row[column] ?? 0) + 1
    if (unit.machine === unit.reference) agreeing++
  }
  return { labels: indexes.map((index) => spec.categories[index] as string), counts, units: compared.length, agreement: compared.length === 0 ? null : round(agreeing / compared.length) }
}

export function agreementFigures(articles: readonly CodedArticle[], allCoders: readonly { id: number; name: string }[], spec: FigureSpec): AgreementFigures {
  const coders = allCoders.filter((coder) => articles.some((article) => article.coderIds.has(coder.id)))
  const units = articles.flatMap((article) => article.units)
  const humanUnits: Unit[] = units.map((unit) => coders.map((coder) => unit.byCoder.get(coder.id) ?? null))
  const withMachine: Unit[] = units.map((unit, index) => [...(humanUnits[index] as Unit), unit.machine])
  const pairs = []
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) {
      const first = coders[i] as { id: number; name: string }
      const second = coders[j] as { id: number; name: string }
      const shared = articles.filter((article) => article.coderIds.has(first.id) && article.coderIds.has(second.id))
      const values: [number, number][] = []
      for (const unit of shared.flatMap((article) => article.units)) {
        const a = unit.byCoder.get(first.id)
        const b = unit.byCoder.get(second.id)
        if (a !== undefined && b !== undefined) values.push([a, b])
      }
      pairs.push({
        first: first.name,
        second: second.name,
        units: shared.length,
        weightedKappa: round(spec.scale === 'score' ? weightedKappa(values, 'quadratic') : cohenKappa(values)),
        percentAgreement: round(percentAgreement(values))
      })
    }
  }
  const errors = units.filter((unit) => unit.machine !== null && unit.reference !== null).map((unit) => (unit.machine as number) - (unit.reference as number))
  const score = spec.scale === 'score'
  return {
    coders: coders.map((coder) => coder.name),
    unitsCoded: articles.filter((article) => article.coderIds.size > 0).length,
    unitsCodedByTwoOrMore: articles.filter((article) => article.coderIds.size >= 2).length,
    alphaOrdinal: score ? round(krippendorffAlpha(humanUnits, 'ordinal').alpha) : null,
    alphaInterval: score ? round(krippendorffAlpha(humanUnits, 'interval').alpha) : null,
    alphaNominal: round(krippendorffAlpha(humanUnits, 'nominal').alpha),
    percentAgreement: round(percentAgreement(humanUnits)),
    alphaOrdinalWithMachine: score ? round(krippendorffAlpha(withMachine, 'ordinal').alpha) : null,
    alphaNominalWithMachine: round(krippendorffAlpha(withMachine, 'nominal').alpha),
    pairs,
    machineAgainstHuman: {
      units: errors.length,
      meanAbsoluteError: spec.signedErrors ? round(mean(errors.map(Math.abs))) : null,
      meanSignedError: spec.signedErrors ? round(mean(errors)) : null
    },
    confusion: confusionMatrix(units, spec)
  }
}

/** The same figures for each outlet's articles, largest outlet first; articles without an outlet form one group. */
export function figuresByOutlet(
  articles: readonly CodedArticle[],
  coders: readonly { id: number; name: string }[],
  spec: FigureSpec
): (AgreementFigures & { outletId: number | null; outlet: string })[] {
  const groups = new Map<number | null, CodedArticle[]>()
  for (const article of articles) {
    const group = groups.get(article.outletId) ?? []
    group.push(article)
    groups.set(article.outletId, group)
  }
  return [...groups.entries()]
    .map(([outletId, group]) => ({ outletId, outlet: (group[0] as CodedArticle).outlet, ...agreementFigures(group, coders, spec) }))
    .sort((a, b) => b.unitsCoded - a.unitsCoded || a.outlet.localeCompare(b.outlet))
}
