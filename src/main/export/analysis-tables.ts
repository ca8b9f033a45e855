import type { Db } from '../db/open-database'

/** The latest of Slant's own runs that analysed each article: the machine value a table reports. */
const LATEST_RUN = `(SELECT max(x.run_id) FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id
  WHERE x.article_id = a.id AND r.origin = 'slant')`

export const SENTENCE_COLUMNS = ['article_id', 'external_id', 'run_id', 'sentence_index', 'start_offset', 'end_offset', 'text', 'loaded_terms', 'loaded_score', 'loaded_flag']

/** One row per sentence of every analysed article (design: the "sentences" table). */
export function* sentenceRows(db: Db): Generator<Record<string, unknown>> {
  const rows = db
    .prepare(
      `SELECT a.id AS article_id, a.external_id, s.run_id, s.sentence_index, s.start_offset, s.end_offset,
         substr(a.text, s.start_offset + 1, s.end_offset - s.start_offset) AS text, s.loaded_terms, s.score AS loaded_score, s.flag AS loaded_flag
       FROM articles a JOIN article_sentences s ON s.article_id = a.id AND s.run_id = ${LATEST_RUN}
       ORDER BY a.id, s.sentence_index`
    )
    .iterate() as Iterable<Record<string, unknown> & { loaded_terms: string; loaded_flag: number }>
  for (const row of rows) {
    yield { ...row, loaded_terms: (JSON.parse(row.loaded_terms) as string[]).join('; '), loaded_flag: row.loaded_flag === 1 }
  }
}

export const ARTICLE_COLUMNS = [
  'article_id',
  'external_id',
  'outlet',
  'url',
  'title',
  'published_at',
  'language',
  'country',
  'word_count',
  'language_bias',
  'language_bias_source',
  'language_bias_run_id',
  'story_id',
  'framing_bias',
  'primary_frame',
  'omission_bias',
  'omission_run_id',
  'sdg_goals'
]

/**
 * One row per article with its story, its machine language-, framing- and omission-bias scores, primary frame and SDGs ("2 negative direct; 7 positive
 * indirect"), from its newest run of Slant's own (human values join in with coding by hand).
 */
export function* articleRows(db: Db): Generator<Record<string, unknown>> {
  const rows = db
    .prepare(
      `SELECT a.id AS article_id, a.external_id, o.name AS outlet, a.url, a.title, a.published_at, a.language,
         coalesce(a.country, o.country) AS country, a.word_count, sc.score AS language_bias, sc.run_id AS language_bias_run_id,
         (SELECT f.score FROM article_scores f WHERE f.article_id = a.id AND f.dimension = 'framing' AND f.run_id = ${LATEST_RUN}) AS framing_bias,
         (SELECT json_extract(x.details, '$.frames[0].frame') FROM article_analyses x WHERE x.article_id = a.id AND x.run_id = ${LATEST_RUN}) AS primary_frame,
         (SELECT story_id FROM story_articles WHERE article_id = a.id) AS story_id,
         om.score AS omission_bias, om.run_id AS omission_run_id,
         (SELECT group_concat(g.goal || ' ' || g.direction || ' ' || g.relevance, '; ')
            FROM (SELECT goal, direction, relevance FROM article_sdgs WHERE article_id = a.id AND run_id = ${LATEST_RUN} ORDER BY goal) g) AS sdg_goals
       FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
       LEFT JOIN article_scores sc ON sc.article_id = a.id AND sc.dimension = 'language' AND sc.run_id = ${LATEST_RUN}
       LEFT JOIN article_scores om ON om.article_id = a.id AND om.dimension = 'omission' AND om.run_id = (SELECT max(o.run_id) FROM article_scores o
         JOIN analysis_runs r ON r.id = o.run_id WHERE o.article_id = a.id AND o.dimension = 'omission' AND r.origin = 'slant')
       ORDER BY a.id`
    )
    .iterate() as Iterable<Record<string, unknown>>
  for (const row of rows) yield { ...row, language_bias_source: row.language_bias === null ? null : 'machine' }
}
