import { ARTICLE_COLUMNS, articleRows, SENTENCE_COLUMNS, sentenceRows } from '../analysis-tables'
import { SPAN_COLUMNS, spanRows } from '../span-table'
import type { ColumnType, DatasetColumn } from './cell-encoding'
import { cellsOf, type DatasetTableDefinition, type TableContext } from './dataset-table'

const DIMENSIONS = ['framing', 'language', 'omission'] as const

/** Type and meaning of each column of the articles, sentences and spans tables (defined in analysis-tables.ts and span-table.ts). */
const DESCRIBED: Record<string, [ColumnType, string]> = {
  article_id: ['integer', "Slant's id of the article; joins the other tables"],
  external_id: ['text', "the id the article had in the researcher's own data when imported (empty if none)"],
  outlet: ['text', "the outlet's name; the outlets table's name"],
  url: ['text', "the article's address"],
  title: ['text', "the article's headline"],
  published_at: ['date', 'when it was published (ISO 8601 date or date-time, UTC when a time is known)'],
  language: ['text', 'its language (ISO 639-1 code)'],
  country: ['text', "its country (the article's own, else its outlet's)"],
  word_count: ['integer', 'words in the stored text'],
  story_id: ['integer', 'its same-story cluster; the stories table'],
  primary_frame: ['text', 'the Policy Frames dimension the article leans on most, by the final-value rule (coders first, else the machine)'],
  frames: ['list', 'every frame it uses, joined with "; "'],
  frames_source: ['text', 'which value frames report: adjudicated, consensus, human or machine'],
  sdg_goals: ['list', 'the UN goals it touches as "goal direction relevance", joined with "; " (e.g. "2 negative direct")'],
  sdg_goals_source: ['text', 'which value sdg_goals reports: adjudicated, consensus, human or machine'],
  run_id: ['integer', 'the analysis run the row comes from (see manifest.json analysisRuns)'],
  sentence_index: ['integer', 'the sentence\'s position in the article, from 0'],
  start_offset: ['integer', 'where it starts in the stored text, in UTF-16 code units (JavaScript string indices)'],
  end_offset: ['integer', 'where it ends (exclusive), in UTF-16 code units'],
  text: ['text', 'the text between the offsets'],
  loaded_terms: ['list', 'the loaded or emotive lexicon terms found, joined with "; "'],
  loaded_score: ['number', 'how loaded the wording is, 0 (neutral) to 1'],
  loaded_flag: ['boolean', "the engine's yes/no call that the sentence uses loaded language"],
  source: ['text', "machine (evidence from Slant's newest run) or coder (a span a coder marked)"],
  coder: ['text', 'the coder who marked the span'],
  kind: ['text', "the evidence kind (loaded_term, hedge, quote, claim...) or coder for a coder's span"],
  label: ['text', "the span's label"],
  start_char: ['integer', "where it starts in code points, as Python's str and R's substr() count"],
  end_char: ['integer', 'where it ends (exclusive), in code points'],
  note: ['text', "the machine's or coder's note"],
  suggestion: ['text', 'a neutral alternative, for loaded terms'],
  accepted_by: ['list', 'the coders who accepted a machine span'],
  rejected_by: ['list', 'the coders who rejected a machine span'],
  created_at: ['date', 'when a coder marked the span (ISO 8601, UTC)']
}

for (const dimension of DIMENSIONS) {
  DESCRIBED[`${dimension}_bias`] = ['integer', `${dimension} bias, 1 (least) to 5, from the score source named in manifest.json (by default the final-value rule); see the score levels below`]
  DESCRIBED[`${dimension}_bias_source`] = ['text', `which value ${dimension}_bias reports: adjudicated, consensus, human (the latest coder, or the chosen coder) or machine`]
  DESCRIBED[`${dimension}_bias_machine`] = ['integer', `the ${dimension} bias score of Slant's newest run, 1 to 5`]
  DESCRIBED[`${dimension}_bias_run_id`] = ['integer', `the run that gave ${dimension}_bias_machine`]
}

/** A column another table's author added without a description still exports, and the codebook says so. */
function describe(names: readonly string[]): DatasetColumn[] {
  return names.map((name) => {
    const [type, meaning] = DESCRIBED[name] ?? ['text', 'not described yet']
    return { name, type, meaning }
  })
}

const articleColumns = describe(ARTICLE_COLUMNS)

/**
 * The articles table with its score columns from the chosen source: the final-value rule (as
 * analysis-tables.ts computes it), the machine's newest score, or one coder's current value.
 */
function* scoredArticleRows(context: TableContext): Generator<Record<string, unknown>> {
  const source = context.scoreSource
  const coderValue =
    source.kind === 'coder'
      ? context.db.prepare<[number, number], { dimension: string; value: number | null }>(
          `SELECT j.dimension, j.value FROM judgments j WHERE j.article_id = ? AND j.coder_id = ? AND j.kind = 'score'
             AND j.id = (SELECT max(k.id) FROM judgments k WHERE k.article_id = j.article_id AND k.dimension = j.dimension AND k.kind = j.kind AND k.coder_id = j.coder_id)`
        )
      : null
  for (const row of articleRows(context.db)) {
    if (source.kind === 'machine') {
      for (const dimension of DIMENSIONS) {
        const machine = row[`${dimension}_bias_machine`] ?? null
        row[`${dimension}_bias`] = machine
        row[`${dimension}_bias_source`] = machine === null ? null : 'machine'
      }
    } else if (source.kind === 'coder' && coderValue) {
      const values = new Map(coderValue.all(row.article_id as number, source.coderId).map((judgment) => [judgment.dimension, judgment.value]))
      for (const dimension of DIMENSIONS) {
        const value = values.get(dimension) ?? null
        row[`${dimension}_bias`] = value
        row[`${dimension}_bias_source`] = value === null ? null : 'human'
      }
    }
    yield row
  }
}

export const articleTable: DatasetTableDefinition = {
  name: 'articles',
  describes: 'one row per article (wide): ids, outlet, dates, story, and for each bias dimension the reported score, its source, the machine score and its run',
  columns: articleColumns,
  rows: (context) => cellsOf(articleColumns, scoredArticleRows(context))
}

const sentenceColumns = describe(SENTENCE_COLUMNS)

export const sentenceTable: DatasetTableDefinition = {
  name: 'sentences',
  describes: "one row per sentence of each article in Slant's newest analysis of it",
  columns: sentenceColumns,
  rows: (context) => cellsOf(sentenceColumns, sentenceRows(context.db))
}

const spanColumns = describe(SPAN_COLUMNS)

export const spanTable: DatasetTableDefinition = {
  name: 'spans',
  describes: "one row per evidence span of Slant's newest analysis and per span a coder marked",
  columns: spanColumns,
  rows: (context) => cellsOf(spanColumns, spanRows(context.db))
}
