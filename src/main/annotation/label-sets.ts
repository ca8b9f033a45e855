import type { ArticleAnalysis, FrameSet, LabelScheme, SdgSet, SdgValue } from '../../shared/rows'
import { POLICY_FRAMES, sdgName } from '../../shared/labels'
import type { Db } from '../db/open-database'

/**
 * Current goal and frame sets, replayed from label judgments, and the machine's sets from Slant's
 * newest run. Shared by the final-value rule and agreement, so both read a coder's set the same way.
 */
export interface ReplayRow {
  id: number
  articleId: number
  coderId: number
  coderName: string
  kind: 'label' | 'adjudication'
  label: string
  present: 0 | 1 | null
  direction: 'positive' | 'negative' | null
  relevance: 'direct' | 'indirect' | null
  primary: 0 | 1
  rationale: string | null
  createdAt: string
}

/** One coder's (or the adjudicators') newest row per label on one article. */
export interface LabelCoding {
  coderId: number
  coderNames: string[]
  /** The newest row's id and time: who coded last. */
  latestId: number
  createdAt: string
  labels: Map<string, ReplayRow>
}

export const REPLAY_COLUMNS = `l.id, l.article_id AS articleId, l.coder_id AS coderId, c.name AS coderName, l.kind, l.label, l.present, l.direction, l.relevance,
  l.is_primary AS "primary", l.rationale, l.created_at AS createdAt`

/**
 * Folds one article's rows (in id order) into each coder's coding and the adjudicated one. Adjudication
 * rows of every adjudicator fold into one set: the newest row per label wins, whoever wrote it.
 */
export function foldCodings(rows: readonly ReplayRow[]): { humans: LabelCoding[]; adjudication: LabelCoding | null } {
  const humans = new Map<number, LabelCoding>()
  let adjudication: LabelCoding | null = null
  for (const row of rows) {
    let coding: LabelCoding
    if (row.kind === 'adjudication') {
      adjudication ??= { coderId: row.coderId, coderNames: [], latestId: row.id, createdAt: row.createdAt, labels: new Map() }
      coding = adjudication
      if (!coding.coderNames.includes(row.coderName)) coding.coderNames.push(row.coderName)
    } else {
      coding = humans.get(row.coderId) ?? { coderId: row.coderId, coderNames: [row.coderName], latestId: row.id, createdAt: row.createdAt, labels: new Map() }
      humans.set(row.coderId, coding)
    }
    coding.latestId = row.id
    coding.createdAt = row.createdAt
    coding.labels.set(row.label, row)
  }
  // A coder whose every label was withdrawn by undo has not coded the article.
  const coded = (coding: LabelCoding) => [...coding.labels.values()].some((row) => row.present !== null)
  return { humans: [...humans.values()].filter(coded), adjudication: adjudication && coded(adjudication) ? adjudication : null }
}

const present = (coding: LabelCoding) => [...coding.labels.values()].filter((row) => row.present === 1)

export function sdgSetOf(coding: LabelCoding): SdgSet {
  return {
    goals: present(coding)
      .map((row) => ({ goal: Number(row.label), name: sdgName(Number(row.label)), direction: row.direction ?? 'positive', relevance: row.relevance ?? 'direct', rationale: row.rationale }))
      .sort((a, b) => a.goal - b.goal)
  }
}

/**
 * A coder's frames, in codebook order, and their primary frame: of the frames still present and
 * marked primary, the one marked last. Marking a frame primary needs one row only, and undoing that
 * row gives the earlier primary frame back.
 */
export function frameSetOf(coding: LabelCoding): FrameSet {
  const rows = present(coding)
  const primary = rows.filter((row) => row.primary === 1).sort((a, b) => b.id - a.id)[0]?.label ?? null
  const order = (frame: string) => POLICY_FRAMES.indexOf(frame as (typeof POLICY_FRAMES)[number])
  return { frames: rows.map((row) => ({ frame: row.label, rationale: row.rationale })).sort((a, b) => order(a.frame) - order(b.frame)), primary }
}

/** A key equal for two sets exactly when a researcher would call them the same coding. */
export function sdgKey(set: SdgSet): string {
  return set.goals.map((goal) => `${goal.goal} ${goal.direction} ${goal.relevance}`).join('; ')
}

export function frameKey(set: FrameSet): string {
  return `${set.frames.map((frame) => frame.frame).join('; ')} | ${set.primary ?? ''}`
}

/** Every label row of one scheme for the given articles (all when none given), grouped by article, in id order. */
export function labelRowsByArticle(db: Db, scheme: LabelScheme, articleId?: number): Map<number, ReplayRow[]> {
  const rows = db
    .prepare(
      `SELECT ${REPLAY_COLUMNS} FROM label_judgments l JOIN coders c ON c.id = l.coder_id
       WHERE l.scheme = ? AND (? IS NULL OR l.article_id = ?) ORDER BY l.article_id, l.id`
    )
    .all(scheme, articleId ?? null, articleId ?? null) as ReplayRow[]
  const grouped = new Map<number, ReplayRow[]>()
  for (const row of rows) {
    const list = grouped.get(row.articleId) ?? []
    list.push(row)
    grouped.set(row.articleId, list)
  }
  return grouped
}

export interface MachineLabels {
  runId: number
  sdgs: SdgSet
  frames: FrameSet
}

/**
 * The goals and frames of Slant's newest run that analysed the article (the run the articles export
 * reports); its primary frame is the most signalled one. Imported reports are other engines' values
 * and not the machine compared here.
 */
export function machineLabelLookup(db: Db): (articleId: number) => MachineLabels | null {
  const run = db.prepare<[number], { runId: number; details: string }>(
    `SELECT x.run_id AS runId, x.details FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id
     WHERE x.article_id = ? AND r.origin = 'slant' ORDER BY x.run_id DESC LIMIT 1`
  )
  const goals = db.prepare<[number, number], Omit<SdgValue, 'name'>>(
    'SELECT goal, direction, relevance, rationale FROM article_sdgs WHERE run_id = ? AND article_id = ? ORDER BY goal'
  )
  return (articleId) => {
    const found = run.get(articleId)
    if (!found) return null
    const details = JSON.parse(found.details) as { frames?: ArticleAnalysis['frames'] }
    const frames = (details.frames ?? []).filter((item) => (POLICY_FRAMES as readonly string[]).includes(item.frame))
    const order = (frame: string) => POLICY_FRAMES.indexOf(frame as (typeof POLICY_FRAMES)[number])
    return {
      runId: found.runId,
      sdgs: { goals: goals.all(found.runId, articleId).map((goal) => ({ ...goal, name: sdgName(goal.goal) })) },
      frames: {
        frames: frames.map((item) => ({ frame: item.frame, rationale: item.cues.length > 0 ? `cues: ${item.cues.join(', ')}` : null })).sort((a, b) => order(a.frame) - order(b.frame)),
        primary: frames[0]?.frame ?? null
      }
    }
  }
}
