import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { expect, test } from '@playwright/test'
import { OwnCorpus } from './helpers/own-corpus'

/**
 * A search result exported from the app's export view into a folder, checked on disk: the tables,
 * the codebook and the manifest; then one table with the Excel profile; then an edited judgments
 * file imported back. The suite serves its own corpus on a free port.
 */

const ARTICLES = [
  { external_id: 'tram-1', title: 'Tram fares rise, "again"', text: 'The tram fares rise in March.\nRiders object to the rise.', outlet: 'Meridian Wire' },
  { external_id: 'tram-2', title: '=Tram strike called off', text: 'The tram strike was called off on Friday.', outlet: 'Port Ellery Post' },
  { external_id: 'bus-1', title: 'Bus lanes open', text: 'New bus lanes open on Monday.', outlet: 'Port Ellery Post' }
]

let corpus: OwnCorpus
let base = ''
/** The corpus folder: the export's default location, and where the test writes its files. */
let directory = ''

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  corpus = new OwnCorpus('export')
  directory = corpus.directory
  corpus.importArticles(ARTICLES)
  writeFileSync(join(directory, 'coded.csv'), 'external_id,dimension,value,rationale\ntram-1,language,4,"loaded, ""again"""\ntram-2,framing,2,\nbus-1,framing,1,\n')
  corpus.slant(['judgments', 'import', join(directory, 'coded.csv'), '--coder', 'Ana Ruiz'])
  base = await corpus.serve()
})

test.afterAll(() => corpus?.close())

test('export a search result from the app and find the tables, the codebook and the manifest on disk', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(base)
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('tram')
  await expect(page.getByTestId('result-count')).toHaveText('2 matching')
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Export' }).click()

  const view = page.getByTestId('export-view')
  await expect(view.getByRole('radio', { name: /The corpus table's search and filters \("tram"\)/ })).toBeChecked()
  await expect(view.getByTestId('export-table-articles')).toBeChecked()
  await expect(view.getByTestId('export-table-judgments')).toBeChecked()
  // The preview shows the first table's first rows for the same search.
  const preview = view.getByTestId('export-preview')
  await expect(preview.locator('tbody tr')).toHaveCount(2)
  await expect(preview).toContainText('Tram fares rise, "again"')
  await expect(view.getByTestId('export-out')).toHaveValue(new RegExp(`^${directory.replaceAll('\\', '\\\\')}.exports.dataset-`))

  const folder = join(directory, 'tram-dataset')
  await view.getByTestId('export-out').fill(folder)
  await view.getByTestId('export-start').click()
  const result = view.getByTestId('export-result')
  await expect(result).toContainText(`Written to ${folder}`, { timeout: 20_000 })
  await expect(result).toContainText('articles.csv')
  await view.screenshot({ path: 'test-results/screens/dataset-export.png' })

  expect(readdirSync(folder).sort()).toEqual(['articles.csv', 'codebook.csv', 'judgments.csv', 'manifest.json'])
  const articles = parse(readFileSync(join(folder, 'articles.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
  expect(articles.map((row) => row.external_id)).toEqual(['tram-1', 'tram-2'])
  expect(articles[0]).toMatchObject({ title: 'Tram fares rise, "again"', language_bias: '4', language_bias_source: 'human' })
  const judgments = parse(readFileSync(join(folder, 'judgments.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
  expect(judgments.map((row) => `${row.external_id}:${row.dimension}:${row.coder}:${row.value}`)).toEqual(['tram-1:language:Ana Ruiz:4', 'tram-2:framing:Ana Ruiz:2'])
  const codebook = parse(readFileSync(join(folder, 'codebook.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
  expect(codebook.find((row) => row.file === 'articles.csv' && row.column === 'external_id')?.meaning).toMatch(/researcher's own data/)
  expect(codebook.filter((row) => row.file === 'judgments.csv' && row.column === 'value' && row.level === '5')).toHaveLength(3)
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))
  expect(manifest).toMatchObject({ generator: 'Slant', scope: { kind: 'search', query: 'tram', articles: 2 }, coders: [{ name: 'Ana Ruiz', judgments: 2 }] })
  for (const file of manifest.files) expect(sha256(join(folder, file.name)), file.name).toBe(file.sha256)
  expect(manifest.files.map((file: { name: string; rows: number }) => `${file.name}:${file.rows}`)).toEqual(['articles.csv:2', 'judgments.csv:2', `codebook.csv:${codebook.length}`])

  // One table, chosen columns, the Excel profile: a BOM, and the formula-like title escaped.
  await view.getByTestId('export-table-judgments').uncheck()
  const columns = view.getByTestId('export-columns')
  await expect(columns).toBeVisible()
  await columns.getByRole('button', { name: 'Move title up' }).click()
  await view.getByTestId('export-excel').check()
  const file = join(directory, 'tram-articles.csv')
  await view.getByTestId('export-out').fill(file)
  await expect(preview.locator('thead th').nth(3)).toHaveText('title')
  await view.getByTestId('export-start').click()
  await expect(result).toContainText(`Written to ${file}`, { timeout: 20_000 })
  const text = readFileSync(file, 'utf8')
  expect(text.startsWith('\uFEFFarticle_id,external_id,outlet,title,url,')).toBe(true)
  expect((parse(text, { columns: true, bom: true }) as Record<string, string>[])[1]?.title).toBe("'=Tram strike called off")
  expect(existsSync(join(directory, 'tram-articles.manifest.json')) && existsSync(join(directory, 'tram-articles.codebook.csv'))).toBe(true)

  // A folder that exists and is not a dataset is refused with a clear message, and left alone.
  await view.getByTestId('export-table-judgments').check()
  await view.getByTestId('export-out').fill(directory)
  await view.getByTestId('export-start').click()
  await expect(view.getByTestId('export-error')).toContainText('already exists and is not an earlier Slant dataset')
  expect(errors).toEqual([])
})

test('import an edited judgments file back as a named coder, once', async ({ page }) => {
  await page.goto(base)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Export' }).click()
  const view = page.getByTestId('export-view')
  const edited = join(directory, 'edited.csv')
  writeFileSync(edited, 'article_id,dimension,value,rationale\n1,omission,2,checked again\n2,omission,6,\n99,framing,3,\n')
  await view.getByTestId('judgment-import-coder').fill('Ben Okoro')
  await view.getByTestId('judgment-import-input').setInputFiles(edited)
  const outcome = view.getByTestId('judgment-import-result')
  await expect(outcome).toContainText('edited.csv: 3 rows as Ben Okoro (new coder): 1 added, 0 unchanged, 0 already imported, 2 rejected.')
  await expect(outcome).toContainText('line 3: value 6 is out of range (1 to 5)')
  await expect(outcome).toContainText('line 4: there is no article 99 in this corpus')
  await view.getByTestId('judgment-import-input').setInputFiles(edited)
  await expect(outcome).toContainText('0 added, 0 unchanged, 1 already imported, 2 rejected.')
})
