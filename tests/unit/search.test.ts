import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../src/shared/rows'
import { listArticles, type ListArticlesInput } from '../../src/main/corpus/article-queries'
import { parseSearch, toFtsQuery } from '../../src/main/corpus/fts-query'
import { buildSnippet } from '../../src/main/corpus/snippet'
import { deleteArticles, restoreArticles } from '../../src/main/corpus/article-actions'
import { importContent } from '../../src/main/corpus/import-articles'
import { openDatabase, type Db } from '../../src/main/db/open-database'
import { useTempDirectory } from '../helpers/temp-directory'

const ARTICLES = [
  { title: 'Parliament passes climate bill', text: 'The climate bill sets a carbon budget for 2040. Critics called it weak.', outlet: 'Daily One', published_at: '2025-01-03' },
  { title: 'Farmers protest fuel prices', text: 'Farmers blocked roads over diesel prices; the minister mentioned climate targets once.', outlet: 'Rural Times', published_at: '2025-02-10' },
  { title: 'Central bank holds rates', text: 'The central bank kept its rate at 4 percent, citing stubborn inflation.', outlet: 'Money Wire', published_at: '2024-12-01' },
  { title: 'Climate activists glue themselves to road', text: 'Activists from a climate group blocked a motorway at rush hour.', outlet: 'Daily One', published_at: '2025-03-15' },
  { title: 'Zoo welcomes panda cub', text: 'A panda cub was born at the city zoo; visitors queued for hours.', outlet: 'Rural Times', published_at: null },
  { title: 'Économie: la croissance ralentit', text: 'La croissance économique ralentit en zone euro, selon la banque centrale.', outlet: 'Le Monde', published_at: '2025-03-01', language: 'fr' }
]

async function corpus(path: string): Promise<Db> {
  const { db } = openDatabase(path)
  await importContent({ db }, 'seed.jsonl', ARTICLES.map((article) => JSON.stringify(article)).join('\n'))
  return db
}

const base: ListArticlesInput = { sort: 'relevance', direction: 'desc', offset: 0, limit: 50 }

describe('search and the corpus table', () => {
  const tempDirectory = useTempDirectory()

  it('finds articles by full text, ranks title matches first and marks matches in the snippet', async () => {
    const db = await corpus(join(tempDirectory(), 'c.sqlite'))
    const page = listArticles(db, { ...base, query: 'climate' })
    expect(page.total).toBe(3)
    const titles = page.rows.map((row) => row.title)
    expect(titles.slice(0, 2).sort()).toEqual(['Climate activists glue themselves to road', 'Parliament passes climate bill'])
    expect(titles[2]).toBe('Farmers protest fuel prices')
    const snippet = page.rows.find((row) => row.title.startsWith('Farmers'))?.snippet ?? ''
    expect(snippet).toContain(`${SNIPPET_OPEN}climate${SNIPPET_CLOSE}`)
    db.close()
  })

  it('supports phrases, prefixes, OR and exclusions, and ignores accents', async () => {
    const db = await corpus(join(tempDirectory(), 'c.sqlite'))
    const titles = (query: string) => listArticles(db, { ...base, query }).rows.map((row) => row.title).sort()
    expect(titles('"carbon budget"')).toEqual(['Parliament passes climate bill'])
    expect(titles('"budget carbon"')).toEqual([])
    expect(titles('infla*')).toEqual(['Central bank holds rates'])
    expect(titles('panda OR diesel')).toEqual(['Farmers protest fuel prices', 'Zoo welcomes panda cub'])
    expect(titles('climate -farmers')).toEqual(['Climate activists glue themselves to road', 'Parliament passes climate bill'])
    expect(titles('economie')).toEqual(['Économie: la croissance ralentit'])
    db.close()
  })

  it('never fails on FTS5 syntax typed into the search box', async () => {
    const db = await corpus(join(tempDirectory(), 'c.sqlite'))
    for (const query of ['"', 'AND', 'OR OR', 'NEAR(climate', 'climate)', '*', '-', 'title:climate', "l'économie", '^climate', 'a"b', '((', '{x}']) {
      expect(() => listArticles(db, { ...base, query })).not.toThrow()
    }
    expect(listArticles(db, { ...base, query: '*' })).toEqual({ total: 0, offset: 0, rows: [] })
    expect(listArticles(db, { ...base, query: 'title:climate' }).total).toBe(0)
    db.close()
  })

  it('sorts and pages in SQLite', async () => {
    const db = await corpus(join(tempDirectory(), 'c.sqlite'))
    const all = listArticles(db, { ...base, sort: 'published_at', direction: 'desc' })
    expect(all.total).toBe(6)
    expect(all.rows.map((row) => row.publishedAt)).toEqual(['2025-03-15', '2025-03-01', '2025-02-10', '2025-01-03', '2024-12-01', null])
    expect(all.rows.every((row) => row.snippet === null)).toBe(true)
    const byTitle = listArticles(db, { ...base, sort: 'title', direction: 'asc', offset: 2, limit: 2 })
    expect(byTitle.total).toBe(6)
    // NOCASE folds ASCII only, so accented initials sort after z; indexes stay readable by any SQLite tool.
    expect(byTitle.rows.map((row) => row.title)).toEqual(['Farmers protest fuel prices', 'Parliament passes climate bill'])
    const byOutlet = listArticles(db, { ...base, sort: 'outlet', direction: 'asc' })
    expect(byOutlet.rows.map((row) => row.outletName)).toEqual(['Daily One', 'Daily One', 'Le Monde', 'Money Wire', 'Rural Times', 'Rural Times'])
    const byWords = listArticles(db, { ...base, sort: 'word_count', direction: 'desc', limit: 1 })
    expect(byWords.rows[0]?.title).toBe('Zoo welcomes panda cub')
    const filteredSorted = listArticles(db, { ...base, query: 'climate', sort: 'published_at', direction: 'asc' })
    expect(filteredSorted.rows.map((row) => row.publishedAt)).toEqual(['2025-01-03', '2025-02-10', '2025-03-15'])
    db.close()
  })

  it('keeps the full-text index in step with edits and deletions', async () => {
    const db = await corpus(join(tempDirectory(), 'c.sqlite'))
    db.prepare("UPDATE articles SET text = 'A giraffe was born at the city zoo.' WHERE title = 'Zoo welcomes panda cub'").run()
    expect(listArticles(db, { ...base, query: 'panda' }).total).toBe(1) // still in the title
    expect(listArticles(db, { ...base, query: 'giraffe' }).total).toBe(1)
    expect(listArticles(db, { ...base, query: 'queued' }).total).toBe(0)
    db.prepare("DELETE FROM articles WHERE title = 'Zoo welcomes panda cub'").run()
    expect(listArticles(db, { ...base, query: 'giraffe OR panda' }).total).toBe(0)
    db.close()
  })

  it('indexes imported, report-created and restored articles exactly once', async () => {
    const db = await corpus(join(tempDirectory(), 'c.sqlite'))
    const ftsRows = () => (db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'climate'").get() as { n: number }).n
    expect(ftsRows()).toBe(3)
    const ids = listArticles(db, { ...base, query: 'climate' }).rows.map((row) => row.id)
    const { batchId } = deleteArticles(db, ids)
    expect(ftsRows()).toBe(0)
    restoreArticles(db, batchId)
    expect(ftsRows()).toBe(3)
    expect(listArticles(db, { ...base, query: 'carbon budget' }).total).toBe(1)
    // Importing the same file again adds nothing and indexes nothing twice.
    await importContent({ db }, 'seed.jsonl', ARTICLES.map((article) => JSON.stringify(article)).join('\n'))
    expect(ftsRows()).toBe(3)
    db.close()
  })
})

describe('toFtsQuery', () => {
  it('quotes every term so user input cannot inject FTS5 syntax', () => {
    expect(toFtsQuery('climate bill')).toBe('"climate" AND "bill"')
    expect(toFtsQuery('"carbon budget" 2040')).toBe('"carbon budget" AND "2040"')
    expect(toFtsQuery('infla*')).toBe('"infla"*')
    expect(toFtsQuery('panda OR diesel OR zoo')).toBe('("panda" OR "diesel" OR "zoo")')
    expect(toFtsQuery('climate -farmers -"road block"')).toBe('"climate" NOT "farmers" NOT "road block"')
    expect(toFtsQuery('a"b')).toBe('"a""b"')
    expect(toFtsQuery('NEAR(x')).toBe('"NEAR(x"')
    expect(toFtsQuery('-only')).toBeNull()
    expect(toFtsQuery('  * ( ) ')).toBeNull()
  })
})

describe('buildSnippet', () => {
  const mark = (word: string) => `${SNIPPET_OPEN}${word}${SNIPPET_CLOSE}`
  it('marks every matching word in a window around the first match, folding case and accents', () => {
    const text = 'One two three four five six seven eight nine ten. The Économie grew; economies elsewhere shrank while the economist spoke.'
    const snippet = buildSnippet(text, parseSearch('economie econom*').highlights, 12)
    expect(snippet).toBe(`…six seven eight nine ten. The ${mark('Économie')} grew; ${mark('economies')} elsewhere shrank while…`)
  })
  it('shows the opening words when only the title matched', () => {
    expect(buildSnippet('Short body text here.', parseSearch('title').highlights)).toBe('Short body text here.')
  })
  it('never marks excluded words', () => {
    expect(buildSnippet('climate and farmers', parseSearch('climate -farmers').highlights)).toBe(`${mark('climate')} and farmers`)
  })
})
