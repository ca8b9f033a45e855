import type { ArticleLabels, FinalLabels, ScoreSource } from '../../shared/rows'
import { ContractFailure } from '../../shared/errors'
import type { Db } from '../db/open-database'
import { labelHistory } from './label-judgments'
import { foldCodings, frameKey, frameSetOf, labelRowsByArticle, machineLabelLookup, sdgKey, sdgSetOf, type LabelCoding, type MachineLabels } from './label-sets'

/**
 * The final-value rule for a set of labels, the same as for scores: the adjudicated set, else the
 * coders' consensus (two or more coders with the same set: the same goals with the same direction and
 * relevance, or the same frames with the same primary one), else the set of the coder who edited
 * last, else the machine's set. The whole set is one value, so its source is never mixed.
 */
function applyRule<Set>(
  codings: { humans: LabelCoding[]; adjudication: LabelCoding | null },
  machine: (Set & { runId: number }) | null,
  setOf: (coding: LabelCoding) => Set,
  keyOf: (set: Set) => string
): FinalLabels<Set> {
  const humans = [...codings.humans].sort((a, b) => a.latestId - b.latestId)
  const humanSets = humans.map((coding) => ({ ...setOf(coding), coderId: coding.coderId, coderName: coding.coderNames[0] ?? '', createdAt: coding.createdAt }))
  const adjudication = codings.adjudication ? { ...setOf(codings.adjudication), coderNames: codings.adjudication.coderNames } : null
  let value: Set | null = null
  let source: ScoreSource | null = null
  const keys = humans.map((coding) => keyOf(setOf(coding)))
  if (codings.adjudication) {
    value = setOf(codings.adjudication)
    source = 'adjudicated'
  } else if (humans.length >= 2 && keys.every((key) => key === keys[0])) {
    value = setOf(humans.at(-1) as LabelCoding)
    source = 'consensus'
  } else if (humans.length > 0) {
    value = setOf(humans.at(-1) as LabelCoding)
    source = 'human'
  } else if (machine) {
    const { runId: _runId, ...set } = machine
    value = set as Set
    source = 'machine'
  }
  return { value, source, machine, adjudication, humans: humanSets }
}

export function finalSdgs(codings: { humans: LabelCoding[]; adjudication: LabelCoding | null }, machine: MachineLabels | null): ArticleLabels['sdgs'] {
  return applyRule(codings, machine ? { ...machine.sdgs, runId: machine.runId } : null, sdgSetOf, sdgKey)
}

export function finalFrames(codings: { humans: LabelCoding[]; adjudication: LabelCoding | null }, machine: MachineLabels | null): ArticleLabels['frames'] {
  return applyRule(codings, machine ? { ...machine.frames, runId: machine.runId } : null, frameSetOf, frameKey)
}

/** An article's goals and frames: the machine's, each coder's, the adjudicated, the final set with its source, and the history. */
export function articleLabels(db: Db, articleId: number): ArticleLabels {
  if (!db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) throw new ContractFailure('not_found', `There is no article ${articleId}.`)
  const machine = machineLabelLookup(db)(articleId)
  return {
    articleId,
    sdgs: finalSdgs(foldCodings(labelRowsByArticle(db, 'sdg', articleId).get(articleId) ?? []), machine),
    frames: finalFrames(foldCodings(labelRowsByArticle(db, 'frame', articleId).get(articleId) ?? []), machine),
    history: labelHistory(db, articleId)
  }
}
