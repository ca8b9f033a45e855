import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { OwnCorpus } from './helpers/own-corpus'

/**
 * A story compared across outlets, end to end in the browser: the tabloid's report is moved into the
 * story by hand, three articles go side by side, the coverage matrix shows what the tabloid leaves
 * out, a click jumps to the passage, a score is edited there, and the matrix is saved as SVG. The
 * suite serves its own corpus on a free port, so no other suite sees its stories.
 */
const ROOT = join(import.meta.dirname, '..', '..')
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'stories', 'bridge-closure.jsonl')

let corpus: OwnCorpus
let base = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  corpus = new OwnCorpus('stories')
  corpus.slant(['import', FIXTURE])
  corpus.slant(['analyze', '--all', '--workers', '1'])
  base = await corpus.serve()
})

test.afterAll(() => corpus?.close())

test('a story is edited by hand, three outlets are compared, an omission is found in the matrix and shown, a score is edited there and the matrix saved as SVG', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto(base)
  const picker = page.getByTestId('coder-picker')
  await picker.getByRole('button', { name: 'New coder…' }).click()
  await picker.getByRole('textbox', { name: "New coder's name" }).fill('Sara Story')
  await picker.getByRole('button', { name: 'Add' }).click()
  await expect(picker.locator('.coder-badge')).toHaveText('SS')

  await page.getByRole('button', { name: 'Stories', exact: true }).click()
  const view = page.getByTestId('stories-view')
  // The courier and the wire were clustered together; the tabloid's report stands alone.
  await expect(view.getByTestId('stories-total')).toHaveText('1 story')
  await view.getByRole('combobox', { name: 'Outlets at least' }).selectOption('1')
  await expect(view.getByTestId('stories-total')).toHaveText('2 stories')
  const bridgeRow = view.locator('[data-testid^="story-row-"]', { hasText: 'Tallow Bridge closed after engineers find cracks' })
  const bridgeStory = Number((await bridgeRow.getAttribute('data-testid'))?.replace('story-row-', ''))
  await view.locator('[data-testid^="story-row-"]', { hasText: 'Bridge chaos' }).click()
  const detail = page.getByTestId('story-detail')
  await detail.getByRole('checkbox', { name: /Tick Bridge chaos/ }).check()
  // The other bridge story is offered as a nearby target (within the clustering's four days).
  await detail.getByTestId('nearby-stories').locator('summary').click()
  await expect(detail.getByTestId('nearby-stories')).toContainText(`#${bridgeStory} Tallow Bridge closed after engineers find cracks`)
  await detail.getByRole('textbox', { name: 'Story to move into' }).fill(`#${bridgeStory}`)
  await detail.getByRole('button', { name: 'Move', exact: true }).click()
  await expect(view.getByTestId('stories-total')).toHaveText('1 story')
  await expect(detail.getByRole('textbox', { name: 'Story name' })).toHaveValue('Tallow Bridge closed after engineers find cracks')
  await expect(detail.locator('tbody tr')).toHaveCount(3)

  // Rename it, then compare the three side by side.
  await detail.getByRole('textbox', { name: 'Story name' }).fill('Tallow Bridge closure')
  await detail.getByRole('button', { name: 'Rename' }).click()
  await expect(bridgeRow.or(view.locator(`[data-testid="story-row-${bridgeStory}"]`))).toContainText('Tallow Bridge closure')
  await detail.getByTestId('compare-button').click()
  const compare = page.getByTestId('compare-view')
  await expect(compare.locator('[data-testid^="compare-column-"]')).toHaveCount(3)
  await expect(compare.getByTestId('compare-column-2')).toContainText('Bridge chaos: drivers face months of misery')

  // The omission: the engineer's voice is in the first two and missing from the tabloid.
  const matrix = compare.getByTestId('coverage-matrix')
  await expect(matrix.getByTestId('coverage-voice:hanna verlo-0')).toHaveAttribute('data-mentioned', 'true')
  await expect(matrix.getByTestId('coverage-voice:hanna verlo-2')).toHaveAttribute('data-mentioned', 'false')
  await expect(matrix.getByTestId('coverage-figure:18000-2')).toHaveAttribute('data-mentioned', 'false')
  await expect(compare.getByTestId('differences-2')).toContainText('Hanna Verlo')
  // Jump: the wire's passage that carries the figure is marked and scrolled to.
  await matrix.getByTestId('coverage-figure:18000-1').click()
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('slant-passage')?.values().next().value?.toString() ?? '')).toBe('18,000')
  // A left-out cell jumps to where another article says it.
  await matrix.getByTestId('coverage-voice:hanna verlo-2').click()
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('slant-passage')?.values().next().value?.toString() ?? '')).toBe('We will not reopen it until it is safe')

  // Edit the tabloid's omission score right there, with a key.
  const tabloid = compare.getByTestId('compare-column-2')
  const omission = tabloid.getByTestId('judge-omission')
  await omission.focus()
  await page.keyboard.press('4')
  await expect(omission.getByTestId('final-omission')).toContainText('final 4')

  // The score chart follows the edit; its data come out as CSV.
  const chartCsv = page.waitForEvent('download')
  await compare.getByTestId('score-chart-export-csv').click()
  const chartRows = readFileSync(await (await chartCsv).path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
  expect(chartRows[0]).toBe('article_id,outlet,title,published_at,language_final,framing_final,omission_final')
  expect(chartRows.find((line) => line.includes('The Daily Blaze'))).toMatch(/,4$/)

  // Scrolling together is a toggle (S): off, the other columns stay; on, they follow.
  const scrollOf = (position: number) => compare.getByTestId(`compare-text-${position}`).evaluate((element) => element.scrollTop)
  const scrollFirstToEnd = () => compare.getByTestId('compare-text-0').evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
  await page.setViewportSize({ width: 1280, height: 560 })
  await compare.getByTestId('compare-text-1').evaluate((element) => element.scrollTo({ top: 0 }))
  await compare.getByTestId('compare-text-0').evaluate((element) => element.scrollTo({ top: 0 }))
  await scrollFirstToEnd()
  await expect.poll(() => scrollOf(0)).toBeGreaterThan(0)
  expect(await scrollOf(1)).toBe(0)
  await compare.getByTestId('compare-text-0').evaluate((element) => element.scrollTo({ top: 0 }))
  await page.keyboard.press('s')
  await expect(compare.getByTestId('sync-scroll')).toBeChecked()
  await scrollFirstToEnd()
  await expect.poll(() => scrollOf(1)).toBeGreaterThan(0)

  // Swap the first two columns.
  const firstOutlet = await compare.getByTestId('compare-column-0').locator('.compare-outlet').textContent()
  await compare.getByTestId('compare-column-0').getByRole('button', { name: 'Move column right' }).click()
  await expect(compare.getByTestId('compare-column-1').locator('.compare-outlet')).toHaveText(firstOutlet ?? '')

  // Save the matrix as SVG: a standalone figure with its title, n and source.
  const download = page.waitForEvent('download')
  await matrix.getByTestId('coverage-export-svg').click()
  const file = await download
  expect(file.suggestedFilename()).toBe('coverage-of-tallow-bridge-closure.svg')
  const svg = readFileSync(await file.path(), 'utf8')
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(svg).toContain('<title>Coverage of “Tallow Bridge closure”</title>')
  expect(svg).toContain('n = 3 articles from 3 outlets')
  expect(svg).toContain('Source: Slant corpus, story #')
  expect(svg).toContain('Hanna Verlo')
  expect(svg).toContain('The Daily Blaze')
  // Voices: the engineer is carried twice and left out once.
  expect(svg.match(/<title>left out<\/title>/g)?.length).toBeGreaterThan(2)
  const png = page.waitForEvent('download')
  await matrix.getByTestId('coverage-export-png').click()
  const pngFile = readFileSync(await (await png).path())
  expect(pngFile.subarray(1, 4).toString()).toBe('PNG')
  // 300 dpi: the PNG is the SVG's size times 300/96.
  const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1])
  expect(pngFile.readUInt32BE(16)).toBe(Math.round(svgWidth * (300 / 96)))

  // The edit survives clustering again: the story keeps its three articles and its name.
  corpus.slant(['stories', '--rebuild'])
  await page.keyboard.press('Escape')
  await page.reload()
  await page.getByRole('button', { name: 'Stories', exact: true }).click()
  await expect(page.getByTestId(`story-row-${bridgeStory}`)).toContainText('Tallow Bridge closure')
  await page.getByTestId(`story-row-${bridgeStory}`).click()
  await expect(page.getByTestId('story-detail').locator('tbody tr')).toHaveCount(3)

  // Outlets compared: a profile per outlet, a pair on the story both covered, the figure as SVG.
  await page.getByRole('tab', { name: 'Outlets compared' }).click()
  const outlets = page.getByTestId('outlets-compared')
  await expect(outlets.locator('[data-testid^="outlet-profile-"]')).toHaveCount(3)
  await outlets.getByRole('checkbox', { name: 'Compare The Daily Blaze' }).check()
  await outlets.getByRole('checkbox', { name: 'Compare Valley Courier' }).check()
  await outlets.getByRole('combobox', { name: 'Dimension' }).selectOption('omission')
  // The tabloid's omission is the coder's 4 now; the courier's is Slant's.
  await expect(page.getByTestId('paired-comparison').locator('tbody tr')).toContainText('The Daily Blaze − Valley Courier')
  await expect(page.getByTestId('paired-comparison').locator('tbody td').nth(1)).toHaveText('1')
  const figure = page.waitForEvent('download')
  await outlets.getByTestId('outlet-scores-export-svg').click()
  const outletSvg = readFileSync(await (await figure).path(), 'utf8')
  expect(outletSvg).toContain('<title>Bias by omission by outlet</title>')
  expect(outletSvg).toContain('n = 3 articles from 3 outlets')
  expect(outletSvg).toContain('The Daily Blaze (n = 1)')

  // Blindspots: all three outlets covered the one story, so there is none.
  await page.getByRole('tab', { name: 'Blindspots' }).click()
  await expect(page.getByTestId('blindspots')).toContainText('0 stories covered by some and not all')
})
