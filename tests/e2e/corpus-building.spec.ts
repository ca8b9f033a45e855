import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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
  // It opens analysed: the scores arrive without asking.
  await expect(page.getByTestId('facet-framing-bias').locator('.facet-option')).not.toHaveCount(0, { timeout: 60_000 })
  await expect(page.getByTestId('facet-language-bias').locator('.facet-option')).not.toHaveCount(0)
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
  // Framing: a score with its rubric on hover, and the Policy Frames the article uses.
  await expect(article.getByTestId('framing-score')).toContainText('Framing bias')
  expect(await article.getByTestId('framing-score').getAttribute('title')).toMatch(/^1: perspectives get comparable space/)
  await expect(article.getByTestId('frames')).toContainText('Frames:')
  await article.getByRole('checkbox', { name: 'Frame cues' }).check()
  await expect(article.locator('mark.evidence-frame_cue').first()).toBeVisible()
  // The goals the story bears on, with direction, relevance and the passage behind each.
  await expect(article.getByTestId('sdg-list')).toContainText('10. Reduced Inequalities · negative')
  await article.getByRole('checkbox', { name: 'Loaded terms' }).uncheck()
  await expect(article.locator('mark.evidence-loaded_term')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/analysed-article.png' })
  // The table gains the score, and filters on it.
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('')
  await page.getByTestId('facet-language-bias').getByRole('checkbox', { name: /^3/ }).check()
  await expect(page.getByTestId('result-count')).toHaveText(/matching$/)
  // The framing score has its column and facet too.
  await expect(page.getByRole('columnheader', { name: 'Framing bias' })).toBeVisible()
  await expect(page.getByTestId('facet-framing-bias').locator('.facet-option')).not.toHaveCount(0)
})

test("read an article's omission against its story, follow a missing voice to the sibling that has it, and compare its report with an imported one", async ({ page, context }) => {
  test.setTimeout(60_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"people-smuggling scum"')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByTestId('corpus-table-body').getByRole('row').first().click()
  const article = page.getByTestId('article-view')
  await expect(article.getByRole('heading', { level: 1 })).toContainText('ILLEGAL MIGRANTS')
  // All three scores with their evidence: omission is judged against the other outlets' versions of the story.
  await expect(article.getByTestId('framing-score')).toBeVisible()
  await expect(article.getByTestId('language-score')).toBeVisible()
  const omission = article.getByTestId('omission-score')
  await expect(omission).toContainText('Bias by omission')
  await expect(omission).toContainText(/Compared with \d+ other articles of the same story/)
  expect(await omission.getAttribute('title')).toMatch(/^1: covers the facts and voices/)
  const story = article.getByTestId('story-summary')
  await expect(story).toContainText(/Story #\d+: [3-9] articles/)
  const items = article.getByTestId('omission-items')
  await expect(items.locator('li').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/omission.png' })
  // Each missing item links to a sibling article that carries it.
  const where = items.getByRole('button', { name: /^where: / }).first()
  const siblingTitle = ((await where.textContent()) ?? '').replace(/^where: /, '')
  await where.click()
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(siblingTitle)
  await expect(article.getByTestId('story-summary')).toContainText('ILLEGAL MIGRANTS')
  // The story filter narrows the table to the story.
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('')
  await article.getByTestId('story-summary').getByRole('button', { name: 'Show in table' }).click()
  await expect(page.getByTestId('facet-story')).toBeVisible()
  await expect(page.getByTestId('result-count')).toHaveText(/^[3-9] matching$/)
  await page.getByTestId('facet-story').getByRole('checkbox').click()
  await expect(page.getByTestId('facet-story')).toBeHidden()

  // A report for the same article, imported from elsewhere: shown beside Slant's, with the differences.
  await page.getByTestId('import-file-input').first().setInputFiles(join(FIXTURES, 'reports', 'daily-rampart-crossings.txt'))
  const importReport = page.getByTestId('import-report')
  await expect(importReport).toBeVisible({ timeout: 20_000 })
  await expect(importReport.getByTestId('report-added')).toHaveText('1')
  await importReport.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"people-smuggling scum"')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByTestId('corpus-table-body').getByRole('row').first().click()
  await expect(article.getByRole('heading', { level: 1 })).toContainText('ILLEGAL MIGRANTS')
  await article.getByRole('button', { name: 'Report' }).click()
  const reportView = page.getByTestId('report-view')
  const slant = reportView.getByTestId('report-slant')
  await expect(slant).toContainText('Framing Bias')
  await expect(slant).toContainText('Language Bias')
  await expect(slant).toContainText('Bias by Omission')
  await expect(slant).toContainText('dailyrampart.example')
  await expect(slant).toContainText('Sustainable Development Goals')
  await expect(reportView.getByTestId('report-imported')).toContainText('imported: dailyrampart.example')
  await expect(reportView.getByTestId('report-differences')).toContainText('Differences from the imported report')
  await page.screenshot({ path: 'test-results/screens/report-side-by-side.png' })
  await slant.getByRole('button', { name: 'Copy as text' }).click()
  await expect(page.getByText('Report copied as text')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied.split('\n\n').slice(0, 3)).toEqual([expect.stringContaining('ILLEGAL MIGRANTS'), expect.stringContaining('ILLEGAL MIGRANTS'), 'dailyrampart.example'])
  expect(copied).toMatch(/\n\n\d\/5\n\nBias by Omission\n\n/)
  // R switches back to the article.
  await page.keyboard.press('r')
  await expect(reportView).toBeHidden()
  await expect(article.getByTestId('omission-score')).toBeVisible()
})

test('add a lexicon term of your own, and the next analysis marks it with its neutral alternative', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const lexicon = page.getByTestId('user-lexicon')
  await expect(lexicon).toContainText('3,297 shipped terms')
  // Typing a term the shipped lexicon has says what adding it would replace.
  await lexicon.getByRole('textbox', { name: 'Term' }).fill('cash grab')
  await expect(lexicon.getByTestId('shipped-entry')).toContainText('loaded, weight 0.9, neutral: charge, fee')
  await lexicon.getByRole('textbox', { name: 'Term' }).fill('ring-fenced')
  await expect(lexicon.getByTestId('shipped-entry')).toBeHidden()
  await lexicon.getByRole('combobox', { name: 'Category' }).selectOption('weasel')
  await lexicon.getByRole('spinbutton', { name: 'Weight' }).fill('0.8')
  await lexicon.getByRole('textbox', { name: 'Neutral alternatives' }).fill('reserved, set aside')
  await lexicon.getByRole('button', { name: 'Add term' }).click()
  await expect(lexicon.getByTestId('user-terms').getByRole('row', { name: /ring-fenced weasel 0\.8 reserved, set aside/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/user-lexicon.png' })

  await page.getByRole('button', { name: 'Corpus' }).click()
  await page.getByRole('button', { name: 'Analyse all' }).click()
  await expect(page.getByTestId('analysis-progress')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByTestId('analysis-progress')).toBeHidden({ timeout: 60_000 })
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('ring-fenced')
  await expect(page.getByTestId('result-count')).toHaveText(/matching$/)
  await page.getByTestId('corpus-table-body').getByRole('row').filter({ hasText: 'Meridian Wire' }).click()
  const marked = page.getByTestId('article-view').locator('mark', { hasText: 'ring-fenced' }).first()
  await expect(marked).toBeVisible()
  expect(await marked.getAttribute('title')).toMatch(/reserved/)

  // Removing it offers an undo.
  await page.getByRole('button', { name: 'Settings' }).click()
  await lexicon.getByRole('button', { name: 'Remove ring-fenced' }).click()
  await expect(lexicon.getByText('No terms of your own yet.')).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(lexicon.getByTestId('user-terms').getByRole('row', { name: /ring-fenced/ })).toBeVisible()
})

test('pause a running analysis, resume it from Jobs, and see it finish without doing anything twice', async ({ page }) => {
  // Enough articles that the analysis is still running when Pause is pressed.
  const file = join(mkdtempSync(join(tmpdir(), 'slant-e2e-pause-')), 'many.jsonl')
  writeFileSync(
    file,
    Array.from({ length: 400 }, (_, index) =>
      JSON.stringify({
        title: `Parish notice ${index + 1}`,
        outlet: 'Parish Bulletin',
        text: `Notice ${index + 1}: the parish council met on ${['Monday', 'Tuesday', 'Wednesday'][index % 3]} and agreed item ${index * 7 + 3} of its plan for the village hall, the footpaths and the allotments. Residents said the meeting ran late. Reference ${index * 7919}.`
      })
    ).join('\n')
  )
  await page.goto('/')
  await page.getByTestId('import-file-input').first().setInputFiles(file)
  const report = page.getByTestId('import-report')
  await expect(report.getByTestId('report-added')).toHaveText('400', { timeout: 20_000 })
  await report.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('button', { name: 'Analyse all' }).click()
  const progress = page.getByTestId('analysis-progress')
  await progress.getByRole('button', { name: 'Pause' }).click({ timeout: 15_000 })
  await expect(progress).toBeHidden({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Jobs' }).click()
  const jobs = page.getByTestId('jobs-table')
  const paused = jobs.getByRole('row').filter({ hasText: /Analyse [\d,]+ articles\s*paused/ }).first()
  await expect(paused).toBeVisible()
  const analysedWhenPaused = Number((/([\d,]+) analysed/.exec((await paused.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''))
  const total = Number((/([\d,]+) total/.exec((await paused.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''))
  expect(total).toBeGreaterThan(400)
  expect(analysedWhenPaused).toBeLessThan(total)
  await page.screenshot({ path: 'test-results/screens/jobs-paused.png' })
  await paused.getByRole('button', { name: 'Resume' }).click()
  const done = jobs.getByRole('row').filter({ hasText: new RegExp(`Analyse ${total.toLocaleString('en-US')} articles\\s*done`) }).first()
  await expect(done).toBeVisible({ timeout: 60_000 })
  await expect(done).toContainText(`${total.toLocaleString('en-US')} analysed`)
  await expect(done).toContainText('0 failed')
})

test('with automatic analysis on, an import is analysed without asking', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('checkbox', { name: 'Analyse new articles automatically after each import' }).check()
  await page.getByRole('button', { name: 'Corpus' }).click()
  await page.getByTestId('import-file-input').first().setInputFiles(join(FIXTURES, 'auto-analysis.jsonl'))
  const report = page.getByTestId('import-report')
  await expect(report.getByTestId('report-added')).toHaveText('2')
  await report.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: 'Jobs' }).click()
  await expect(page.getByTestId('jobs-table').getByRole('row', { name: /Analyse 2 selected articles done/ })).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Corpus' }).click()
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"harbour tax"')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByTestId('corpus-table-body').getByRole('row').first().click()
  await expect(page.getByTestId('article-view').getByTestId('language-score')).toBeVisible()
})

test('as a new coder, score an article with the keyboard, see the final value and its source, and undo and redo it', async ({ page }) => {
  await page.goto('/')
  const picker = page.getByTestId('coder-picker')
  await picker.getByRole('button', { name: 'New coder…' }).click()
  await picker.getByRole('textbox', { name: "New coder's name" }).fill('Ana Ruiz')
  await picker.getByRole('button', { name: 'Add' }).click()
  await expect(picker.getByRole('combobox', { name: 'Coder' })).toHaveValue(/\d+/)
  await expect(picker.locator('.coder-badge')).toHaveText('AR')

  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"people-smuggling scum"')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByTestId('corpus-table-body').getByRole('row').first().click()
  const editor = page.getByTestId('score-editor')
  const framing = editor.getByTestId('judge-framing')
  await expect(framing.getByTestId('final-framing')).toContainText('(machine)')
  const machineValue = ((await framing.getByTestId('final-framing').textContent()) ?? '').match(/final (\d)/)?.[1]
  const mine = machineValue === '5' ? '1' : '5'
  await framing.getByRole('textbox', { name: 'Framing bias rationale' }).fill('one side quoted throughout')
  await framing.focus()
  await page.keyboard.press(mine)
  await expect(framing.getByTestId('final-framing')).toHaveText(`final ${mine} (latest coder)`)
  await expect(framing.getByRole('button', { name: mine, exact: true })).toHaveAttribute('aria-pressed', 'true')
  await editor.getByText(/^History/).click()
  await expect(editor.getByTestId('judgment-history')).toContainText(`Framing bias set to ${mine} — one side quoted throughout`)
  await page.screenshot({ path: 'test-results/screens/coding.png' })

  // Undo and redo of one's own edit, from the keyboard.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByText('Undone: Framing cleared')).toBeVisible()
  await expect(framing.getByTestId('final-framing')).toContainText('(machine)')
  await page.keyboard.press('Control+Shift+z')
  await expect(framing.getByTestId('final-framing')).toHaveText(`final ${mine} (latest coder)`)

  // The agreement view counts the coded article and compares the machine with the coder.
  await page.getByRole('button', { name: 'Agreement' }).click()
  await page.getByRole('combobox', { name: 'Dimension' }).selectOption('framing')
  const figures = page.getByTestId('agreement-figures')
  await expect(figures).toContainText('1 by 1 coder; 0 by two or more')
  await expect(figures).toContainText(`1 article: mean absolute error ${Math.abs(Number(mine) - Number(machineValue)).toFixed(3)}`)
})

test("merge a colleague's coder file in Settings, and the agreement between the two coders appears", async ({ page }) => {
  // A coder file as another machine writes it: one judgment on the tabloid's article, matched by its external id.
  const file = join(mkdtempSync(join(tmpdir(), 'slant-coder-')), 'ben-okoro.slant-coder.json')
  writeFileSync(
    file,
    JSON.stringify({
      format: 'slant-coder-file',
      version: 1,
      exportedAt: '2026-11-25T10:00:00.000Z',
      coder: { uid: 'coder-ben-okoro-0001', name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' },
      judgments: [
        {
          uid: 'judgment-ben-0001',
          replacesUid: null,
          dimension: 'framing',
          kind: 'score',
          action: 'edit',
          value: 3,
          rationale: 'both sides quoted, one more often',
          confidence: 0.8,
          createdAt: '2026-11-25T09:00:00.000Z',
          article: { externalId: 'sample-08-b', canonicalUrl: null, contentHash: 'not-this-corpus', title: 'ANOTHER 58 ILLEGAL MIGRANTS' }
        }
      ]
    })
  )
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByTestId('coder-merge-input').setInputFiles(file)
  await expect(page.getByTestId('coder-merge-results')).toContainText('ben-okoro.slant-coder.json: Ben Okoro (new coder), 1 judgment added, 0 already merged')
  await page.getByTestId('coder-merge-input').setInputFiles(file)
  await expect(page.getByTestId('coder-merge-results')).toContainText('Ben Okoro, 0 judgments added, 1 already merged')
  // Ana (the previous test's coder) and Ben both coded the article's framing: a pair with a kappa.
  await page.getByRole('button', { name: 'Agreement' }).click()
  await page.getByRole('combobox', { name: 'Dimension' }).selectOption('framing')
  await expect(page.getByTestId('agreement-figures')).toContainText('1 by 2 coders; 1 by two or more')
  await expect(page.getByTestId('agreement-pairs')).toContainText('Ana Ruiz / Ben Okoro')
  await expect(page.getByTestId('disagreements')).toContainText('ILLEGAL MIGRANTS')
})

