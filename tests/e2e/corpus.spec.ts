import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

/** Fails a test on any error the page logs or throws, CSP violations included. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

test.describe.configure({ mode: 'serial' })

test('an empty corpus says what to do next, and every view has an honest state', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/')
  await expect(page.getByTestId('empty-corpus')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your corpus is empty' })).toBeVisible()
  await expect(page.getByText('npx slant import articles.jsonl')).toBeVisible()
  await page.getByRole('button', { name: 'Stories' }).click()
  await expect(page.getByTestId('stories-empty')).toContainText('same-story clustering')
  await page.getByRole('button', { name: 'Agreement' }).click()
  await expect(page.getByTestId('agreement-empty')).toContainText('Pick or create a coder')
  await page.getByRole('button', { name: 'Export' }).click()
  await expect(page.getByTestId('export-view')).toContainText('codebook.csv')
  await page.getByRole('button', { name: 'Outlets' }).click()
  await expect(page.getByRole('heading', { name: 'No outlets yet' })).toBeVisible()
  await page.keyboard.press('Alt+1')
  await expect(page.getByTestId('empty-corpus')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/empty-corpus.png' })
  expect(errors).toEqual([])
})

test('import a JSONL file through the UI and read the report', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/')
  await page.getByTestId('import-file-input').first().setInputFiles(join(FIXTURES, 'articles.jsonl'))
  const report = page.getByTestId('import-report')
  await expect(report).toBeVisible()
  await expect(report.getByTestId('report-added')).toHaveText('4')
  await expect(report.getByTestId('report-duplicates')).toHaveText('2')
  await expect(report.getByTestId('report-rejected')).toHaveText('3')
  await expect(report.getByRole('row', { name: /^5 rejected text is missing/ })).toBeVisible()
  await expect(report.getByRole('row', { name: /^7 duplicate same URL as article 1/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/import-report.png' })
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(report).toBeHidden()
  await expect(page.getByTestId('result-count')).toHaveText('4 articles')
  await expect(page.getByRole('row').filter({ hasText: 'Climate talks stall' })).toBeVisible()
  expect(errors).toEqual([])
})

test('search the corpus and see the matches highlighted', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search the corpus' })).toBeFocused()
  await page.keyboard.type('fake identities')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  const row = page.getByTestId('article-row-1')
  await expect(row).toContainText('North Korean IT workers funnel millions')
  await expect(row.locator('mark')).toHaveText(['fake', 'identities'])
  await page.getByRole('searchbox').fill('"no such phrase anywhere"')
  await expect(page.getByTestId('no-results')).toBeVisible()
  await page.getByRole('searchbox').fill('')
  await expect(page.getByTestId('result-count')).toHaveText('4 articles')
})

test('sort the table by a column', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('columnheader', { name: /Title/ }).click()
  await expect(page.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending')
  const titles = page.locator('.table-row .title-text')
  await expect(titles).toHaveText([
    'Climate talks stall over finance for poorer nations',
    'Emoji and scripts: 東京 🌏',
    'North Korean IT workers funnel millions to Pyongyang',
    'Zentralbank senkt Leitzins'
  ])
  await page.getByRole('columnheader', { name: /Title/ }).click()
  await expect(titles.first()).toHaveText('Zentralbank senkt Leitzins')
})

test('open an article and read it', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/')
  await page.getByRole('row').filter({ hasText: 'North Korean IT workers' }).click()
  const article = page.getByTestId('article-view')
  await expect(article.getByRole('heading', { name: 'North Korean IT workers funnel millions to Pyongyang' })).toBeVisible()
  await expect(article).toContainText('bbc.com · 2025-06-01 · Jean Mackenzie · en · 39 words')
  await expect(article.locator('.article-text p')).toHaveCount(2)
  const link = article.getByRole('link', { name: /bbc\.com\/news/ })
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(article.locator('.tag')).toHaveText(['cyber', 'sanctions'])
  await page.screenshot({ path: 'test-results/screens/article.png' })
  // Keyboard: next article, then Esc closes.
  await page.getByTestId('corpus-table-body').focus()
  await page.keyboard.press('ArrowDown')
  await expect(article.getByRole('heading', { level: 1 })).not.toHaveText('North Korean IT workers funnel millions to Pyongyang')
  await page.keyboard.press('Escape')
  await expect(article).toBeHidden()
  expect(errors).toEqual([])
})

test('imported markup is shown as text, never rendered', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('import-file-input').first().setInputFiles(join(FIXTURES, 'untrusted-markup.jsonl'))
  await page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click()
  await page.getByRole('row').filter({ hasText: 'Bold' }).click()
  const article = page.getByTestId('article-view')
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('<b>Bold</b> claims')
  await expect(article).toContainText('<script>window.__pwned = true</script>')
  await expect(article.locator('b, script')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()
})

test('outlets, jobs and settings show the real corpus', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Outlets' }).click()
  const outlets = page.getByTestId('outlets-table')
  await expect(outlets.getByRole('row', { name: /The Guardian theguardian\.com 1/ })).toBeVisible()
  await page.getByRole('button', { name: 'Jobs' }).click()
  await expect(page.getByTestId('jobs-table').getByRole('row', { name: /Import articles\.jsonl done/ })).toBeVisible()
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByTestId('corpus-info')).toContainText('corpus.sqlite')
  await expect(page.getByTestId('corpus-info')).toContainText('5')
})

test('the server sends a strict content security policy', async ({ request }) => {
  const response = await request.get('/')
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'")
  const foreign = await request.post('/api/call/corpus.info', { data: {}, headers: { Origin: 'https://evil.example' } })
  expect(foreign.status()).toBe(403)
})
