import type { FrameSet, LabelJudgmentRow, ScoreSource, SdgSet } from '../../../../shared/rows'

/** How the panel names each source of a final set (the same words as the score editor). */
export const SOURCE_NAMES: Record<ScoreSource, string> = { adjudicated: 'adjudicated', consensus: 'coders agree', human: 'latest coder', machine: 'machine' }

export function describeGoals(set: SdgSet | null): string {
  if (!set || set.goals.length === 0) return 'none'
  return set.goals.map((goal) => `${goal.goal} ${goal.direction} ${goal.relevance}`).join('; ')
}

export function describeFrames(set: FrameSet | null): string {
  if (!set || set.frames.length === 0) return 'none'
  return set.frames.map((item) => (item.frame === set.primary ? `${item.frame} (primary)` : item.frame)).join(', ')
}

/** One history line: what the row did to which goal or frame. */
export function describeLabelRow(row: LabelJudgmentRow): string {
  const name = row.scheme === 'sdg' ? `goal ${row.label}` : `frame ${row.label}`
  const state =
    row.present === null
      ? 'withdrawn'
      : !row.present
        ? 'removed'
        : row.scheme === 'sdg'
          ? `set (${row.direction}, ${row.relevance})`
          : row.primary
            ? 'set as primary'
            : 'set'
  const action = row.action === 'edit' ? '' : row.action === 'undo' ? 'undo: ' : 'redo: '
  return `${action}${row.kind === 'adjudication' ? 'adjudicated ' : ''}${name} ${state}`
}
