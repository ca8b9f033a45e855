import { sdgName } from '../../../shared/labels'
import { LATEST_SLANT_RUN, type DatasetTableDefinition, type ResolvedScoreSource, type TableContext } from './dataset-table'

const SOURCE_MEANING = "machine (Slant's newest analysis of the article), coder (a coder's current set) or adjudication (the set an adjudicator settled on)"

/** Each coder's current state of each label: their newest row per label (an undo is a row too). */
function currentLabels(scheme: 'sdg' | 'frame', source: ResolvedScoreSource): string {
  const coder = source.kind === 'coder' ? ` AND l.coder_id = ${Math.trunc(source.coderId)}` : ''
  return `FROM label_judgments l JOIN articles a ON a.id = l.article_id JOIN coders c ON c.id = l.coder_id
    WHERE l.scheme = '${scheme}' AND l.present = 1${coder}
      AND l.id = (SELECT max(m.id) FROM label_judgments m WHERE m.article_id = l.article_id AND m.coder_id = l.coder_id AND m.scheme = l.scheme AND m.kind = l.kind AND m.label = l.label)`
}

/** The parts of a long label table a score source keeps: the machine's rows, the coders' rows, or both. */
function parts(source: ResolvedScoreSource, machine: string, human: string): string {
  if (source.kind === 'machine') return machine
  if (source.kind === 'coder') return human
  return `${machine} UNION ALL ${human}`
}

export const sdgTable: DatasetTableDefinition = {
  name: 'sdgs',
  describes: "one row per article and UN Sustainable Development Goal it touches, for Slant's newest analysis and for each coder",
  columns: [
    { name: 'article_id', type: 'integer', meaning: "Slant's id of the article" },
    { name: 'external_id', type: 'text', meaning: "the id the article had in the researcher's own data (empty if none)" },
    { name: 'source', type: 'text', meaning: SOURCE_MEANING },
    { name: 'run_id', type: 'integer', meaning: 'the analysis run, for machine rows' },
    { name: 'coder', type: 'text', meaning: 'the coder or adjudicator, for their rows' },
    { name: 'goal', type: 'integer', meaning: 'the goal number, 1 to 17' },
    { name: 'goal_name', type: 'text', meaning: "the goal's official short name" },
    { name: 'direction', type: 'text', meaning: 'positive (the article reports progress on the goal) or negative (setbacks)' },
    { name: 'relevance', type: 'text', meaning: 'direct (the goal is the subject) or indirect (touched in passing)' },
    { name: 'rationale', type: 'text', meaning: "the machine's or coder's reason" }
  ],
  *rows(context: TableContext) {
    const machine = `SELECT g.article_id, a.external_id, 'machine' AS source, g.run_id, NULL AS coder, g.goal, g.direction, g.relevance, g.rationale
      FROM articles a JOIN article_sdgs g ON g.article_id = a.id AND g.run_id = ${LATEST_SLANT_RUN}`
    const human = `SELECT l.article_id, a.external_id, CASE l.kind WHEN 'label' THEN 'coder' ELSE 'adjudication' END, NULL, c.name, CAST(l.label AS INTEGER), l.direction, l.relevance, l.rationale
      ${currentLabels('sdg', context.scoreSource)}`
    const rows = context.db.prepare(`${parts(context.scoreSource, machine, human)} ORDER BY 1, 3, 5, 6`).raw(true).iterate() as Iterable<unknown[]>
    for (const [articleId, externalId, source, runId, coder, goal, direction, relevance, rationale] of rows) {
      yield [articleId, externalId, source, runId, coder, goal, sdgName(goal as number), direction, relevance, rationale]
    }
  }
}

export const frameTable: DatasetTableDefinition = {
  name: 'frames',
  describes: "one row per article and Policy Frames Codebook frame it uses (Boydstun et al.), for Slant's newest analysis and for each coder",
  columns: [
    { name: 'article_id', type: 'integer', meaning: "Slant's id of the article" },
    { name: 'external_id', type: 'text', meaning: "the id the article had in the researcher's own data (empty if none)" },
    { name: 'source', type: 'text', meaning: SOURCE_MEANING },
    { name: 'run_id', type: 'integer', meaning: 'the analysis run, for machine rows' },
    { name: 'coder', type: 'text', meaning: 'the coder or adjudicator, for their rows' },
    { name: 'frame', type: 'text', meaning: 'one of the 15 Policy Frames Codebook dimensions' },
    { name: 'is_primary', type: 'boolean', meaning: "true for the article's primary frame (the machine's: the frame with most cue matches)" },
    { name: 'matches', type: 'integer', meaning: "how many of the frame's cue phrases the machine found (machine rows)" },
    { name: 'cues', type: 'list', meaning: 'the cue phrases the machine found, joined with "; " in CSV (machine rows)' }
  ],
  *rows(context: TableContext) {
    const machine = `SELECT x.article_id, a.external_id, 'machine' AS source, x.run_id, NULL AS coder, json_extract(f.value, '$.frame') AS frame,
        f.key = 0 AS is_primary, json_extract(f.value, '$.matches') AS matches, json_extract(f.value, '$.cues') AS cues
      FROM articles a JOIN article_analyses x ON x.article_id = a.id AND x.run_id = ${LATEST_SLANT_RUN}, json_each(x.details, '$.frames') f`
    const human = `SELECT l.article_id, a.external_id, CASE l.kind WHEN 'label' THEN 'coder' ELSE 'adjudication' END, NULL, c.name, l.label, l.is_primary, NULL, NULL
      ${currentLabels('frame', context.scoreSource)}`
    const rows = context.db.prepare(`${parts(context.scoreSource, machine, human)} ORDER BY 1, 3, 5, 7 DESC, 6`).raw(true).iterate() as Iterable<unknown[]>
    for (const [articleId, externalId, source, runId, coder, frame, isPrimary, matches, cues] of rows) {
      yield [articleId, externalId, source, runId, coder, frame, isPrimary === 1, matches, typeof cues === 'string' ? (JSON.parse(cues) as string[]) : null]
    }
  }
}
