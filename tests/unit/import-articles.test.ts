import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JobRow } from '../../src/shared/rows'
import { getArticle } from '../../src/main/corpus/article-queries'
import { importContent, importFile } from '../../src/main/corpus/import-articles'
import { listOutlets } from '../../src/main/corpus/outlet-queries'
import { openDatabase, type Db } from '../../src/main/db/open-database'
import { listJobs } from '../../src/main/jobs/job-store'
import { FIXTURES, useTempDirectory } from '../helpers/temp-directory'

const fixture = join(FIXTURES, 'articles.jsonl')

describe('importing JSONL and JSON', () => {
  const tempDirectory = useTempDirectory()
  const open = (): Db => openDatabase(join(tempDirectory(), 'corpus.sqlite')).db

  it('adds good records and reports every duplicate and rejection with its line and reason', async () => {
    const db = open()
    const report = await importFile({ db }, fixture)
    expect(report).toMatchObject({ format: 'jsonl', records: 9, added: 4, duplicates: 2, rejected: 3, fileError: null })
    const byLine = Object.fromEntries(report.issues.map((issue) => [issue.record, issue]))
    expect(byLine[4]).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/^not valid JSON/) })
    expect(byLine[5]).toMatchObject({ kind: 'rejected', reason: 'text is missing or empty (give "text" or "html")' })
    expect(byLine[6]).toMatchObject({ kind: 'rejected', reason: 'published_at "yesterday" is not an ISO 8601 date or date-time' })
    // Same page: upper-case host, www., fragment and tracking parameters do not make it new.
    expect(byLine[7]).toMatchObject({ kind: 'duplicate', duplicateOf: 1, reason: 'same URL as article 1' })
    // Same text without a URL.
    expect(byLine[8]).toMatchObject({ kind: 'duplicate', duplicateOf: 2, reason: 'same text as article 2' })
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(4)
    db.close()
  })

  it('re-running an import adds nothing', async () => {
    const db = open()
    await importFile({ db }, fixture)
    const again = await importFile({ db }, fixture)
    expect(again).toMatchObject({ added: 0, duplicates: 6, rejected: 3 })
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(4)
    db.close()
  })

  it('stores every field, with canonical URL, date in UTC, tags, outlet and exact non-Latin text', async () => {
    const db = open()
    await importFile({ db }, fixture)
    const first = getArticle(db, 1)
    expect(first).toMatchObject({
      externalId: 'a-1',
      url: 'https://www.bbc.com/news/articles/nk-it-workers?utm_source=twitter',
      canonicalUrl: 'https://bbc.com/news/articles/nk-it-workers',
      outletName: 'bbc.com',
      publishedAt: '2025-06-01',
      author: 'Jean Mackenzie',
      language: 'en',
      country: 'United Kingdom',
      tags: ['cyber', 'sanctions']
    })
    expect(first.wordCount).toBe(39)
    expect(first.text.split('\n\n')).toHaveLength(2)
    expect(getArticle(db, 2)).toMatchObject({ outletName: 'The Guardian', publishedAt: '2025-11-20T18:30:00.000Z' })
    const emoji = getArticle(db, 4)
    expect(emoji).toMatchObject({ title: 'Emoji and scripts: 東京 🌏', externalId: '4', outletName: 'NHK', tags: ['asia', 'summit'] })
    expect(emoji.text).toBe('Reporters in 東京 covered the summit 🌏 with quotes in Arabic: مرحبا and Cyrillic: привет.')
    db.close()
  })

  it('creates outlets from the outlet field or the domain, and maps a named outlet\'s domain', async () => {
    const db = open()
    await importFile({ db }, fixture)
    const outlets = listOutlets(db)
    expect(outlets.map((outlet) => [outlet.name, outlet.domains, outlet.articleCount])).toEqual(
      expect.arrayContaining([
        ['bbc.com', ['bbc.com'], 1],
        ['The Guardian', ['theguardian.com'], 1],
        ['faz.net', ['faz.net'], 1],
        ['NHK', [], 1]
      ])
    )
    // A later record with only a Guardian URL joins the named outlet.
    await importContent({ db }, 'more.jsonl', JSON.stringify({ text: 'Another Guardian piece.', url: 'https://theguardian.com/world/x' }))
    expect(getArticle(db, 5).outletName).toBe('The Guardian')
    db.close()
  })

  it('reads JSON arrays and reports positions as records', async () => {
    const db = open()
    const path = join(tempDirectory(), 'articles.json')
    writeFileSync(path, JSON.stringify([{ text: 'First article text.' }, { title: 'no text' }, 42, { text: 'Second article text.', language: 'english language' }]))
    const report = await importFile({ db }, path)
    expect(report).toMatchObject({ format: 'json', records: 4, added: 1, rejected: 3 })
    expect(report.issues.map((issue) => [issue.record, issue.reason])).toEqual([
      [2, 'text is missing or empty (give "text" or "html")'],
      [3, 'record is not a JSON object'],
      [4, 'language "english language" is not a language code such as "en" or "pt-BR"']
    ])
    db.close()
  })

  it('extracts the readable text from an html field and never stores the markup', async () => {
    const db = open()
    const html = `<html lang="en"><head><title>Page title</title></head><body><nav>Home | World</nav><article><h1>Floods hit the valley</h1>
      <p>Heavy rain flooded the valley on Monday, forcing hundreds of residents from their homes, officials said.</p>
      <p>Rescue teams worked through the night.<script>alert(1)</script></p></article></body></html>`
    const report = await importContent({ db }, 'page.jsonl', JSON.stringify({ html, url: 'https://news.example/floods' }))
    expect(report.added).toBe(1)
    const article = getArticle(db, 1)
    expect(article.text).toContain('Heavy rain flooded the valley')
    expect(article.text).not.toMatch(/<|alert\(1\)/)
    expect(article.language).toBe('en')
    db.close()
  })

  it('reports an unreadable file clearly and stores nothing', async () => {
    const db = open()
    const missing = await importFile({ db }, join(tempDirectory(), 'nope.jsonl'))
    expect(missing).toMatchObject({ records: 0, added: 0, fileError: 'file not found' })
    const spreadsheet = join(tempDirectory(), 'table.xlsx')
    writeFileSync(spreadsheet, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]))
    expect((await importFile({ db }, spreadsheet)).fileError).toMatch(/^binary file/)
    const richText = join(tempDirectory(), 'notes.rtf')
    writeFileSync(richText, '{\\rtf1 some notes}')
    expect((await importFile({ db }, richText)).fileError).toMatch(/"\.rtf" is not a format Slant reads/)
    const brokenJson = join(tempDirectory(), 'broken.json')
    writeFileSync(brokenJson, '[{"text": "unterminated"')
    expect((await importFile({ db }, brokenJson)).fileError).toMatch(/^not valid JSON/)
    expect((await importContent({ db }, 'empty.jsonl', '\n\n')).fileError).toBe('empty file')
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(0)
    expect(listJobs(db, 10).map((job) => job.state)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed'])
    db.close()
  })

  it('runs as a job with progress that ends done with the counts', async () => {
    const db = open()
    const seen: JobRow[] = []
    const lines = Array.from({ length: 4500 }, (_, index) => JSON.stringify({ text: `Article number ${index} about the budget.`, url: `https://example.com/a/${index}` }))
    const report = await importContent({ db, onJob: (job) => seen.push(job) }, 'big.jsonl', lines.join('\n'))
    expect(report.added).toBe(4500)
    expect(seen[0]?.state).toBe('running')
    const running = seen.filter((job) => job.state === 'running' && job.progress !== null)
    expect(running.length).toBeGreaterThanOrEqual(3)
    const progress = running.map((job) => job.progress as number)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    const last = seen[seen.length - 1] as JobRow
    expect(last).toMatchObject({ state: 'done', progress: 1, processed: 4500, counts: { records: 4500, added: 4500, duplicates: 0, rejected: 0, 'near-duplicates': 0 } })
    db.close()
  })

  it('keeps the batches committed before a failure and rolls back only the failing batch', async () => {
    const db = open()
    const lines = Array.from({ length: 2500 }, (_, index) => JSON.stringify({ text: `Story ${index} text.` }))
    db.exec("CREATE TRIGGER fail_late BEFORE INSERT ON articles WHEN new.text = 'Story 2300 text.' BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")
    const report = await importContent({ db }, 'partial.jsonl', lines.join('\n'))
    expect(report.fileError).toMatch(/import stopped: disk full \(simulated\)/)
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(2000)
    expect(listJobs(db, 1)[0]).toMatchObject({ state: 'failed', counts: { added: 2000 } })
    db.close()
  })
})
