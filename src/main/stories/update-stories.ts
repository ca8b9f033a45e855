import { ANALYZER_VERSION } from '../analysis/article-analysis'
import type { Db } from '../db/open-database'
import { ArticleFactsReader } from './omission/article-facts'
import { findOmissions } from './omission/find-omissions'
import { StoryClusterer, type Assignment } from './story-clusterer'
import { keepPinnedStories, latestStoryEdit } from './story-pins'
import { STORY_WINDOW_DAYS } from './story-similarity'
import { StoryStore, unclusteredFeatures } from './story-store'

export const OMISSION_ANALYZER = 'slant-omission'

export interface StoryUpdate {
  /** Articles placed in a story by this pass. */
  clustered: number
  storiesCreated: number
  /** Existing stories that gained an article, so their articles' omission was scored again. */
  storiesGrown: number
  /** Articles whose omission was scored, in `omissionRunId`. */
  omissionsScored: number
  omissionRunId: number | null
}

export interface OmissionScore {
  runId: number
  runLabel: string
  score: number
  rationale: string | null
  confidence: number | null
}

/** The article's omission score from the newest omission run that scored it, or null. */
export function newestOmissionScore(db: Db, articleId: number): OmissionScore | null {
  return (
    (db
      .prepare(
        `SELECT sc.run_id AS runId, r.label AS runLabel, sc.score, sc.rationale, sc.confidence
         FROM article_scores sc JOIN analysis_runs r ON r.id = sc.run_id
         WHERE sc.article_id = ? AND sc.dimension = 'omission' AND r.analyzer = ? ORDER BY sc.run_id DESC LIMIT 1`
      )
      .get(articleId, OMISSION_ANALYZER) as OmissionScore | undefined) ?? null
  )
}

/**
 * A run for omission scores: one per analysis job or `slant stories` pass, so when a story gains an
 * article its siblings' new scores sit in a new run and the earlier ones stay as they were.
 */
export function createOmissionRun(db: Db, threshold: number): number {
  const parameters = JSON.stringify({ storyThreshold: threshold, storyWindowDays: STORY_WINDOW_DAYS })
  const runId = Number(
    db.prepare("INSERT INTO analysis_runs (analyzer, version, parameters, origin, label) VALUES (?, ?, ?, 'slant', 'Omission')").run(OMISSION_ANALYZER, ANALYZER_VERSION, parameters)
      .lastInsertRowid
  )
  db.prepare('UPDATE analysis_runs SET label = ? WHERE id = ?').run(`Slant ${ANALYZER_VERSION} omission · run ${runId}`, runId)
  return runId
}

export function finishOmissionRun(db: Db, runId: number): void {
  db.prepare("UPDATE analysis_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(runId)
}

/** An omission run made only if a pass has something to score, and marked finished after it. */
export function lazyOmissionRun(db: Db, threshold: number): { get(): number; finish(): void } {
  let runId: number | null = null
  return {
    get: () => (runId ??= createOmissionRun(db, threshold)),
    finish: () => {
      if (runId !== null) finishOmissionRun(db, runId)
    }
  }
}

/** Scores omission for the given articles against the other articles of their stories. */
export function scoreOmissions(db: Db, runId: number, articleIds: Iterable<number>): number {
  const reader = new ArticleFactsReader(db)
  const storyOf = db.prepare<[number], { story_id: number }>('SELECT story_id FROM story_articles WHERE article_id = ?')
  const members = db.prepare<[number], { article_id: number }>('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id')
  const clearScore = db.prepare("DELETE FROM article_scores WHERE run_id = ? AND article_id = ? AND dimension = 'omission'")
  const clearItems = db.prepare('DELETE FROM article_omissions WHERE run_id = ? AND article_id = ?')
  const insertScore = db.prepare("INSERT INTO article_scores (run_id, article_id, dimension, score, rationale, confidence) VALUES (?, ?, 'omission', ?, ?, ?)")
  const insertItem = db.prepare(
    'INSERT OR IGNORE INTO article_omissions (run_id, article_id, kind, item, central, carried_by, siblings, source_article_id, source_start, source_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const facts = new Map<number, ReturnType<ArticleFactsReader['read']>>()
  const factsOf = (id: number) => {
    if (!facts.has(id)) facts.set(id, reader.read(id))
    return facts.get(id) ?? null
  }
  let scored = 0
  for (const articleId of articleIds) {
    const target = factsOf(articleId)
    if (!target) continue
    const story = storyOf.get(articleId)
    const siblings = story
      ? members
          .all(story.story_id)
          .filter((row) => row.article_id !== articleId)
          .map((row) => factsOf(row.article_id))
          .filter((sibling): sibling is NonNullable<typeof sibling> => sibling !== null)
      : []
    const finding = findOmissions(target, siblings)
    clearScore.run(runId, articleId)
    clearItems.run(runId, articleId)
    insertScore.run(runId, articleId, finding.score, finding.rationale, finding.confidence)
    for (const item of finding.items) {
      insertItem.run(runId, articleId, item.kind, item.item, item.central ? 1 : 0, item.carriedBy, item.siblings, item.source?.articleId ?? null, item.source?.start ?? null, item.source?.end ?? null)
    }
    scored++
  }
  return scored
}

/** Articles read at once when the whole corpus is placed. */
const ALL_SLICE = 5_000

const NOTHING: StoryUpdate = { clustered: 0, storiesCreated: 0, storiesGrown: 0, omissionsScored: 0, omissionRunId: null }

/**
 * Places analysed articles that are in no story yet, then scores omission for them and for every
 * article of a story that grew. One updater serves a whole analysis job: its stories stay in memory
 * between the groups of results, so each is read from the database once per job, not once per group.
 */
export class StoryUpdater {
  private clusterer: StoryClusterer | null = null
  /** The newest edit by hand when the clusterer loaded its stories. */
  private editsSeen = -1

  constructor(
    private readonly db: Db,
    private readonly options: { threshold: number; omissionRun: () => number }
  ) {}

  /** The given articles (or all) that are in no story yet; one transaction. */
  update(articleIds: number[] | 'all'): StoryUpdate {
    const { db, options } = this
    try {
      return db.transaction(() => {
        // A story merged, split or moved by hand since the last group: the stories in memory are stale.
        const edits = latestStoryEdit(db)
        if (edits !== this.editsSeen) {
          this.clusterer = null
          this.editsSeen = edits
        }
        const clusterer = (this.clusterer ??= new StoryClusterer(new StoryStore(db), options.threshold))
        const assignments: Assignment[] = []
        // The whole corpus is read a slice at a time (each pass places the oldest unplaced articles).
        for (;;) {
          const features = unclusteredFeatures(db, articleIds, articleIds === 'all' ? ALL_SLICE : -1)
          for (const article of features) assignments.push(clusterer.assign(article))
          clusterer.flush()
          if (articleIds !== 'all' || features.length < ALL_SLICE) break
        }
        if (assignments.length === 0) return NOTHING
        const created = new Set(assignments.filter((assignment) => !assignment.joined).map((assignment) => assignment.storyId))
        const grown = new Set(assignments.filter((assignment) => assignment.joined && !created.has(assignment.storyId)).map((assignment) => assignment.storyId))
        const toScore = new Set<number>()
        const members = db.prepare<[number], { article_id: number }>('SELECT article_id FROM story_articles WHERE story_id = ?')
        for (const storyId of new Set(assignments.map((assignment) => assignment.storyId))) for (const row of members.all(storyId)) toScore.add(row.article_id)
        const runId = options.omissionRun()
        const scored = scoreOmissions(db, runId, toScore)
        return { clustered: assignments.length, storiesCreated: created.size, storiesGrown: grown.size, omissionsScored: scored, omissionRunId: runId }
      })()
    } catch (error) {
      // The transaction was rolled back; stories held in memory may no longer match the database.
      this.clusterer = null
      throw error
    }
  }
}

export function updateStories(db: Db, articleIds: number[] | 'all', options: { threshold: number; omissionRun: () => number }): StoryUpdate {
  return new StoryUpdater(db, options).update(articleIds)
}

/**
 * Clusters the whole analysed corpus again, oldest article first. What was placed by hand stays: the
 * stories holding pinned articles keep their ids, names and those articles, and everything else is
 * placed afresh (new articles may still join a kept story).
 */
export function rebuildStories(db: Db, options: { threshold: number; omissionRun: () => number }): StoryUpdate {
  return db.transaction(() => {
    const kept = keepPinnedStories(db)
    const update = updateStories(db, 'all', options)
    // A kept story that gained nothing may still have lost the articles clustering had added to it.
    const members = db.prepare<[number], { article_id: number }>('SELECT article_id FROM story_articles WHERE story_id = ?')
    const unscored = kept.flatMap((id) => members.all(id).map((row) => row.article_id))
    if (unscored.length === 0) return update
    const runId = update.omissionRunId ?? options.omissionRun()
    return { ...update, omissionsScored: update.omissionsScored + scoreOmissions(db, runId, unscored), omissionRunId: runId }
  })()
}
