import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { Backend } from '../../src/main/api/backend'
import { TABLE_DEFINITIONS } from '../../src/main/export/dataset/dataset-tables'
import { openSnapshot } from '../../src/main/export/dataset/export-snapshot'
import { judgmentSql } from '../../src/main/export/dataset/judgment-table'
import { runDatasetExport } from '../../src/main/export/dataset/run-dataset-export'
import { DATASET_TABLES, datasetRequestSchema, type DatasetRequestInput } from '../../src/shared/export-schemas'
import type { JobRow } from '../../src/shared/rows'
import { call, datasetCorpus, TRICKY_ARTICLES } from '../helpers/dataset-fixture'
import { useTempDirectory } from '../helpers/temp-directory'

const count = (backend: Backend, sql: string) => (backend.db.prepare(sql).get() as { n: number }).n

function exportNow(backend: Backend, request: DatasetRequestInput, signal?: AbortSignal) {
  return runDatasetExport(datasetRequestSchema.parse(request), { db: backend.db, databasePath: backend.databasePath, slantVersion: '0.1.0', signal })
}

function readCsv(path: string, delimiter = ','): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true, delimiter }) as Record<string, string>[]
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** Rows the database holds for each table, counted independently of the export's own queries. */
const EXPECTED_ROWS: Record<(typeof DATASET_TABLES)[number], string> = {
  articles: 'SELECT count(*) AS n FROM articles',
  // Each coder's current value per article, dimension and kind, plus every run's scores.
  judgments:
    'SELECT (SELECT count(*) FROM (SELECT 1 FROM judgments GROUP BY article_id, dimension, kind, coder_id)) + (SELECT count(*) FROM article_scores) AS n',
  spans: 'SELECT count(*) AS n FROM article_evidence',
  sentences: 'SELECT count(*) AS n FROM article_sentences',
  entities: 'SELECT count(*) AS n FROM article_entities',
  sdgs: 'SELECT (SELECT count(*) FROM article_sdgs) + (SELECT count(*) FROM label_judgments WHERE scheme = \'sdg\' AND present = 1) AS n',
  frames: "SELECT (SELECT count(*) FROM article_analyses x, json_each(x.details, '$.frames')) + (SELECT count(*) FROM label_judgments WHERE scheme = 'frame' AND present = 1) AS n",
  stories: 'SELECT count(DISTINCT story_id) AS n FROM story_articles',
  outlets: 'SELECT count(DISTINCT outlet_id) AS n FROM articles'
}

describe('dataset export', () => {
  const tempDirectory = useTempDirectory()

  it('writes every table with the database\'s row counts, a codebook of every column and a manifest with each file\'s sha256', async () => {
    const directory = tempDirectory()
    const backend = await datasetCorpus(directory)
    const out = join(directory, 'dataset')
    const outcome = await exportNow(backend, { tables: [...DATASET_TABLES], out })
    expect(outcome.path).toBe(out)
    expect(readdirSync(out).sort()).toEqual([...DATASET_TABLES.map((table) => `${table}.csv`), 'codebook.csv', 'manifest.json'].sort())
    expect(readdirSync(directory).filter((name) => name.includes('.partial-'))).toEqual([])

    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ generator: 'Slant', slantVersion: '0.1.0', schemaVersion: expect.any(Number), scope: { kind: 'all', articles: 5 }, scoreSource: { kind: 'final' } })
    expect(manifest.databaseId).toMatch(/^[0-9a-f-]{36}$/)
    expect(manifest.analysisRuns.map((run: { id: number; analyzer: string }) => run.analyzer)).toEqual(['slant'])
    expect(manifest.coders.map((coder: { name: string }) => coder.name)).toEqual(['Ana Ruiz', 'Ben Okoro'])
    expect(manifest.finalValueRule).toMatch(/adjudicated value, else the human consensus/)

    const codebook = readCsv(join(out, 'codebook.csv'))
    for (const table of DATASET_TABLES) {
      const file = manifest.files.find((entry: { table: string }) => entry.table === table)
      const rows = readCsv(join(out, `${table}.csv`))
      expect(rows.length, table).toBe(count(backend, EXPECTED_ROWS[table]))
      expect(file.rows, table).toBe(rows.length)
      expect(file.sha256).toBe(createHash('sha256').update(readFileSync(join(out, `${table}.csv`))).digest('hex'))
      // Every column is in the codebook with a type and a real meaning.
      for (const column of Object.keys(rows[0] ?? {})) {
        const entry = codebook.find((row) => row.file === `${table}.csv` && row.column === column && row.type !== '')
        expect(entry, `${table}.${column}`).toBeDefined()
        expect(entry?.meaning, `${table}.${column}`).not.toMatch(/^$|not described/)
      }
    }
    const codebookEntry = manifest.files.find((entry: { table: string }) => entry.table === 'codebook')
    expect(codebookEntry.sha256).toBe(createHash('sha256').update(readFileSync(join(out, 'codebook.csv'))).digest('hex'))
    expect(codebookEntry.rows).toBe(codebook.length)
    // Each score column carries its dimension's five levels.
    const languageLevels = codebook.filter((row) => row.file === 'articles.csv' && row.column === 'language_bias' && row.level !== '')
    expect(languageLevels.map((row) => [row.level, row.level_meaning])).toEqual([
      ['1', 'neutral wording throughout'],
      ['2', 'a few loaded or emotive terms'],
      ['3', 'repeated loaded, emotive or intensified wording'],
      ['4', 'loaded wording dominates the tone'],
      ['5', 'inflammatory or derogatory language']
    ])
    expect(codebook.filter((row) => row.file === 'judgments.csv' && row.column === 'value' && row.level !== '')).toHaveLength(15)

    // The same corpus keeps its id; a second export into the same dataset folder replaces it.
    const again = await exportNow(backend, { tables: ['articles', 'judgments'], out })
    expect(again.manifest.databaseId).toBe(manifest.databaseId)
    expect(readdirSync(out).sort()).toEqual(['articles.csv', 'codebook.csv', 'judgments.csv', 'manifest.json'])
    // A folder that is not a Slant dataset is never overwritten.
    const foreign = join(directory, 'thesis')
    mkdirSync(foreign)
    writeFileSync(join(foreign, 'chapter1.docx'), 'mine')
    await expect(exportNow(backend, { tables: ['articles', 'outlets'], out: foreign })).rejects.toThrow(/not an earlier Slant dataset/)
    expect(readdirSync(foreign)).toEqual(['chapter1.docx'])
    backend.close()
  })

  it('streams the judgments table in one pass with exactly the rows of its SQL definition, for every score source and scope', async () => {
    const directory = tempDirectory()
    const backend = await datasetCorpus(directory)
    // A withdrawn value (an undo of Ben's first edit) hides his earlier rows; a second run adds machine rows.
    await call(backend, 'settings.update', { coderId: 2 })
    await call(backend, 'judgments.record', { articleId: 4, dimension: 'language', value: 2 })
    await call(backend, 'judgments.undo', {})
    const run = Number(backend.db.prepare("INSERT INTO analysis_runs (analyzer, version, origin, label) VALUES ('x', '1', 'imported', 'imported: x')").run().lastInsertRowid)
    backend.db.prepare("INSERT INTO article_scores (run_id, article_id, dimension, score) VALUES (?, 1, 'language', 2), (?, 3, 'framing', 5)").run(run, run)
    for (const scope of [{ kind: 'all' as const }, { kind: 'selection' as const, ids: [1, 3, 4] }]) {
      const snapshot = openSnapshot(backend.databasePath, scope)
      for (const scoreSource of [{ kind: 'final' as const }, { kind: 'machine' as const }, { kind: 'coder' as const, coderId: 2, coderName: 'Ben Okoro' }, { kind: 'coder' as const, coderId: 1, coderName: 'Ana Ruiz' }]) {
        const streamed = [...TABLE_DEFINITIONS.judgments.rows({ db: snapshot.db, scoreSource })]
        const defined = snapshot.db.prepare(judgmentSql(scoreSource)).raw(true).all()
        expect(streamed, `${scope.kind} ${scoreSource.kind}`).toEqual(defined)
        expect(streamed.length).toBeGreaterThan(0)
      }
      snapshot.close()
    }
    expect(backend.db.prepare("SELECT count(*) FROM judgments WHERE article_id = 4 AND coder_id = 2").pluck().get()).toBe(2)
    backend.close()
  })

  it('round-trips quotes, delimiters, line breaks and non-Latin text through CSV and JSONL', async () => {
    const directory = tempDirectory()
    const backend = await datasetCorpus(directory)
    for (const format of ['csv', 'jsonl'] as const) {
      const articlesOut = join(directory, `articles.${format}`)
      await exportNow(backend, { tables: ['articles'], out: articlesOut, file: { format } })
      expect(existsSync(join(directory, 'articles.codebook.csv'))).toBe(true)
      expect(existsSync(join(directory, 'articles.manifest.json'))).toBe(true)
      const rows = format === 'csv' ? readCsv(articlesOut) : readJsonl(articlesOut)
      const stored = backend.db.prepare('SELECT id, external_id, title, word_count FROM articles ORDER BY id').all() as { id: number; external_id: string; title: string; word_count: number }[]
      expect(rows.map((row) => row.title)).toEqual(stored.map((row) => row.title))
      expect(rows.map((row) => row.title)).toEqual(TRICKY_ARTICLES.map((article) => article.title))
      expect(rows.map((row) => row.external_id)).toEqual(stored.map((row) => row.external_id))
      expect(rows.map((row) => String(row.word_count))).toEqual(stored.map((row) => String(row.word_count)))
      // Article 1: Ana 4, Ben 5, adjudicated 4.
      expect(rows[0]).toMatchObject({ language_bias: format === 'csv' ? '4' : 4, language_bias_source: 'adjudicated' })

      const judgmentsOut = join(directory, `judgments.${format}`)
      await exportNow(backend, { tables: ['judgments'], out: judgmentsOut, file: { format } })
      const judgments = format === 'csv' ? readCsv(judgmentsOut) : readJsonl(judgmentsOut)
      const anaLanguage = judgments.find((row) => row.coder === 'Ana Ruiz' && row.dimension === 'language')
      expect(anaLanguage).toMatchObject({ source: 'coder', rationale: 'loaded: «нет», 北京', value: format === 'csv' ? '4' : 4 })
      expect(judgments.find((row) => row.coder === 'Ana Ruiz' && row.dimension === 'framing')?.rationale).toBe('=SUM(A1:A9)')
      expect(judgments.find((row) => row.coder === 'Ben Okoro' && row.article_id === (format === 'csv' ? '1' : 1) && row.source === 'coder')?.confidence).toBe(format === 'csv' ? '0.25' : 0.25)
      expect(judgments.filter((row) => row.source === 'adjudication')).toHaveLength(1)
      expect(judgments.filter((row) => row.source === 'machine')).toHaveLength(count(backend, 'SELECT count(*) AS n FROM article_scores'))
    }
    // The undone history is not exported, but a quoted multi-line rationale survives when it is current.
    await call(backend, 'settings.update', { coderId: 1 })
    await call(backend, 'judgments.record', { articleId: 3, dimension: 'omission', value: 1, rationale: 'He said "no", then, later,\r\nchanged his mind' })
    await exportNow(backend, { tables: ['judgments'], out: join(directory, 'again.csv') })
    expect(readCsv(join(directory, 'again.csv')).find((row) => row.dimension === 'omission' && row.source === 'coder')?.rationale).toBe('He said "no", then, later,\r\nchanged his mind')
    backend.close()
  })

  it('narrows every table to a search, a story, a selection or a tag, and reports the chosen score source and columns', async () => {
    const directory = tempDirectory()
    const backend = await datasetCorpus(directory)
    const articleIds = async (scope: DatasetRequestInput['scope']) => {
      const out = join(directory, `scoped-${Math.random().toString(36).slice(2)}`)
      await exportNow(backend, { tables: ['articles', 'judgments', 'outlets', 'stories'], scope, out })
      return {
        articles: readCsv(join(out, 'articles.csv')).map((row) => Number(row.article_id)),
        judgments: [...new Set(readCsv(join(out, 'judgments.csv')).map((row) => Number(row.article_id)))],
        outlets: readCsv(join(out, 'outlets.csv')).map((row) => row.name),
        stories: readCsv(join(out, 'stories.csv')),
        manifest: JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
      }
    }
    const search = await articleIds({ kind: 'search', query: 'congestion', filters: {} })
    expect(search.articles).toEqual([5])
    expect(search.judgments).toEqual([5])
    expect(search.outlets).toEqual(['Meridian Wire'])
    expect(search.manifest.scope).toMatchObject({ kind: 'search', query: 'congestion', articles: 1 })
    const filtered = await articleIds({ kind: 'search', query: '', filters: { tags: ['budget'] } })
    expect(filtered.articles).toEqual([4])
    const story = await articleIds({ kind: 'story', storyId: 1 })
    expect(story.articles).toEqual([1, 2])
    expect(story.stories).toMatchObject([{ story_id: '1', article_count: '2', articles_in_export: '2', article_ids: '1; 2' }])
    expect((await articleIds({ kind: 'selection', ids: [2, 3, 999] })).articles).toEqual([2, 3])
    expect((await articleIds({ kind: 'tag', tag: 'TRANSPORT' })).articles).toEqual([1, 2])
    await expect(exportNow(backend, { tables: ['articles'], scope: { kind: 'tag', tag: 'nope' }, out: join(directory, 'x.csv') })).rejects.toThrow('There is no tag "nope".')

    // Score sources: the final-value rule, the machine's only, or one coder's only.
    const scores = async (scoreSource: DatasetRequestInput['scoreSource']) => {
      const out = join(directory, `scores-${Math.random().toString(36).slice(2)}.csv`)
      await exportNow(backend, { tables: ['articles'], scoreSource, out, columns: { articles: ['language_bias', 'language_bias_source', 'article_id'] } })
      return readCsv(out)
    }
    const [finalRow] = await scores({ kind: 'final' })
    expect(Object.keys(finalRow ?? {})).toEqual(['language_bias', 'language_bias_source', 'article_id'])
    expect(finalRow).toEqual({ language_bias: '4', language_bias_source: 'adjudicated', article_id: '1' })
    expect((await scores({ kind: 'machine' }))[0]).toEqual({ language_bias: '3', language_bias_source: 'machine', article_id: '1' })
    const benRows = await scores({ kind: 'coder', coder: 'ben okoro' })
    expect(benRows.map((row) => row.language_bias)).toEqual(['5', '', '', '', ''])
    const benJudgments = join(directory, 'ben.csv')
    await exportNow(backend, { tables: ['judgments'], scoreSource: { kind: 'coder', coder: 'Ben Okoro' }, out: benJudgments })
    expect(new Set(readCsv(benJudgments).map((row) => row.coder))).toEqual(new Set(['Ben Okoro']))
    await expect(exportNow(backend, { tables: ['articles'], scoreSource: { kind: 'coder', coder: 'Nobody' }, out: join(directory, 'y.csv') })).rejects.toThrow('There is no coder named "Nobody".')
    await expect(exportNow(backend, { tables: ['articles'], out: join(directory, 'z.csv'), columns: { articles: ['title', 'colour'] } })).rejects.toThrow(/The articles table has no column "colour"/)

    // The preview answers the same rows as the file.
    const preview = await call(backend, 'export.preview', { table: 'articles', scope: { kind: 'story', storyId: 1 }, columns: ['article_id', 'title', 'sdg_goals'], limit: 5 })
    expect(preview).toMatchObject({ articles: 2, columns: [{ name: 'article_id', type: 'integer' }, { name: 'title' }, { name: 'sdg_goals', type: 'list' }] })
    expect(preview.rows).toEqual([
      // Ana coded goal 3 on article 1, so the final-value rule reports hers over the machine's goal 11.
      [1, 'Council "slams" plan, again', '3 positive direct'],
      [2, '=HYPERLINK("http://evil.example","click")', '11 negative direct']
    ])
    backend.close()
  })

  it('writes the Excel profile: BOM, ";" with decimal commas, numbers as numbers, lists joined, line breaks quoted, formulas escaped', async () => {
    const directory = tempDirectory()
    const backend = await datasetCorpus(directory)
    backend.db.prepare("UPDATE article_sentences SET score = -0.5 WHERE article_id = 1").run()
    const out = join(directory, 'excel')
    await exportNow(backend, { tables: ['articles', 'judgments', 'sentences', 'frames'], out, file: { format: 'csv', profile: 'excel', bom: true, delimiter: ';' } })
    const raw = readFileSync(join(out, 'articles.csv'), 'utf8')
    expect(raw.startsWith('\uFEFFarticle_id;external_id;outlet;')).toBe(true)
    expect(raw).toContain('\r\n')
    const articles = readCsv(join(out, 'articles.csv'), ';')
    // Formula starts (= + - @ tab) become text; other text is untouched.
    expect(articles[1]?.title).toBe('\'=HYPERLINK("http://evil.example","click")')
    expect(articles[3]?.title).toBe("'+1 for the budget\r\nand a CRLF")
    expect(articles[0]?.title).toBe('Council "slams" plan, again')
    expect(articles[2]?.title).toBe(TRICKY_ARTICLES[2]?.title)
    const judgments = readCsv(join(out, 'judgments.csv'), ';')
    expect(judgments.find((row) => row.coder === 'Ana Ruiz' && row.dimension === 'framing')?.rationale).toBe("'=SUM(A1:A9)")
    expect(judgments.find((row) => row.coder === 'Ben Okoro' && row.article_id === '1' && row.source === 'coder')?.confidence).toBe('0,25')
    // A negative number is a number, not a formula: no quote, decimal comma.
    const sentences = readCsv(join(out, 'sentences.csv'), ';')
    expect(sentences.find((row) => row.article_id === '1')).toMatchObject({ loaded_score: '-0,5', loaded_flag: 'true', loaded_terms: 'slammed' })
    expect(readFileSync(join(out, 'sentences.csv'), 'utf8')).toMatch(/;-0,5;/)
    // Lists share a cell, joined with "; ", which the ";" delimiter then quotes.
    const frames = readCsv(join(out, 'frames.csv'), ';')
    expect(frames.find((row) => row.source === 'machine')).toMatchObject({ frame: 'economic', is_primary: 'true', matches: '3', cues: 'cost' })
    expect(readCsv(join(out, 'codebook.csv'), ';').length).toBeGreaterThan(20)

    // Each formula start on its own, in the standard and the Excel profile.
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\tTAB', '\rCR', 'safe', '1-2']
    const { csvEncoder } = await import('../../src/main/export/dataset/cell-encoding')
    const text = cells.map((cell) => ({ name: cell, type: 'text' as const, meaning: '' }))
    const excelLine = csvEncoder(text, { format: 'csv', profile: 'excel', bom: false, delimiter: ',' })(cells)
    expect(parse(excelLine)[0]).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tTAB", "'\rCR", 'safe', '1-2'])
    const standardLine = csvEncoder(text, { format: 'csv', profile: 'standard', bom: false, delimiter: ',' })(cells)
    expect(parse(standardLine)[0]).toEqual(cells)
    expect(csvEncoder(text, { format: 'csv', profile: 'excel', bom: false, delimiter: ',' })([-1.5, 0, 2, null, true, ['a', 'b'], undefined, Number.NaN])).toBe('-1.5,0,2,,true,a; b,,\r\n')
    backend.close()
  })

  it('cancels between blocks and leaves nothing under the final name or half-written beside it', async () => {
    const directory = tempDirectory()
    const backend = await datasetCorpus(directory)
    // Enough judgment rows for many blocks: 4,000 more runs scoring every article on every dimension.
    backend.db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
      INSERT INTO analysis_runs (analyzer, version, parameters, origin, label) SELECT 'bulk', '1', '{}', 'imported', 'imported: bulk ' || i FROM n`)
    backend.db.exec(`INSERT INTO article_scores (run_id, article_id, dimension, score, rationale)
      SELECT r.id, a.id, d.value, 1 + (r.id + a.id) % 5, 'bulk rationale ' || r.id FROM analysis_runs r, articles a, json_each('["framing","language","omission"]') d WHERE r.analyzer = 'bulk'`)
    const controller = new AbortController()
    const out = join(directory, 'cancelled')
    let blocks = 0
    const running = runDatasetExport(datasetRequestSchema.parse({ tables: ['articles', 'judgments'], out }), {
      db: backend.db,
      databasePath: backend.databasePath,
      slantVersion: '0.1.0',
      signal: controller.signal,
      onProgress: (progress) => {
        expect(progress.fraction).toBeGreaterThanOrEqual(0)
        expect(progress.fraction).toBeLessThanOrEqual(1)
        if (progress.table === 'judgments' && ++blocks === 2) controller.abort()
      }
    })
    await expect(running).rejects.toThrow(/cancelled/)
    expect(blocks).toBe(2)
    expect(readdirSync(directory).filter((name) => name !== 'c.sqlite' && !name.startsWith('c.sqlite-'))).toEqual([])

    // The same through the job: started, cancelled with jobs.cancel, state cancelled, no file.
    const jobs: JobRow[] = []
    backend.events.subscribe((event) => {
      if (event.name === 'job.progress') jobs.push(event.payload as JobRow)
    })
    const single = join(directory, 'judgments.csv')
    const { jobId } = await call(backend, 'export.start', { tables: ['judgments'], out: single })
    await call(backend, 'jobs.cancel', { id: jobId })
    await waitFor(() => (backend.db.prepare('SELECT state FROM jobs WHERE id = ?').pluck().get(jobId) as string) !== 'running')
    expect(backend.db.prepare('SELECT state FROM jobs WHERE id = ?').pluck().get(jobId)).toBe('cancelled')
    const states = jobs.filter((job) => job.id === jobId).map((job) => job.state)
    expect([states[0], states.at(-1)]).toEqual(['running', 'cancelled'])
    expect(jobs[0]).toMatchObject({ kind: 'export', label: 'Export judgments of the whole corpus' })
    expect(readdirSync(directory).filter((name) => name !== 'c.sqlite' && !name.startsWith('c.sqlite-'))).toEqual([])

    // A finished job reports its files, and the app's connection was free to write while it ran.
    const done = await call(backend, 'export.start', { tables: ['judgments'], out: single })
    await call(backend, 'judgments.record', { articleId: 2, dimension: 'omission', value: 2 })
    await waitFor(() => (backend.db.prepare('SELECT state FROM jobs WHERE id = ?').pluck().get(done.jobId) as string) !== 'running')
    const result = await call(backend, 'export.result', { jobId: done.jobId })
    expect(result?.files.map((file) => file.name)).toEqual(['judgments.csv', 'judgments.codebook.csv'])
    expect(result?.files[0]?.rows).toBe(readCsv(single).length)
    expect(await backend.dispatch('export.start', { tables: ['judgments'], out: join(directory, 'missing-folder', 'j.csv') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/missing-folder does not exist/) }
    })
    backend.close()
  })
})

async function waitFor(condition: () => boolean): Promise<void> {
  const until = Date.now() + 20_000
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
