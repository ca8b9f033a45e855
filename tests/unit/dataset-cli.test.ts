import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { DATASET_TABLES } from '../../src/shared/export-schemas'
import { cli, useBuiltCli } from '../helpers/cli'
import { useTempDirectory } from '../helpers/temp-directory'

useBuiltCli()

describe('slant export and slant judgments import', () => {
  const tempDirectory = useTempDirectory()

  it('exports all tables of a search into a folder, one table to a file, and imports an edited judgments file once', () => {
    const directory = tempDirectory()
    const db = join(directory, 'c.sqlite')
    const articles = [
      { external_id: 'a-1', title: 'Tram fares rise, "again"', text: 'The tram fares rise.\nRiders object.', outlet: 'Meridian Wire' },
      { external_id: 'a-2', title: 'Bus lanes open', text: 'New bus lanes open on Monday.', outlet: 'Port Ellery Post' },
      { external_id: 'a-3', title: 'Трамвай: 北京', text: 'Tram news in other scripts.', outlet: 'Port Ellery Post' }
    ]
    writeFileSync(join(directory, 'a.jsonl'), articles.map((article) => JSON.stringify(article)).join('\n'))
    expect(cli(['import', join(directory, 'a.jsonl'), '--db', db]).status).toBe(0)

    const folder = join(directory, 'trams')
    const all = cli(['export', 'all', '--query', 'tram', '--out', folder, '--db', db])
    expect(all.stderr).toBe('')
    expect(all.status).toBe(0)
    expect(all.stdout).toMatch(/^Exported 9 tables of 2 articles to .*trams in /)
    expect(readdirSync(folder).sort()).toEqual([...DATASET_TABLES.map((table) => `${table}.csv`), 'codebook.csv', 'manifest.json'].sort())
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))
    expect(manifest.scope).toEqual({ kind: 'search', query: 'tram', filters: {}, articles: 2 })
    for (const file of manifest.files) expect(file.sha256).toBe(createHash('sha256').update(readFileSync(join(folder, file.name))).digest('hex'))
    const exported = parse(readFileSync(join(folder, 'articles.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
    expect(exported.map((row) => row.title)).toEqual(['Tram fares rise, "again"', 'Трамвай: 北京'])

    // One table, chosen columns, JSONL; the codebook and manifest go beside it.
    const file = join(directory, 'titles.jsonl')
    expect(cli(['export', 'articles', '--format', 'jsonl', '--columns', 'title,article_id', '--out', file, '--db', db]).stdout).toMatch(/^Exported 3 articles rows to /)
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('{"title":"Tram fares rise, \\"again\\"","article_id":1}')
    expect(existsSync(join(directory, 'titles.codebook.csv')) && existsSync(join(directory, 'titles.manifest.json'))).toBe(true)

    expect(cli(['export', 'articles', '--out', join(directory, 'x.csv'), '--scores', 'coder:Nobody', '--db', db])).toMatchObject({ status: 1, stderr: 'slant: There is no coder named "Nobody".\n' })
    expect(cli(['export', 'votes', '--out', join(directory, 'x.csv'), '--db', db])).toMatchObject({ status: 2, stderr: expect.stringMatching(/there is no table votes/) })
    expect(cli(['export', 'articles', '--tag', 'a', '--story', '1', '--out', join(directory, 'x.csv'), '--db', db]).stderr).toMatch(/choose one of --story, --tag/)
    expect(existsSync(join(directory, 'x.csv'))).toBe(false)

    // A coder's judgments typed in a spreadsheet, imported by external id; the second import adds nothing.
    const sheet = join(directory, 'coded.csv')
    writeFileSync(sheet, '\uFEFFexternal_id;dimension;value;rationale\r\na-1;language;3;"loaded; ""again"""\r\na-2;framing;9;\r\na-9;framing;2;\r\n')
    const first = cli(['judgments', 'import', sheet, '--coder', 'Dana Ivers', '--db', db])
    expect(first.stdout).toBe(
      `${sheet}: 3 rows as Dana Ivers (new coder): 1 added, 0 unchanged, 0 already imported, 2 rejected\n  line 3: value 9 is out of range (1 to 5)\n  line 4: there is no article with external_id "a-9"\n`
    )
    expect(first.status).toBe(0)
    expect(cli(['judgments', 'import', sheet, '--coder', 'Dana Ivers', '--db', db]).stdout).toMatch(/1 already imported, 2 rejected/)
    const judgments = join(directory, 'judgments.csv')
    expect(cli(['export', 'judgments', '--scores', 'coder:dana ivers', '--out', judgments, '--db', db]).status).toBe(0)
    expect(parse(readFileSync(judgments, 'utf8'), { columns: true })).toMatchObject([{ external_id: 'a-1', coder: 'Dana Ivers', value: '3', rationale: 'loaded; "again"' }])
  }, 120_000)
})
