import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'
import { runDatasetExport } from '../../src/main/export/dataset/run-dataset-export'
import { datasetRequestSchema } from '../../src/shared/export-schemas'
import { call, datasetCorpus } from '../helpers/dataset-fixture'
import { useTempDirectory } from '../helpers/temp-directory'

describe('re-importing a judgments CSV', () => {
  const tempDirectory = useTempDirectory()

  it('imports an exported, edited judgments table as a named coder, reports each bad row, and adds nothing the second time', async () => {
    const directory = tempDirectory()
    const backend = await datasetCorpus(directory)
    const { db } = backend
    const out = join(directory, 'ana.csv')
    await runDatasetExport(datasetRequestSchema.parse({ tables: ['judgments'], scoreSource: { kind: 'coder', coder: 'Ana Ruiz' }, out, file: { profile: 'excel' } }), {
      db,
      databasePath: backend.databasePath,
      slantVersion: '0.1.0'
    })
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[]
    expect(rows.map((row) => `${row.article_id}:${row.dimension}:${row.value}`)).toEqual(['1:language:4', '2:framing:3'])
    // Edited in a spreadsheet: one value changed (its escaped formula rationale kept), rows added, some bad.
    const edited = rows.map((row) => (row.dimension === 'framing' ? { ...row, value: '2' } : row))
    const extra = (fields: Record<string, string>) => ({ ...Object.fromEntries(Object.keys(rows[0] as object).map((key) => [key, ''])), ...fields })
    edited.push(
      extra({ article_id: '3', dimension: 'omission', value: '1', rationale: 'Квота, "кавычки"\nи перенос' }),
      extra({ external_id: 'ext-5', dimension: 'Language_bias', value: '5.0', confidence: '0.5' }),
      extra({ article_id: '999', dimension: 'language', value: '2' }),
      extra({ external_id: 'nope', dimension: 'language', value: '2' }),
      extra({ article_id: '4', dimension: 'language', value: '7' }),
      extra({ article_id: '4', dimension: 'language', value: 'three' }),
      extra({ article_id: '4', dimension: 'tone', value: '2' }),
      extra({ article_id: 'x4', dimension: 'language', value: '2' }),
      extra({ article_id: '4', dimension: 'language', value: '' }),
      extra({ article_id: '4', dimension: 'language', value: '2', confidence: '1.5' }),
      extra({ article_id: '4', dimension: 'language', value: '2', source: 'machine' }),
      extra({ article_id: '4', external_id: 'ext-1', dimension: 'language', value: '2' })
    )
    const file = join(directory, 'ana-edited.csv')
    writeFileSync(file, `\uFEFF${stringify(edited, { header: true })}`)
    const before = db.prepare('SELECT id, uid, value, coder_id FROM judgments ORDER BY id').all()
    const anaBefore = (db.prepare("SELECT count(*) FROM judgments j JOIN coders c ON c.id = j.coder_id WHERE c.name = 'Ana Ruiz'").pluck().get() as number)

    const result = await call(backend, 'judgments.importCsv', { coder: 'Ana Ruiz', path: file })
    expect(result).toMatchObject({ fileName: 'ana-edited.csv', coder: 'Ana Ruiz', coderCreated: false, rows: 14, added: 3, unchanged: 1, alreadyImported: 0, rejectedCount: 10 })
    expect(result.rejected.map((row) => row.reason)).toEqual([
      'there is no article 999 in this corpus',
      'there is no article with external_id "nope"',
      'value 7 is out of range (1 to 5)',
      'value "three" is not a whole number',
      'dimension "tone" is not framing, language or omission',
      'article_id "x4" is not a whole number',
      'the value is empty',
      'confidence "1.5" is not a number from 0 to 1',
      "a machine score, not a coder's judgment",
      'article 4 has external_id "ext-4", the row says "ext-1"'
    ])
    // Lines count the header and the quoted line break of the Cyrillic rationale.
    expect(result.rejected[0]?.line).toBe(7)
    // Nothing stored before changed; only Ana's three new rows were added.
    expect(db.prepare('SELECT id, uid, value, coder_id FROM judgments ORDER BY id').all().slice(0, before.length)).toEqual(before)
    expect(db.prepare("SELECT count(*) FROM judgments j JOIN coders c ON c.id = j.coder_id WHERE c.name = 'Ana Ruiz'").pluck().get()).toBe(anaBefore + 3)
    const finals = await call(backend, 'articles.finalScores', { id: 2 })
    expect(finals.find((score) => score.dimension === 'framing')?.humans.find((human) => human.coderName === 'Ana Ruiz')).toMatchObject({ value: 2, rationale: '=SUM(A1:A9)' })
    expect((await call(backend, 'articles.finalScores', { id: 3 })).find((score) => score.dimension === 'omission')).toMatchObject({
      value: 1,
      source: 'human',
      humans: [{ coderName: 'Ana Ruiz', rationale: 'Квота, "кавычки"\nи перенос' }]
    })
    expect((await call(backend, 'articles.finalScores', { id: 5 })).find((score) => score.dimension === 'language')?.humans).toMatchObject([{ coderName: 'Ana Ruiz', value: 5, confidence: 0.5 }])

    // The same file again adds nothing, even after Ana changed a value in the app since.
    await call(backend, 'settings.update', { coderId: 1 })
    await call(backend, 'judgments.record', { articleId: 3, dimension: 'omission', value: 2 })
    const total = db.prepare('SELECT count(*) FROM judgments').pluck().get() as number
    expect(await call(backend, 'judgments.importCsv', { coder: 'ana ruiz', fileName: 'ana-edited.csv', content: readFileSync(file, 'utf8') })).toMatchObject({
      added: 0,
      alreadyImported: 3,
      unchanged: 1,
      rejectedCount: 10
    })
    expect(db.prepare('SELECT count(*) FROM judgments').pluck().get()).toBe(total)
    backend.close()
  })

  it('matches by external_id in a ";" file with decimal commas, creates the named coder, and keeps several coders\' files apart', async () => {
    const directory = tempDirectory()
    const backend = await datasetCorpus(directory)
    const content = ['external_id;dimension;value;confidence;rationale', 'ext-2;framing;4;0,75;\'+ too one-sided', 'ext-3;language;1;;neutral; mostly'].join('\r\n')
    const result = await call(backend, 'judgments.importCsv', { coder: 'Chen Li', fileName: 'r-output.csv', content })
    // The unquoted ";" in the last rationale makes one cell too many: reported, not guessed at.
    expect(result).toMatchObject({ coder: 'Chen Li', coderCreated: true, added: 1, rejectedCount: 1, rejected: [{ line: 3, reason: 'the row has 6 cells, the header 5' }] })
    const chen = (await call(backend, 'articles.finalScores', { id: 2 })).find((score) => score.dimension === 'framing')?.humans.find((human) => human.coderName === 'Chen Li')
    expect(chen).toMatchObject({ value: 4, confidence: 0.75, rationale: '+ too one-sided' })
    expect((await call(backend, 'coders.list', {})).map((coder) => coder.name)).toContain('Chen Li')

    // A file of several coders: only the named coder's rows are theirs.
    const several = ['article_id,dimension,coder,value', '4,language,Ana Ruiz,2', '4,framing,Ben Okoro,3'].join('\n')
    expect(await call(backend, 'judgments.importCsv', { coder: 'Ben Okoro', fileName: 'both.csv', content: several })).toMatchObject({
      added: 1,
      rejected: [{ line: 2, reason: "the row is Ana Ruiz's in a file of several coders; import it under that coder's name" }]
    })
    expect(await backend.dispatch('judgments.importCsv', { coder: 'Ben Okoro', fileName: 'bad.csv', content: 'id,score\n1,2' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'bad.csv: the header has no article_id or external_id, no dimension, no value column; found id, score.' }
    })
    expect(await backend.dispatch('judgments.importCsv', { coder: 'Ben Okoro', path: join(directory, 'missing.csv') })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/missing\.csv: no such file/) }
    })
    backend.close()
  })
})
