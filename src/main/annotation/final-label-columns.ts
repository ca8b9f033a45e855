import type { Db } from '../db/open-database'
import { finalFrames, finalSdgs } from './final-labels'
import { foldCodings, labelRowsByArticle, machineLabelLookup } from './label-sets'

export interface FinalLabelColumns {
  primary_frame: string | null
  frames: string | null
  frames_source: string | null
  sdg_goals: string | null
  sdg_goals_source: string | null
}

/** The articles export's frame and goal columns for an article someone coded, by the final-value rule, in the machine columns' format. */
export function finalLabelColumns(db: Db, articleId: number): FinalLabelColumns {
  const machine = machineLabelLookup(db)(articleId)
  const sdgs = finalSdgs(foldCodings(labelRowsByArticle(db, 'sdg', articleId).get(articleId) ?? []), machine)
  const frames = finalFrames(foldCodings(labelRowsByArticle(db, 'frame', articleId).get(articleId) ?? []), machine)
  const joined = (items: string[]) => (items.length === 0 ? null : items.join('; '))
  return {
    primary_frame: frames.value?.primary ?? null,
    frames: joined(frames.value?.frames.map((item) => item.frame) ?? []),
    frames_source: frames.source,
    sdg_goals: joined(sdgs.value?.goals.map((goal) => `${goal.goal} ${goal.direction} ${goal.relevance}`) ?? []),
    sdg_goals_source: sdgs.source
  }
}
