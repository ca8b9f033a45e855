import { expect, test, type Page } from '@playwright/test'
import { createCoder, OwnCorpus } from './helpers/own-corpus'

/**
 * Goals and frames coded by hand in the article panel, undone from the keyboard, and their agreement
 * in the Agreement view. The suite serves its own analysed corpus on a free port, so the other
 * suites never see its articles or coders.
 */
const ARTICLES = [
  {
    title: 'Harbour wind farm gets the go-ahead',
    outlet: 'Coast Herald',
    text: 'The harbour board approved the offshore wind farm on Monday. The turbines will cut emissions and the project will create two hundred jobs, the board said, while fishermen warned about lost catches and the cost of new nets.'
  },
  {
    title: 'Fishermen fear the turbines',
    outlet: 'Bay Courier',
    text: 'Fishermen in the bay say the wind farm will ruin their trade. The union said catches would fall and families would lose their income, while the council promised compensation for lost earnings.'
  }
]

let corpus: OwnCorpus
let base = ''

async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill(`"${title}"`)
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByTestId('corpus-table-body').getByRole('row').first().click()
  await expect(page.getByTestId('label-editor')).toBeVisible()
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  corpus = new OwnCorpus('labels')
  corpus.importArticles(ARTICLES.map((article, index) => ({ ...article, published_at: `2025-10-0${index + 1}`, external_id: `labels-${index + 1}` })))
  corpus.slant(['analyze', '--all', '--workers', '1'])
  base = await corpus.serve()
})

test.afterAll(() => corpus?.close())

test('add a goal and mark a primary frame, undo with Ctrl+Z, read the history, and see frames agreement by outlet', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(base)
  await createCoder(page, 'Lena Marsh', 'LM')
  await openArticle(page, 'Harbour wind farm gets the go-ahead')
  const editor = page.getByTestId('label-editor')
  const sdgs = editor.getByTestId('sdg-editor')
  const frames = editor.getByTestId('frame-editor')
  // Before anyone codes, the panel shows the machine's sets as the final ones.
  await expect(frames.getByTestId('final-frames')).toContainText('(machine)')

  // Add a goal with its direction, relevance and rationale.
  await sdgs.getByRole('combobox', { name: 'Goal to add' }).selectOption('14')
  await sdgs.getByRole('combobox', { name: 'Direction', exact: true }).selectOption('negative')
  await sdgs.getByRole('combobox', { name: 'Relevance', exact: true }).selectOption('indirect')
  await sdgs.getByRole('textbox', { name: 'Goal rationale' }).fill('lost catches in the bay')
  await sdgs.getByRole('button', { name: 'Add goal' }).click()
  await expect(sdgs.getByTestId('final-sdgs')).toContainText('final 14 negative indirect (latest coder)')
  await expect(sdgs.getByTestId('my-goal-14')).toBeVisible()

  // Mark the primary frame with the keyboard: the radio is reachable and set with Space.
  const economic = frames.getByRole('radio', { name: 'economic is the primary frame' })
  await economic.focus()
  await page.keyboard.press('Space')
  await expect(frames.getByTestId('final-frames')).toContainText('economic (primary)')
  await expect(frames.getByTestId('final-frames')).toContainText('(latest coder)')
  await expect(frames.getByRole('checkbox', { name: 'Uses economic' })).toBeChecked()
  await editor.screenshot({ path: 'test-results/screens/label-editor.png' })

  // Ctrl+Z undoes the last edit (the primary frame), then the goal; the machine's sets are final again.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByText('Undone: frame economic withdrawn')).toBeVisible()
  await expect(frames.getByRole('radio', { name: 'economic is the primary frame' })).not.toBeChecked()
  await page.keyboard.press('Control+z')
  await expect(sdgs.getByTestId('final-sdgs')).toContainText('(machine)')
  // Ctrl+Shift+Z brings both back, in order.
  await page.keyboard.press('Control+Shift+z')
  await expect(sdgs.getByTestId('final-sdgs')).toContainText('final 14 negative indirect (latest coder)')
  await page.keyboard.press('Control+Shift+z')
  await expect(frames.getByTestId('final-frames')).toContainText('economic (primary)')

  // The history says who changed what, and when.
  await editor.getByText(/^History \(6\)/).click()
  const history = editor.getByTestId('label-history')
  await expect(history.getByRole('listitem')).toHaveCount(6)
  await expect(history.getByRole('listitem').last()).toContainText('Lena Marsh · goal 14 set (negative, indirect) — lost catches in the bay')
  await expect(history).toContainText('Lena Marsh · undo: frame economic withdrawn')
  await expect(history.getByRole('listitem').first()).toContainText('Lena Marsh · redo: frame economic set as primary')
  await page.screenshot({ path: 'test-results/screens/label-coding.png' })

  // A second coder picks another primary frame for the same article.
  await createCoder(page, 'Omar Reyes', 'OR')
  await openArticle(page, 'Harbour wind farm gets the go-ahead')
  await frames.getByRole('radio', { name: 'political is the primary frame' }).click()
  await expect(frames.getByTestId('final-frames')).toContainText('political (primary)')
  await expect(editor.getByText('edit the final (adjudicated) sets')).toBeVisible()

  // The Agreement view reports frames: nominal alpha, the pair's kappa, by outlet, and the machine's confusion matrix.
  await page.getByRole('button', { name: 'Agreement' }).click()
  await page.getByRole('combobox', { name: 'Dimension' }).selectOption('frames')
  const figures = page.getByTestId('agreement-figures')
  await expect(figures).toContainText('1 by 2 coders; 1 by two or more')
  await expect(figures).toContainText("an article's primary frame")
  await expect(page.getByTestId('agreement-alpha')).toContainText('nominal')
  await expect(page.getByTestId('agreement-pairs')).toContainText('Lena Marsh / Omar Reyes')
  await expect(page.getByTestId('agreement-pairs')).toContainText("Cohen's kappa")
  const byOutlet = page.getByTestId('agreement-by-outlet')
  await expect(byOutlet.getByRole('row', { name: /Coast Herald/ })).toContainText('1 (1)')
  await expect(page.getByTestId('disagreements')).toContainText('Lena Marsh primary economic, Omar Reyes primary political')
  await page.getByRole('combobox', { name: 'Dimension' }).selectOption('sdgs')
  await expect(page.getByTestId('agreement-figures')).toContainText('1 by 1 coder; 0 by two or more')
  await expect(page.getByTestId('confusion-matrix')).toContainText('machine \\ human')
  await page.screenshot({ path: 'test-results/screens/label-agreement.png' })
  expect(errors).toEqual([])
})
