import { join } from 'node:path'
import { AnalysisWriter } from '../../src/main/analysis/analysis-store'
import { createBackend, type Backend } from '../../src/main/api/backend'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import { fakeResult } from './analysis-fixtures'

/** Calls through the dispatcher (inputs validated as in the app) and unwraps the typed result. */
export async function call<Name extends CallName>(backend: Backend, name: Name, input: CallInput<Name>): Promise<CallOutput<Name>> {
  const result = await backend.dispatch(name, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as CallOutput<Name>
}

/** Titles and texts that break naive CSV: quotes, delimiters, line breaks, non-Latin scripts, formula starts. */
export const TRICKY_ARTICLES = [
  { external_id: 'ext-1', title: 'Council "slams" plan, again', text: 'First line.\nSecond line, with a comma; and a semicolon.', outlet: 'Meridian Wire', tags: ['transport'] },
  { external_id: 'ext-2', title: '=HYPERLINK("http://evil.example","click")', text: 'A formula in the title.', outlet: 'Meridian Wire', tags: ['transport'] },
  { external_id: 'ext-3', title: 'Стачка медсестёр: 北京 говорит «нет» 🚑', text: 'Non-Latin text: Привет, мир. 你好，世界。', outlet: 'Port Ellery Post' },
  { external_id: 'ext-4', title: '+1 for the budget\r\nand a CRLF', text: '@mention and -minus start.', outlet: 'Port Ellery Post', tags: ['budget'] },
  { external_id: 'ext-5', title: 'Plain title', text: 'Plain text about the congestion charge.', outlet: 'Meridian Wire' }
]

/**
 * A corpus with every kind of row a dataset holds: articles (tricky text, tags, outlets), one Slant
 * run's results for each, a story of two articles, two coders' scores with an adjudication, and
 * coded goals and frames.
 */
export async function datasetCorpus(directory: string): Promise<Backend> {
  const backend = createBackend(join(directory, 'c.sqlite'))
  const { db } = backend
  await call(backend, 'import.upload', { files: [{ fileName: 'tricky.jsonl', content: TRICKY_ARTICLES.map((article) => JSON.stringify(article)).join('\n') }] })
  const runId = Number(db.prepare("INSERT INTO analysis_runs (analyzer, version, parameters, origin, label) VALUES ('slant', '0.1.0', '{}', 'slant', 'slant 0.1.0')").run().lastInsertRowid)
  const writer = new AnalysisWriter(db)
  const articles = db.prepare('SELECT id, title, text FROM articles ORDER BY id').all() as { id: number; title: string; text: string }[]
  db.transaction(() => {
    for (const article of articles) writer.write(runId, fakeResult(article))
    writer.flushTermCounts()
  })()
  db.prepare("UPDATE analysis_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(runId)
  const storyId = Number(db.prepare("INSERT INTO stories (label, first_date, last_date) VALUES ('Council plan', '2025-01-01', '2025-01-02')").run().lastInsertRowid)
  db.prepare('INSERT INTO story_articles (article_id, story_id, similarity) VALUES (1, ?, 1), (2, ?, 0.5)').run(storyId, storyId)

  const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
  const ben = await call(backend, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
  await call(backend, 'settings.update', { coderId: ana.id })
  await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 2, rationale: 'He said "no", then, later,\nchanged his mind' })
  await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 4, rationale: 'loaded: «нет», 北京' })
  await call(backend, 'judgments.record', { articleId: 2, dimension: 'framing', value: 3, rationale: '=SUM(A1:A9)' })
  await call(backend, 'labels.record', { articleId: 1, scheme: 'sdg', goal: 3, present: true, direction: 'positive', relevance: 'direct', rationale: 'health' })
  await call(backend, 'labels.record', { articleId: 1, scheme: 'frame', frame: 'political', present: true, primary: true })
  await call(backend, 'settings.update', { coderId: ben.id })
  await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 5, confidence: 0.25 })
  await call(backend, 'judgments.record', { articleId: 2, dimension: 'framing', value: 3 })
  await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', kind: 'adjudication', value: 4, rationale: 'settled at 4' })
  return backend
}
