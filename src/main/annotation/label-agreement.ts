import type { AgreementReport, FrameSet, LabelScheme, SdgSet } from '../../shared/rows'
import { POLICY_FRAMES, SDG_GOALS } from '../../shared/labels'
import { krippendorffAlpha, percentAgreement, type Unit } from './agreement'
import { agreementFigures, figuresByOutlet, type CodedArticle, type CodedUnit, type FigureSpec } from './agreement-figures'
import { articleInfoLookup, DISAGREEMENTS_SHOWN } from './article-info'
import { finalFrames, finalSdgs } from './final-labels'
import { foldCodings, frameSetOf, labelRowsByArticle, machineLabelLookup, sdgSetOf } from './label-sets'
import type { Db } from '../db/open-database'

/**
 * Nominal agreement on the goals and frames coded by hand, read the way content analysis reads a
 * multi-label codebook:
 *
 * - Goals: every goal is a present/absent variable, so a unit is one article and one goal, for all 17
 *   goals of every article a coder coded (a goal both coders left out is an agreement too, which is
 *   why percent agreement runs high and alpha, corrected for chance, is the figure to report).
 *   Direction and relevance are attributes of a goal found, not part of this variable.
 * - Frames: the unit is the article and the value its primary frame, one of the 15 Policy Frames
 *   dimensions, as the Media Frames Corpus (Card et al. 2015) reports it; frames used are a second
 *   reading, every frame present or absent per article (`secondary`).
 *
 * A coder counts as having coded an article once they set any goal (or frame) on it, even if they
 * later removed it: an empty set is their answer "none". The machine's value is its newest Slant
 * run's; the human reference is the final-value rule without the machine (adjudicated, else
 * consensus, else the latest coder).
 */
const SDG_SPEC: FigureSpec = { scale: 'nominal', categories: ['absent', 'present'], signedErrors: true, onlyCategoriesSeen: false }
const FRAME_SPEC: FigureSpec = { scale: 'nominal', categories: POLICY_FRAMES, signedErrors: false, onlyCategoriesSeen: true }

const frameIndex = (frame: string | null) => (frame === null ? null : (POLICY_FRAMES as readonly string[]).indexOf(frame))
const hasGoal = (set: SdgSet, goal: number) => (set.goals.some((item) => item.goal === goal) ? 1 : 0)
const hasFrame = (set: FrameSet, frame: string) => (set.frames.some((item) => item.frame === frame) ? 1 : 0)
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000)

function describeSdgs(set: SdgSet): string {
  return set.goals.length === 0 ? 'none' : set.goals.map((goal) => goal.goal).join(', ')
}

function describeFrames(set: FrameSet): string {
  if (set.frames.length === 0) return 'none'
  const others = set.frames.map((item) => item.frame).filter((frame) => frame !== set.primary)
  return `${set.primary ? `primary ${set.primary}` : 'no primary'}${others.length > 0 ? `; also ${others.join(', ')}` : ''}`
}

/** How many labels the coders do not all share, plus one when their primary frames differ. */
function spreadOf(keys: string[][], primaries: (string | null)[]): number {
  const all = new Set(keys.flat())
  const shared = [...all].filter((label) => keys.every((list) => list.includes(label)))
  return all.size - shared.length + (new Set(primaries).size > 1 ? 1 : 0)
}

export function labelAgreement(db: Db, scheme: LabelScheme): AgreementReport {
  const machineLookup = machineLabelLookup(db)
  const info = articleInfoLookup(db)
  const names = new Map<number, string>()
  const articles: CodedArticle[] = []
  const frameUse: CodedArticle[] = []
  const disputes: AgreementReport['disagreements'] = []
  for (const [articleId, rows] of labelRowsByArticle(db, scheme)) {
    const codings = foldCodings(rows)
    if (codings.humans.length === 0) continue
    for (const coding of codings.humans) names.set(coding.coderId, coding.coderNames[0] ?? '')
    const coderIds = new Set(codings.humans.map((coding) => coding.coderId))
    const machine = machineLookup(articleId)
    const { title, outletId, outlet } = info(articleId)
    const base = { articleId, outletId, outlet, coderIds }
    if (scheme === 'sdg') {
      const sets = codings.humans.map((coding) => ({ coderId: coding.coderId, set: sdgSetOf(coding) }))
      const reference = finalSdgs(codings, null).value as SdgSet
      const units: CodedUnit[] = SDG_GOALS.map(({ number: goal }) => ({
        byCoder: new Map(sets.map(({ coderId, set }) => [coderId, hasGoal(set, goal)])),
        machine: machine ? hasGoal(machine.sdgs, goal) : null,
        reference: hasGoal(reference, goal)
      }))
      articles.push({ ...base, units })
      const spread = spreadOf(sets.map(({ set }) => set.goals.map((goal) => String(goal.goal))), [])
      if (sets.length >= 2 && spread > 0) disputes.push({ articleId, title, spread, values: sets.map(({ coderId, set }) => ({ coder: names.get(coderId) ?? '', value: describeSdgs(set) })) })
    } else {
      const sets = codings.humans.map((coding) => ({ coderId: coding.coderId, set: frameSetOf(coding) }))
      const reference = finalFrames(codings, null).value as FrameSet
      const primaries = new Map<number, number>()
      for (const { coderId, set } of sets) {
        const index = frameIndex(set.primary)
        if (index !== null) primaries.set(coderId, index)
      }
      articles.push({ ...base, units: [{ byCoder: primaries, machine: machine ? frameIndex(machine.frames.primary) : null, reference: frameIndex(reference.primary) }] })
      frameUse.push({
        ...base,
        units: POLICY_FRAMES.map((frame) => ({
          byCoder: new Map(sets.map(({ coderId, set }) => [coderId, hasFrame(set, frame)])),
          machine: machine ? hasFrame(machine.frames, frame) : null,
          reference: hasFrame(reference, frame)
        }))
      })
      const spread = spreadOf(
        sets.map(({ set }) => set.frames.map((item) => item.frame)),
        sets.map(({ set }) => set.primary)
      )
      if (sets.length >= 2 && spread > 0) disputes.push({ articleId, title, spread, values: sets.map(({ coderId, set }) => ({ coder: names.get(coderId) ?? '', value: describeFrames(set) })) })
    }
  }
  const coders = [...names.entries()].sort((a, b) => a[0] - b[0]).map(([id, name]) => ({ id, name }))
  const spec = scheme === 'sdg' ? SDG_SPEC : FRAME_SPEC
  let secondary: AgreementReport['secondary'] = null
  if (scheme === 'frame') {
    const units = frameUse.flatMap((article) => article.units)
    const humanUnits: Unit[] = units.map((unit) => coders.map((coder) => unit.byCoder.get(coder.id) ?? null))
    const withMachine: Unit[] = units.map((unit, index) => [...(humanUnits[index] as Unit), unit.machine])
    secondary = {
      unit: 'an article and one of the 15 frames, present or absent',
      units: units.length,
      alphaNominal: round(krippendorffAlpha(humanUnits, 'nominal').alpha),
      percentAgreement: round(percentAgreement(humanUnits)),
      alphaWithMachine: round(krippendorffAlpha(withMachine, 'nominal').alpha)
    }
  }
  return {
    dimension: scheme === 'sdg' ? 'sdgs' : 'frames',
    unit: scheme === 'sdg' ? 'an article and one of the 17 goals, present or absent' : "an article's primary frame",
    kappa: 'unweighted',
    secondary,
    ...agreementFigures(articles, coders, spec),
    disagreements: disputes.sort((a, b) => b.spread - a.spread || a.articleId - b.articleId).slice(0, DISAGREEMENTS_SHOWN),
    byOutlet: figuresByOutlet(articles, coders, spec)
  }
}
