import type { DatasetTableDefinition, ResolvedScoreSource, TableContext } from './dataset-table'
import { isScoped } from './export-snapshot'

/**
 * The judgments table in long form (design: "one row per (article, dimension, coder or run)"), for
 * agreement analysis in R (irr, krippendorff) or Python: each coder's current value, each
 * adjudicated value, and each analysis run's score. A coder's current value is their newest row,
 * so an undone edit is not reported; a withdrawn value (NULL) is left out.
 */
export const judgmentTable: DatasetTableDefinition = {
  name: 'judgments',
  describes: 'one row per article, bias dimension and coder (their current value), adjudicator (the settled value) or analysis run (its score)',
  columns: [
    { name: 'article_id', type: 'integer', meaning: "Slant's id of the article; joins the other tables" },
    { name: 'external_id', type: 'text', meaning: "the id the article had in the researcher's own data when imported (empty if none)" },
    { name: 'dimension', type: 'text', meaning: 'the bias dimension: framing, language or omission' },
    { name: 'source', type: 'text', meaning: "coder (a coder's own value), adjudication (the final value an adjudicator settled on) or machine (an analysis run's score)" },
    { name: 'coder', type: 'text', meaning: 'the coder or adjudicator (empty for machine rows)' },
    { name: 'coder_uid', type: 'text', meaning: "the coder's stable id, the same in every corpus their coder file was merged into" },
    { name: 'run_id', type: 'integer', meaning: 'the analysis run that gave a machine score (see manifest.json analysisRuns)' },
    { name: 'run_label', type: 'text', meaning: "the run's name: Slant's analyzer, or imported: <source> for an imported report" },
    { name: 'value', type: 'integer', meaning: 'the score, 1 (least biased) to 5; see the score levels below' },
    { name: 'rationale', type: 'text', meaning: "the coder's rationale, the adjudicator's note, or the machine's explanation" },
    { name: 'confidence', type: 'number', meaning: "the coder's or run's confidence, 0 to 1 (empty if not given)" },
    { name: 'judgment_uid', type: 'text', meaning: "the stored judgment's unique id; a file re-imported with it unchanged adds nothing" },
    { name: 'created_at', type: 'date', meaning: 'when the value was recorded (ISO 8601, UTC); for machine rows, when the run started' }
  ],
  rows: judgmentRows
}

/** Each coder's current value: their newest row per article, dimension and kind. */
const CURRENT_IDS = 'SELECT max(id) AS id FROM judgments GROUP BY article_id, dimension, kind, coder_id'

const HUMAN_ROWS = `SELECT j.article_id, a.external_id, j.dimension, CASE j.kind WHEN 'score' THEN 'coder' ELSE 'adjudication' END AS source,
    c.name AS coder, c.uid AS coder_uid, NULL AS run_id, NULL AS run_label, j.value, j.rationale, j.confidence, j.uid AS judgment_uid, j.created_at
  FROM judgments j JOIN (${CURRENT_IDS}) current ON current.id = j.id JOIN articles a ON a.id = j.article_id JOIN coders c ON c.id = j.coder_id
  WHERE j.value IS NOT NULL`

const MACHINE_ROWS = `SELECT s.article_id, a.external_id, s.dimension, 'machine' AS source, NULL AS coder, NULL AS coder_uid, s.run_id, r.label AS run_label,
    s.score AS value, s.rationale, s.confidence, NULL AS judgment_uid, r.started_at AS created_at
  FROM article_scores s JOIN articles a ON a.id = s.article_id JOIN analysis_runs r ON r.id = s.run_id`

/**
 * The table as one SQL statement with no parameters: the definition of its rows, which the bench
 * gives the sqlite3 shell and the tests compare the streamed rows with. Ordered by article,
 * dimension, source (adjudication, coder, machine), coder and run.
 */
export function judgmentSql(source: ResolvedScoreSource): string {
  const order = ' ORDER BY 1, 3, 4, 5, 7'
  if (source.kind === 'machine') return MACHINE_ROWS + order
  if (source.kind === 'coder') return `${HUMAN_ROWS} AND j.coder_id = ${Math.trunc(source.coderId)}${order}`
  return `${HUMAN_ROWS} UNION ALL ${MACHINE_ROWS}${order}`
}

type Row = unknown[]
const ARTICLE = 0
const DIMENSION = 2

/**
 * The coders' rows in one pass over the judgments_by_article index, which yields each article,
 * dimension and kind's rows together and in id order: the last row per coder is their current value.
 * This reads each stored judgment once, where the SQL definition looks every row's group up again.
 */
function humanRows(context: TableContext): Iterable<Row> {
  // Each coder's place in name order: a group's rows are filed by it, so they come out in coder order unsorted.
  const coderRows = context.db.prepare('SELECT id, name, uid FROM coders ORDER BY name, id').raw(true).all() as [number, string, string][]
  const coders = new Map(coderRows.map(([id, name, uid], rank) => [id, { name, uid, rank }]))
  const onlyCoder = context.scoreSource.kind === 'coder' ? ` AND j.coder_id = ${Math.trunc(context.scoreSource.coderId)}` : ''
  // The rows come in the table's own layout, the coder's id standing in for their name until it is looked up.
  // Articles are read once each, not once per judgment: a wide row is costly to reach.
  const statement = context.db
    .prepare(
      `SELECT j.article_id, NULL, j.dimension, CASE j.kind WHEN 'score' THEN 'coder' ELSE 'adjudication' END, j.coder_id, NULL, NULL, NULL,
         j.value, j.rationale, j.confidence, j.uid, j.created_at
       FROM judgments j INDEXED BY judgments_by_article
       WHERE ${isScoped(context.db) ? 'j.article_id IN (SELECT id FROM articles)' : 'true'}${onlyCoder} ORDER BY j.article_id, j.dimension, j.kind, j.id`
    )
    .raw(true)
  const externalIdOf = context.db.prepare('SELECT external_id FROM articles WHERE id = ?').pluck()
  // A plain iterator rather than a generator, like merged(): it runs once per stored judgment.
  return {
    [Symbol.iterator]: () => {
      const rows = (statement.iterate() as Iterable<Row>)[Symbol.iterator]()
      let externalId: unknown = null
      // The current group's newest row per coder, at the coder's place in name order; the places used.
      const slots: (Row | undefined)[] = new Array<Row | undefined>(coderRows.length + 1)
      let used: number[] = []
      /** The finished group's current values in coder order; a withdrawn value (NULL) hides the coder's earlier rows too. */
      const take = (): Row[] => {
        if (used.length > 1) used.sort((a, b) => a - b)
        const taken: Row[] = []
        for (const place of used) {
          const row = slots[place] as Row
          slots[place] = undefined
          if (row[8] !== null) taken.push(row)
        }
        used = []
        return taken
      }
      let article: unknown = null
      let dimension: unknown = null
      let source: unknown = null
      // A finished group's current rows, handed out one by one.
      let ready: Row[] = []
      let position = 0
      let finished = false
      return {
        next: (): IteratorResult<Row> => {
          while (position >= ready.length) {
            if (finished) return { value: undefined, done: true }
            const step = rows.next()
            if (step.done) {
              finished = true
              ready = take()
              position = 0
              continue
            }
            const row = step.value
            if (row[0] !== article || row[2] !== dimension || row[3] !== source) {
              ready = take()
              position = 0
              if (row[0] !== article) externalId = externalIdOf.get(row[0])
              article = row[0]
              dimension = row[2]
              source = row[3]
            }
            row[1] = externalId
            const coder = coders.get(row[4] as number)
            row[4] = coder?.name ?? null
            row[5] = coder?.uid ?? null
            // A coder missing from the coders table (never, with the foreign key) takes the last place.
            const place = coder?.rank ?? coderRows.length
            if (slots[place] === undefined) used.push(place)
            slots[place] = row
          }
          return { value: ready[position++] as Row, done: false }
        },
        return: (): IteratorResult<Row> => {
          rows.return?.()
          return { value: undefined, done: true }
        }
      }
    }
  }
}

function machineRows(context: TableContext): Iterable<Row> {
  return context.db
    .prepare(`${MACHINE_ROWS} ORDER BY s.article_id, s.dimension, s.run_id`)
    .raw(true)
    .iterate() as Iterable<Row>
}

/**
 * Merges two streams ordered by article and dimension; at a tie the first stream (the coders') goes
 * first. A plain iterator, not a generator: every row of the table passes through here, and a
 * generator's resume per row was a measurable share of exporting a million judgments.
 */
function merged(first: Iterable<Row>, second: Iterable<Row>): Iterable<Row> {
  return {
    [Symbol.iterator]: () => {
      const left = first[Symbol.iterator]()
      const right = second[Symbol.iterator]()
      let a = left.next()
      let b = right.next()
      const firstGoesFirst = (): boolean =>
        b.done === true ||
        (a.done !== true &&
          ((a.value[ARTICLE] as number) < (b.value[ARTICLE] as number) ||
            (a.value[ARTICLE] === b.value[ARTICLE] && (a.value[DIMENSION] as string) <= (b.value[DIMENSION] as string))))
      return {
        next: (): IteratorResult<Row> => {
          if (a.done && b.done) return { value: undefined, done: true }
          if (firstGoesFirst()) {
            const value = a.value as Row
            a = left.next()
            return { value, done: false }
          }
          const value = b.value as Row
          b = right.next()
          return { value, done: false }
        },
        return: (): IteratorResult<Row> => {
          left.return?.()
          right.return?.()
          return { value: undefined, done: true }
        }
      }
    }
  }
}

function judgmentRows(context: TableContext): Iterable<unknown[]> {
  if (context.scoreSource.kind === 'machine') return machineRows(context)
  if (context.scoreSource.kind === 'coder') return humanRows(context)
  return merged(humanRows(context), machineRows(context))
}
