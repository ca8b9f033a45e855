import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, ROOT, useBuiltCli } from '../helpers/cli'
import { useTempDirectory } from '../helpers/temp-directory'

useBuiltCli()

describe('slant stories and the articles export', () => {
  const tempDirectory = useTempDirectory()

  it('clusters the analysed sample corpus into its stories, rebuilds them, and exports story, omission and SDGs per article', () => {
    const directory = tempDirectory()
    const db = join(directory, 'c.sqlite')
    expect(cli(['stories', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringContaining('no analysed article to cluster yet') })
    expect(cli(['stories', 'now', '--db', db]).status).toBe(2)
    expect(cli(['import', join(ROOT, 'resources', 'sample-corpus', 'articles.jsonl'), '--db', db]).status).toBe(0)
    expect(cli(['analyze', '--all', '--db', db]).status).toBe(0)

    // The analysis placed every article already; the command reports the stories and lists the largest.
    const update = cli(['stories', '--db', db])
    expect(update.status).toBe(0)
    expect(update.stdout).toMatch(/placed 0 articles/)
    expect(update.stdout).toMatch(/\d+ stories in the corpus, \d+ with more than one article/)
    expect(update.stdout).toMatch(/ {2}story \d+ {2}[4-9] articles, [4-9] outlets/)

    const rebuilt = cli(['stories', '--rebuild', '--limit', '3', '--db', db])
    expect(rebuilt.status).toBe(0)
    expect(rebuilt.stdout).toMatch(/^Rebuilt: placed 44 articles \(threshold 0\.35\): \d+ new stories, 0 grew; omission scored for 44 articles in run \d+/)
    expect(rebuilt.stdout.trim().split('\n').filter((line) => line.startsWith('  story '))).toHaveLength(3)

    const out = join(directory, 'articles.csv')
    const exported = cli(['export', 'articles', '--format', 'csv', '--out', out, '--db', db])
    expect(exported.status).toBe(0)
    const [header = '', ...rows] = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    const columns = header.split(',')
    for (const column of ['story_id', 'framing_bias', 'framing_bias_source', 'primary_frame', 'omission_bias', 'omission_bias_machine', 'omission_bias_run_id', 'sdg_goals']) expect(columns).toContain(column)
    const storyColumn = columns.indexOf('story_id')
    const omissionColumn = columns.indexOf('omission_bias')
    // Simple rows only (no quoted commas before these columns): every article has a story and an omission score.
    const simple = rows.map((row) => row.split(',')).filter((cells) => cells.length === columns.length)
    expect(simple.length).toBeGreaterThan(10)
    for (const cells of simple) {
      expect(cells[storyColumn]).toMatch(/^\d+$/)
      expect(cells[omissionColumn]).toMatch(/^[1-5]$/)
    }
  }, 180_000)
})
