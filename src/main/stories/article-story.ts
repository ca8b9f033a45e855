import type { ArticleStoryInfo, OmissionKind } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { newestOmissionScore } from './update-stories'

const EXCERPT_CHARACTERS = 160

/** The article's story, its sibling articles and its newest omission score with the items behind it. */
export function articleStory(db: Db, articleId: number): ArticleStoryInfo {
  const story = db
    .prepare(
      `SELECT s.id, s.label, s.articles, s.first_date AS firstDate, s.last_date AS lastDate
       FROM story_articles m JOIN stories s ON s.id = m.story_id WHERE m.article_id = ?`
    )
    .get(articleId) as ArticleStoryInfo['story'] | undefined
  const siblings = story
    ? (db
        .prepare(
          `SELECT a.id AS articleId, a.title, o.name AS outlet, a.published_at AS publishedAt, m.similarity
           FROM story_articles m JOIN articles a ON a.id = m.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
           WHERE m.story_id = ? AND m.article_id != ? ORDER BY coalesce(a.published_at, a.created_at), a.id`
        )
        .all(story.id, articleId) as ArticleStoryInfo['siblings'])
    : []
  const score = newestOmissionScore(db, articleId)
  let omission: ArticleStoryInfo['omission'] = null
  if (score) {
    const rows = db
      .prepare(
        `SELECT o.kind, o.item, o.central, o.carried_by AS carriedBy, o.siblings, o.source_article_id AS sourceId, o.source_start AS sourceStart,
           o.source_end AS sourceEnd, a.title AS sourceTitle, substr(a.text, max(1, o.source_start + 1 - 40), ?) AS excerptText,
           max(0, o.source_start - 40) AS excerptStart
         FROM article_omissions o LEFT JOIN articles a ON a.id = o.source_article_id
         WHERE o.run_id = ? AND o.article_id = ? ORDER BY o.central DESC, o.carried_by DESC, o.item`
      )
      .all(EXCERPT_CHARACTERS, score.runId, articleId) as {
      kind: OmissionKind
      item: string
      central: number
      carriedBy: number
      siblings: number
      sourceId: number | null
      sourceStart: number | null
      sourceEnd: number | null
      sourceTitle: string | null
      excerptText: string | null
      excerptStart: number
    }[]
    omission = {
      ...score,
      fallback: (score.rationale ?? '').startsWith('Fallback:'),
      items: rows.map((row) => ({
        kind: row.kind,
        item: row.item,
        central: row.central === 1,
        carriedBy: row.carriedBy,
        siblings: row.siblings,
        source:
          row.sourceId !== null && row.sourceStart !== null && row.sourceEnd !== null
            ? {
                articleId: row.sourceId,
                title: row.sourceTitle ?? '',
                start: row.sourceStart,
                end: row.sourceEnd,
                excerpt: (row.excerptText ?? '').replace(/\s+/gu, ' ').trim()
              }
            : null
      }))
    }
  }
  return { story: story ?? null, siblings, omission }
}
