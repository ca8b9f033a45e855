import { finalScores, machineScoreLookup } from '../annotation/final-values'
import { finalLabelColumns } from '../annotation/final-label-columns'
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
  'story_id',
  ...(['framing', 'language', 'omission'] as const).flatMap((dimension) => [`${dimension}_bias`, `${dimension}_bias_source`, `${dimension}_bias_machine`, `${dimension}_bias_run_id`]),
  'primary_frame',
  'frames',
  'frames_source',
  'sdg_goals',
  'sdg_goals_source'
]

/**
 * One row per article: its story; for each dimension the final score by the design's rule, its
 * source (adjudicated, consensus, human or machine), the machine score and its run; the primary
 * frame, the frames used and the SDGs ("2 negative direct; 7 positive indirect") by the same rule,
 * each with its source (Slant's newest run for articles nobody coded).
 */
export function* articleRows(db: Db): Generator<Record<string, unknown>> {
  const rows = db
    .prepare(
      `SELECT a.id AS article_id, a.external_id, o.name AS outlet, a.url, a.title, a.published_at, a.language,
         coalesce(a.country, o.country) AS country, a.word_count,
         (SELECT story_id FROM story_articles WHERE article_id = a.id) AS story_id,
         (SELECT json_extract(x.details, '$.frames[0].frame') FROM article_analyses x WHERE x.article_id = a.id AND x.run_id = ${LATEST_RUN}) AS primary_frame,
         (SELECT group_concat(g.goal || ' ' || g.direction || ' ' || g.relevance, '; ')
            FROM (SELECT goal, direction, relevance FROM article_sdgs WHERE article_id = a.id AND run_id = ${LATEST_RUN} ORDER BY goal) g) AS sdg_goals,
         (SELECT group_concat(json_extract(f.value, '$.frame'), '; ') FROM article_analyses x, json_each(x.details, '$.frames') f WHERE x.article_id = a.id AND x.run_id = ${LATEST_RUN}) AS frames,
         EXISTS (SELECT 1 FROM judgments j WHERE j.article_id = a.id) AS judged,
         EXISTS (SELECT 1 FROM label_judgments l WHERE l.article_id = a.id) AS labelled,
         ${LATEST_RUN} IS NOT NULL AS analysed
       FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
       ORDER BY a.id`
    )
    .iterate() as Iterable<Record<string, unknown> & { article_id: number; judged: number; labelled: number; analysed: number }>
  const machine = machineScoreLookup(db)
  for (const { judged, labelled, analysed, ...row } of rows) {
    const scores: Record<string, unknown> = {}
    // Articles nobody judged report the machine's value; only judged ones need the whole rule.
    const finals = judged ? finalScores(db, row.article_id) : null
    for (const dimension of ['framing', 'language', 'omission'] as const) {
      const final = finals?.find((score) => score.dimension === dimension)
      const machineValue = final ? final.machine : machine(row.article_id, dimension)
      scores[`${dimension}_bias`] = final ? final.value : (machineValue?.value ?? null)
      scores[`${dimension}_bias_source`] = final ? final.source : machineValue ? 'machine' : null
      scores[`${dimension}_bias_machine`] = machineValue?.value ?? null
      scores[`${dimension}_bias_run_id`] = machineValue?.runId ?? null
    }
    // Articles nobody coded goals or frames for report the machine's; coded ones the final-value rule's.
    const labels = labelled ? finalLabelColumns(db, row.article_id) : null
    const machineLabels = { frames_source: analysed ? 'machine' : null, sdg_goals_source: analysed ? 'machine' : null }
    yield { ...row, ...machineLabels, ...labels, ...scores }
  }
}
