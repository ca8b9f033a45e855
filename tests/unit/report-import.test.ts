import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleAnalyses } from '../../src/main/corpus/article-analyses'
import { getArticle } from '../../src/main/corpus/article-queries'
import { importContent, importFile } from '../../src/main/corpus/import-articles'
import { openDatabase } from '../../src/main/db/open-database'
import { useTempDirectory } from '../helpers/temp-directory'

const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', '000_893a9da058719ab5.txt')
const TITLE = "North Korea's $600M Covert IT Scheme Revealed"

describe('importing analysis reports', () => {
  const tempDirectory = useTempDirectory()

  it('turns a report into an article with its summary and a run named after its source', async () => {
    const { db } = openDatabase(join(tempDirectory(), 'c.sqlite'))
    const report = await importFile({ db }, SEED)
    expect(report).toMatchObject({ format: 'report', records: 1, added: 1, rejected: 0, fileError: null })
    const article = getArticle(db, 1)
    expect(article).toMatchObject({ title: TITLE, outletName: 'bbc.com', language: 'en', country: 'United Kingdom', url: null })
    expect(article.text).toMatch(/^A North Korean defector revealed how thousands/)
    const [analysis] = articleAnalyses(db, 1)
    expect(analysis).toMatchObject({ label: 'imported: bbc.com', origin: 'imported', language: 'en', country: 'United Kingdom' })
    expect(analysis?.scores.map((score) => [score.dimension, score.score])).toEqual([
      ['framing', 2],
      ['language', 1],
      ['omission', 3]
    ])
    expect(analysis?.scores[1]?.rationale).toMatch(/shadowy operation/)
    expect(analysis?.sdgs).toEqual([{ goal: 10, name: 'Reduced Inequalities', direction: 'negative', relevance: 'direct', rationale: expect.stringMatching(/^The systematic exploitation/) }])
    expect(analysis?.topics).toEqual(expect.arrayContaining(['Human Rights', 'North Korea', 'It Fraud']))
    expect(analysis?.entities).toEqual(expect.arrayContaining([{ kind: 'organisation', name: 'Lazarus Group' }, { kind: 'person', name: 'Hyun-Seung Lee' }]))
    expect(analysis?.questions).toHaveLength(3)
    // The same report again is recognised, not stored twice.
    expect(await importFile({ db }, SEED)).toMatchObject({ added: 0, duplicates: 1 })
    db.close()
  })

  it('attaches the report to the article already in the corpus with that title', async () => {
    const { db } = openDatabase(join(tempDirectory(), 'c.sqlite'))
    await importContent({ db }, 'a.jsonl', JSON.stringify({ title: TITLE, text: 'The full article text as published.', url: 'https://www.bbc.com/news/articles/x' }))
    const report = await importFile({ db }, SEED)
    expect(report).toMatchObject({ added: 1 })
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(1)
    expect(getArticle(db, 1).text).toBe('The full article text as published.')
    expect(articleAnalyses(db, 1)).toHaveLength(1)
    db.close()
  })

  it('rejects an incomplete report with the reason', async () => {
    const { db } = openDatabase(join(tempDirectory(), 'c.sqlite'))
    const report = await importFile({ db }, join(import.meta.dirname, '..', 'fixtures', 'reports', 'missing-omission-score.txt'))
    expect(report).toMatchObject({ added: 0, rejected: 1 })
    expect(report.issues[0]?.reason).toMatch(/omission/)
    db.close()
  })
})
