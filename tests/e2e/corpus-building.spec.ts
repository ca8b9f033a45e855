import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
const PORT = Number(process.env.SLANT_E2E_PORT ?? 4319) + 1

test.use({ baseURL: `http://127.0.0.1:${PORT}` })
test.describe.configure({ mode: 'serial' })

/** A news site on this machine: a feed whose second item has only a link, and that item's page. */
function startNewsSite(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' })
      response.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Gazette</title><link>${base}/</link>
<item><title>Bridge reopens after repairs</title><link>${base}/bridge</link><pubDate>Tue, 18 Nov 2025 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The old river bridge reopened to traffic on Tuesday after eight months of repairs that cost the county four million pounds. Engineers replaced the steel bearings and resurfaced the deck, and the county said the bridge should now last another fifty years. Bus routes that had been diverted through the industrial estate return to their usual stops from Wednesday, the operator said.</p><p>Shopkeepers on both banks said trade had fallen by a third while the bridge was shut, and the chamber of commerce asked the county to waive parking charges in the town centre until Christmas to win customers back.</p>]]></content:encoded></item>
<item><title>School roof fund announced</title><link>${base}/school-roofs</link><pubDate>Wed, 19 Nov 2025 08:00:00 GMT</pubDate><description>Short teaser.</description></item>
</channel></rss>`)
      return
    }
    if (request.url === '/school-roofs') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(
        '<html lang="en"><head><title>School roof fund announced</title></head><body><article><h1>School roof fund announced</h1>' +
          '<p>The county will spend two million pounds repairing the roofs of eleven primary schools over the summer holidays, the education committee decided on Wednesday.</p>' +
          '<p>Head teachers said leaks had closed classrooms several times last winter.</p></article></body></html>'
      )
      return
    }
    response.writeHead(404)
    response.end()
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })))
}

test('the first start offers the sample corpus, which opens with its stories and outlets', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Try the sample corpus' })).toBeVisible()
  await page.getByRole('button', { name: 'Try the sample corpus' }).click()
  const report = page.getByTestId('import-report')
  await expect(report).toBeVisible({ timeout: 20_000 })
  const added = Number(await report.getByTestId('report-added').textContent())
  expect(added).toBeGreaterThanOrEqual(38)
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('result-count')).toHaveText(`${added} articles`)
  await expect(page.getByTestId('facet-outlet').locator('.facet-option')).not.toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/sample-corpus.png' })
})

test('import a folder of mixed formats through the UI', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('import-folder-input').setInputFiles(join(FIXTURES, 'folder'))
  const report = page.getByTestId('import-report')
  await expect(report).toBeVisible({ timeout: 20_000 })
  await expect(report.getByTestId('report-added')).toHaveText('5')
  await expect(report.getByTestId('report-near-duplicates')).toHaveText('1')
  await expect(report.getByText('near-duplicate', { exact: true })).toBeVisible()
  await report.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('ferry')
  await page.getByTestId('corpus-table-body').getByText('Ferry operator cuts winter sailings to the islands').click()
  const article = page.getByTestId('article-view')
  await expect(article).toContainText('Harbour Post · 2025-11-18 · Morag Bell')
  await expect(article).not.toContainText('cookies')
})

test('import a feed by URL, fetching the item that only links to its page', async ({ page }) => {
  const site = await startNewsSite()
  try {
    await page.goto('/')
    await page.getByRole('button', { name: 'URLs or feeds…' }).click()
    const dialog = page.getByTestId('add-urls-dialog')
    await dialog.getByRole('textbox', { name: 'Addresses' }).fill(`${site.base}/feed.xml\n${site.base}/missing-page`)
    await dialog.getByRole('button', { name: /Import 2 addresses/ }).click()
    const report = page.getByTestId('import-report')
    await expect(report).toBeVisible({ timeout: 20_000 })
    await expect(report.getByTestId('report-added')).toHaveText('2')
    await expect(report.getByTestId('report-source').filter({ hasText: 'missing-page' }).getByText('HTTP 404 Not Found')).toBeVisible()
    await report.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"eleven primary schools"')
    await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  } finally {
    site.server.close()
  }
})

test('review a near-duplicate and undo its flag', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Near-duplicates' }).click()
  const review = page.getByTestId('duplicates-review')
  const row = review.getByRole('row', { name: /Congestion charge approved.*Council approves congestion charge/ })
  await expect(row).toBeVisible()
  await row.getByRole('button', { name: 'Not a duplicate' }).click()
  await expect(row).toBeHidden()
  await review.getByRole('tab', { name: 'Not duplicates' }).click()
  await expect(review.getByRole('row', { name: /Congestion charge approved/ })).toBeVisible()
})

test('merge two outlets and see the articles follow', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto('/')
  await page.getByRole('button', { name: 'Outlets' }).click()
  await page.getByTestId('outlets-table').getByRole('row', { name: /^Valley Gazette/ }).click()
  const editor = page.getByTestId('outlet-editor')
  await editor.getByRole('combobox', { name: 'Outlet to merge into' }).selectOption({ label: 'City Wire' })
  await editor.getByRole('button', { name: 'Merge' }).click()
  await expect(page.getByTestId('outlets-table').getByRole('row', { name: /^Valley Gazette/ })).toHaveCount(0)
  await expect(page.getByTestId('outlets-table').getByRole('row', { name: /^City Wire .*valleygazette\.example 5/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/outlets.png' })
})

test('filter by facets, search within them, and save the search', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('facet-outlet').getByRole('checkbox', { name: /City Wire/ }).check()
  await expect(page.getByTestId('result-count')).toHaveText('5 matching')
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('libraries')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByRole('textbox', { name: 'Name for the saved search' }).fill('Council libraries')
  await page.getByTestId('saved-searches').getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('saved-searches').getByRole('button', { name: 'Council libraries', exact: true })).toBeVisible()
  await page.getByTestId('filter-panel').getByRole('button', { name: 'Clear' }).click()
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('')
  await expect(page.getByTestId('result-count')).toHaveText(/articles$/)
  await page.getByTestId('saved-searches').getByRole('button', { name: 'Council libraries', exact: true }).click()
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.screenshot({ path: 'test-results/screens/filters.png' })
})

test('tag a selection and delete it with undo', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('facet-outlet').getByRole('checkbox', { name: /City Wire/ }).check()
  await expect(page.getByTestId('result-count')).toHaveText('5 matching')
  const checkboxes = page.getByTestId('corpus-table-body').getByRole('checkbox')
  await checkboxes.nth(0).click()
  await checkboxes.nth(1).click()
  const bar = page.getByTestId('selection-bar')
  await expect(bar).toContainText('2 selected')
  await bar.getByRole('textbox', { name: 'Tag for the selected articles' }).fill('charge')
  await bar.getByRole('button', { name: 'Add tag' }).click()
  await expect(page.getByTestId('facet-tag').getByRole('checkbox', { name: /charge/ })).toBeVisible()
  await bar.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByTestId('result-count')).toHaveText('3 matching')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('result-count')).toHaveText('5 matching')
})

test('analyse the corpus from the UI, watch the progress, and read an article with its evidence and score', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Analyse all' }).click()
  await expect(page.getByTestId('analysis-progress')).toBeVisible({ timeout: 15_000 })
  await page.screenshot({ path: 'test-results/screens/analysis-progress.png' })
  await expect(page.getByTestId('analysis-progress')).toBeHidden({ timeout: 60_000 })
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"people-smuggling scum"')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByTestId('corpus-table-body').getByRole('row').first().click()
  await expect(page.getByTestId('article-view').getByRole('heading', { level: 1 })).toContainText('ILLEGAL MIGRANTS')
  const article = page.getByTestId('article-view')
  const score = article.getByTestId('language-score')
  await expect(score).toBeVisible()
  const value = Number((await score.locator('.score-value').textContent())?.replace('/5', ''))
  // The tabloid's version of the boat story is written to be loaded; the wire's neutral one scores 1.
  expect(value).toBeGreaterThanOrEqual(3)
  await expect(article.locator('mark.evidence-loaded_term, mark.evidence-label').first()).toBeVisible()
  const title = await article.locator('mark.evidence-loaded_term, mark.evidence-label').first().getAttribute('title')
  expect(title).toBeTruthy()
  await article.getByRole('checkbox', { name: 'Loaded terms' }).uncheck()
  await expect(article.locator('mark.evidence-loaded_term')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/analysed-article.png' })
  // The table gains the score, and filters on it.
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('')
  await page.getByTestId('facet-language-bias').getByRole('checkbox', { name: /^3/ }).check()
  await expect(page.getByTestId('result-count')).toHaveText(/matching$/)
})
