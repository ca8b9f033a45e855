import { LATEST_SLANT_RUN, type DatasetTableDefinition, type TableContext } from './dataset-table'

const ARTICLE_ID = { name: 'article_id', type: 'integer', meaning: "Slant's id of the article" } as const
const EXTERNAL_ID = { name: 'external_id', type: 'text', meaning: "the id the article had in the researcher's own data (empty if none)" } as const

function parsedList(value: unknown): string[] {
  return typeof value === 'string' ? (JSON.parse(value) as unknown[]).filter((item) => item !== null).map(String) : []
}

export const entityTable: DatasetTableDefinition = {
  name: 'entities',
  describes: "one row per article and named entity (person, organisation, place) in Slant's newest analysis of it",
  columns: [
    ARTICLE_ID,
    EXTERNAL_ID,
    { name: 'run_id', type: 'integer', meaning: 'the analysis run that found the entity' },
    { name: 'kind', type: 'text', meaning: 'person, organisation or place' },
    { name: 'name', type: 'text', meaning: 'the name as the article writes it' },
    { name: 'mentions', type: 'integer', meaning: 'how often the article mentions it' },
    { name: 'first_offset', type: 'integer', meaning: 'where the first mention starts in the stored text (UTF-16 code units, as JavaScript counts)' }
  ],
  rows(context: TableContext) {
    return context.db
      .prepare(
        `SELECT e.article_id, a.external_id, e.run_id, e.kind, e.name, e.mentions, e.first_offset
         FROM articles a JOIN article_entities e ON e.article_id = a.id AND e.run_id = ${LATEST_SLANT_RUN}
         ORDER BY a.id, e.kind, e.name`
      )
      .raw(true)
      .iterate() as Iterable<unknown[]>
  }
}

export const storyTable: DatasetTableDefinition = {
  name: 'stories',
  describes: 'one row per same-story cluster that holds an exported article',
  columns: [
    { name: 'story_id', type: 'integer', meaning: "the story's id; the articles table's story_id" },
    { name: 'label', type: 'text', meaning: "the story's name (the title of its first article)" },
    { name: 'first_date', type: 'date', meaning: 'when its earliest article was published (ISO 8601)' },
    { name: 'last_date', type: 'date', meaning: 'when its latest article was published (ISO 8601)' },
    { name: 'article_count', type: 'integer', meaning: 'how many articles of the corpus the story holds' },
    { name: 'articles_in_export', type: 'integer', meaning: 'how many of them this export holds' },
    { name: 'outlets', type: 'list', meaning: 'the outlets of the exported articles, joined with "; " in CSV' },
    { name: 'article_ids', type: 'list', meaning: 'the exported articles, by article_id' }
  ],
  *rows(context: TableContext) {
    const rows = context.db
      .prepare(
        `SELECT s.id, s.label, s.first_date, s.last_date, s.articles, count(*),
           json_group_array(DISTINCT o.name), json_group_array(a.id)
         FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
         GROUP BY s.id ORDER BY s.id`
      )
      .raw(true)
      .iterate() as Iterable<unknown[]>
    for (const [id, label, firstDate, lastDate, total, exported, outlets, articleIds] of rows) {
      yield [id, label, firstDate, lastDate, total, exported, parsedList(outlets).sort(), (JSON.parse(articleIds as string) as number[]).sort((x, y) => x - y)]
    }
  }
}

export const outletTable: DatasetTableDefinition = {
  name: 'outlets',
  describes: 'one row per outlet that published an exported article',
  columns: [
    { name: 'outlet_id', type: 'integer', meaning: "Slant's id of the outlet" },
    { name: 'name', type: 'text', meaning: "the outlet's name; the articles table's outlet" },
    { name: 'country', type: 'text', meaning: 'where it publishes (ISO 3166 code as entered)' },
    { name: 'language', type: 'text', meaning: 'its main language (as entered)' },
    { name: 'domains', type: 'list', meaning: 'the web domains its articles are matched by' },
    { name: 'attributes', type: 'list', meaning: 'researcher-entered attributes as name=value (source), e.g. a lean rating and who rated it' },
    { name: 'articles_in_export', type: 'integer', meaning: 'how many exported articles it published' }
  ],
  *rows(context: TableContext) {
    const rows = context.db
      .prepare(
        `SELECT o.id, o.name, o.country, o.language,
           (SELECT json_group_array(domain) FROM (SELECT domain FROM outlet_domains WHERE outlet_id = o.id ORDER BY domain)),
           (SELECT json_group_array(name || '=' || value || coalesce(' (' || source || ')', '')) FROM (SELECT * FROM outlet_attributes WHERE outlet_id = o.id ORDER BY name)),
           count(*)
         FROM outlets o JOIN articles a ON a.outlet_id = o.id
         GROUP BY o.id ORDER BY o.id`
      )
      .raw(true)
      .iterate() as Iterable<unknown[]>
    for (const [id, name, country, language, domains, attributes, exported] of rows) {
      yield [id, name, country, language, parsedList(domains), parsedList(attributes), exported]
    }
  }
}
