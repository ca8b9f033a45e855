import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/api/backend'
import { bundledMigrations } from '../../src/main/db/migrations'
import { FIXTURES, useTempDirectory } from '../helpers/temp-directory'

describe('the contract dispatcher', () => {
  const tempDirectory = useTempDirectory()

  it('answers valid calls with typed values, defaults filled in', async () => {
    const backend = createBackend(join(tempDirectory(), 'c.sqlite'))
    const imported = await backend.dispatch('import.files', { paths: [join(FIXTURES, 'articles.jsonl')] })
    expect(imported).toMatchObject({ ok: true, value: { state: 'done', totals: { added: 4, duplicates: 2, rejected: 3 } } })
    const page = await backend.dispatch('articles.list', {})
    expect(page).toMatchObject({ ok: true, value: { total: 4, offset: 0 } })
    const info = await backend.dispatch('corpus.info', {})
    expect(info).toMatchObject({ ok: true, value: { articleCount: 4, outletCount: 4, schemaVersion: bundledMigrations.length } })
    backend.close()
  })

  it('turns bad input into an invalid_input error naming the field, without running the handler', async () => {
    const backend = createBackend(join(tempDirectory(), 'c.sqlite'))
    const cases: [string, unknown, RegExp][] = [
      ['articles.list', { limit: 100000 }, /limit/],
      ['articles.list', { sort: 'DROP TABLE articles' }, /sort/],
      ['articles.list', { offset: -1 }, /offset/],
      ['articles.get', { id: 'one' }, /id/],
      ['articles.get', {}, /id/],
      ['articles.list', { extra: true }, /extra|Unrecognized/i],
      ['articles.list', 'not an object', /object/i],
      ['import.files', { paths: [] }, /paths/],
      ['import.upload', { files: [{ fileName: '', content: '' }] }, /fileName/],
      ['import.urls', { urls: ['file:///etc/passwd'] }, /http\(s\) URL/],
      ['import.files', { paths: ['a.csv'], format: 'excel' }, /format/]
    ]
    for (const [name, input, pattern] of cases) {
      const result = await backend.dispatch(name, input)
      expect(result.ok, `${name} ${JSON.stringify(input)}`).toBe(false)
      if (result.ok) continue
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.message).toMatch(pattern)
      expect(result.error.issues?.length).toBeGreaterThan(0)
    }
    expect((backend.db.prepare('SELECT count(*) AS n FROM jobs').get() as { n: number }).n).toBe(0)
    backend.close()
  })

  it('refuses unknown calls, reports missing records as not_found and handler crashes as internal', async () => {
    const backend = createBackend(join(tempDirectory(), 'c.sqlite'))
    expect(await backend.dispatch('articles.drop', {})).toEqual({ ok: false, error: { code: 'unknown_call', message: 'There is no call named "articles.drop"' } })
    expect(await backend.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
    expect(await backend.dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
    expect(await backend.dispatch('articles.get', { id: 999 })).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no article with id 999' } })
    backend.db.exec('DROP TABLE jobs')
    const logged: string[] = []
    const original = console.error
    console.error = (...args: unknown[]) => void logged.push(String(args[0]))
    try {
      const crashed = await backend.dispatch('jobs.list', {})
      expect(crashed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^jobs.list failed: no such table: jobs/) } })
    } finally {
      console.error = original
    }
    backend.close()
  })
})
