import type { Db } from '../db/open-database'
import type { ArticleFeatures, StoryState } from './story-similarity'

/** Centroid entries kept per story: enough to compare with, bounded however large the story grows. */
const CENTROID_TERMS = 80
const CENTROID_ITEMS = 40

interface StoredCentroid {
  terms?: [string, number][]
  names?: [string, number][]
  figures?: [string, number][]
}

function top(map: Map<string, number>, limit: number): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit)
}

function isoDate(time: number): string {
  return new Date(time).toISOString()
}

export interface StoryRowForState {
  id: number
  first_date: string
  last_date: string
  centroid: string
}

export function storyFromRow(row: StoryRowForState): StoryState {
  let centroid: StoredCentroid = {}
  try {
    centroid = JSON.parse(row.centroid) as StoredCentroid
  } catch {
    // A damaged centroid makes an empty story; a rebuild restores it.
  }
  return {
    id: row.id,
    firstTime: Date.parse(row.first_date),
    lastTime: Date.parse(row.last_date),
    terms: new Map(centroid.terms ?? []),
    names: new Map(centroid.names ?? []),
    figures: new Map(centroid.figures ?? [])
  }
}

/** The statements the clusterer needs, prepared once per clustering pass. */
export class StoryStore {
  private readonly statements

  constructor(private readonly db: Db) {
    this.statements = {
      storiesAround: db.prepare<[string, string], StoryRowForState>(
        'SELECT id, first_date, last_date, centroid FROM stories WHERE last_date >= ? AND first_date <= ?'
      ),
      insertStory: db.prepare('INSERT INTO stories (label, first_date, last_date, centroid) VALUES (?, ?, ?, ?)'),
      updateStory: db.prepare("UPDATE stories SET first_date = ?, last_date = ?, centroid = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
      member: db.prepare('INSERT INTO story_articles (article_id, story_id, similarity) VALUES (?, ?, ?) ON CONFLICT(article_id) DO NOTHING')
    }
  }

  /** Stored stories overlapping a time range, as rows: the caller parses only those it does not hold. */
  storiesAround(from: number, to: number): StoryRowForState[] {
    return this.statements.storiesAround.all(isoDate(from), isoDate(to))
  }

  createStory(article: ArticleFeatures): number {
    const time = isoDate(article.time)
    return Number(this.statements.insertStory.run(article.title || 'Untitled story', time, time, '{}').lastInsertRowid)
  }

  saveStory(story: StoryState): void {
    const centroid = JSON.stringify({ terms: top(story.terms, CENTROID_TERMS), names: top(story.names, CENTROID_ITEMS), figures: top(story.figures, CENTROID_ITEMS) })
    this.statements.updateStory.run(isoDate(story.firstTime), isoDate(story.lastTime), centroid, story.id)
  }

  addMember(articleId: number, storyId: number, similarity: number | null): void {
    this.statements.member.run(articleId, storyId, similarity === null ? null : Math.round(similarity * 1000) / 1000)
  }
}

const FEATURES_SQL = `SELECT f.article_id AS articleId, coalesce(a.published_at, a.created_at) AS date, coalesce(a.title, '') AS title,
  f.terms AS terms, f.names AS names, f.figures AS figures
  FROM article_story_features f JOIN articles a ON a.id = f.article_id`

interface FeatureRow {
  articleId: number
  date: string
  title: string
  terms: string
  names: string
  figures: string
}

function parseList<T>(json: string): T[] {
  try {
    const value = JSON.parse(json) as unknown
    return Array.isArray(value) ? (value as T[]) : []
  } catch {
    return []
  }
}

function toFeatures(row: FeatureRow): ArticleFeatures {
  const parsed = Date.parse(row.date)
  return {
    articleId: row.articleId,
    time: Number.isNaN(parsed) ? 0 : parsed,
    title: row.title,
    terms: parseList<[string, number]>(row.terms),
    names: parseList<string>(row.names),
    figures: parseList<[string, number, number]>(row.figures).map((figure) => figure[0])
  }
}

/** Terms an article is compared by, after weighing. */
const TERMS_COMPARED = 40
/** Articles whose terms are weighed with one lookup of their document frequencies. */
const WEIGHING_CHUNK = 500

/**
 * Term counts times the corpus IDF of now (ln((1 + N) / (1 + df)) + 1, as keyphrases use), the
 * strongest kept and L2-normalised.
 */
function weighTerms(db: Db, features: ArticleFeatures[]): void {
  const documents = (db.prepare("SELECT value FROM term_statistics WHERE name = 'documents'").get() as { value: number } | undefined)?.value ?? 0
  const lookup = db.prepare<[string], { term: string; documents: number }>('SELECT term, documents FROM term_document_frequency WHERE term IN (SELECT value FROM json_each(?))')
  for (let start = 0; start < features.length; start += WEIGHING_CHUNK) {
    const chunk = features.slice(start, start + WEIGHING_CHUNK)
    const terms = new Set<string>()
    for (const article of chunk) for (const [term] of article.terms) terms.add(term)
    const frequency = new Map(lookup.all(JSON.stringify([...terms])).map((row) => [row.term, row.documents]))
    for (const article of chunk) {
      const weighted = article.terms.map(([term, count]): [string, number] => {
        const df = Math.min(frequency.get(term) ?? 0, documents)
        return [term, count * (Math.log((1 + documents) / (1 + df)) + 1)]
      })
      weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      const kept = weighted.slice(0, TERMS_COMPARED)
      const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1
      article.terms = kept.map(([term, weight]) => [term, weight / norm])
    }
  }
}

/**
 * Features of analysed articles in no story yet (the given ones, or the oldest `limit` of all),
 * oldest first, weighed.
 */
export function unclusteredFeatures(db: Db, articleIds: number[] | 'all', limit = -1): ArticleFeatures[] {
  const condition = articleIds === 'all' ? '' : 'AND f.article_id IN (SELECT value FROM json_each(?))'
  const params = articleIds === 'all' ? [] : [JSON.stringify(articleIds)]
  const rows = db
    .prepare(`${FEATURES_SQL} WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = f.article_id) ${condition} ORDER BY date, f.article_id LIMIT ?`)
    .all(...params, limit) as FeatureRow[]
  const features = rows.map(toFeatures)
  weighTerms(db, features)
  return features
}

/** The features of the given articles (in a story or not), oldest first, weighed as clustering weighs them. */
export function featuresOf(db: Db, articleIds: number[]): ArticleFeatures[] {
  if (articleIds.length === 0) return []
  const rows = db.prepare(`${FEATURES_SQL} WHERE f.article_id IN (SELECT value FROM json_each(?)) ORDER BY date, f.article_id`).all(JSON.stringify(articleIds)) as FeatureRow[]
  const features = rows.map(toFeatures)
  weighTerms(db, features)
  return features
}
