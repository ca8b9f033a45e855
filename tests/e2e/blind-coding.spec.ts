import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createCoder, OwnCorpus, readCsv } from './helpers/own-corpus'

/**
 * Blind coding by two coders, agreement, adjudication and the export, end to end in the browser.
 * The suite serves its own corpus (on a free port), so the other suites' first-start checks never
 * see its articles, coders or queues.
 */
const ARTICLES = [
  { title: 'Council approves the river bridge budget', outlet: 'Valley Gazette', text: 'The county council approved the budget for the river bridge on Tuesday. Engineers said the repairs would take eight months and cost four million pounds. Shopkeepers on both banks welcomed the decision.' },
  { title: 'Reckless council squanders millions on crumbling bridge', outlet: 'Daily Trumpet', text: 'The reckless council has squandered yet another four million pounds of taxpayers money on the crumbling bridge, a disgraceful waste that outraged furious residents. Critics slammed the shameful decision.' },
  { title: 'Bridge repair plan divides shop owners', outlet: 'Northern Ledger', text: 'Shop owners are split over the council plan to repair the river bridge. Some said trade would suffer during eight months of closure, while others said the bridge had to be made safe.' },
  { title: 'School roof fund announced for eleven schools', outlet: 'Valley Gazette', text: 'The county will spend two million pounds repairing the roofs of eleven primary schools over the summer, the education committee decided on Wednesday. Head teachers said leaks had closed classrooms.' },
  { title: 'Leaky schools finally get a fix after years of neglect', outlet: 'Daily Trumpet', text: 'After years of shocking neglect, the leaky schools will finally get new roofs. Parents have been furious for years about the disgraceful state of classrooms, and the committee caved in at last.' },
  { title: 'Bus routes return to the town centre', outlet: 'Northern Ledger', text: 'Bus routes diverted through the industrial estate return to their usual stops from Wednesday, the operator said. Passengers were told to check the new timetable online.' }
]

let corpus: OwnCorpus
let base = ''

type Scores = { framing: number; language: number; omission: number }

/** Scores the unit on screen with keys 1-5 on each dimension, and saves it with Ctrl+Enter. */
async function codeUnit(page: Page, scores: Scores, rationale?: string): Promise<void> {
  const screen = page.getByTestId('coding-screen')
  for (const dimension of ['framing', 'language', 'omission'] as const) {
    const editor = screen.getByTestId(`blind-${dimension}`)
    if (rationale && dimension === 'language') await editor.getByRole('textbox', { name: 'Language bias rationale' }).fill(rationale)
    await editor.focus()
    await page.keyboard.press(String(scores[dimension]))
    await expect(editor.getByTestId(`blind-${dimension}-value`)).toContainText(`${scores[dimension]}:`)
  }
  await page.keyboard.press('Control+Enter')
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  corpus = new OwnCorpus('blind')
  corpus.importArticles(ARTICLES.map((article, index) => ({ ...article, published_at: `2025-11-1${index}`, external_id: `blind-${index + 1}` })))
  // The machine's values exist, so the test can see that they stay hidden.
  corpus.slant(['analyze', '--all', '--workers', '1'])
  base = await corpus.serve()
})

test.afterAll(() => corpus?.close())

test('two coders code the same 5 articles blind, the agreement appears, one unit is adjudicated, and the export shows the final values and their sources', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto(base)

  // The first coder draws a random queue of 5 of the 6 articles.
  await createCoder(page, 'Ines Blind', 'IB')
  await page.getByRole('button', { name: 'Queues', exact: true }).click()
  await expect(page.getByTestId('queue-empty')).toContainText('New queue…')
  await page.getByRole('button', { name: 'New queue…' }).click()
  const dialog = page.getByTestId('create-queue-dialog')
  await dialog.getByRole('textbox', { name: 'Queue name' }).fill('Pilot five')
  await dialog.getByRole('textbox', { name: 'Sample size' }).fill('5')
  await dialog.getByRole('textbox', { name: 'Seed' }).fill('42')
  await dialog.getByRole('button', { name: 'Create queue' }).click()

  const screen = page.getByTestId('coding-screen')
  await expect(screen.getByTestId('unit-position')).toHaveText('Unit 1 of 5')
  await expect(screen.getByTestId('revealed-values')).toHaveCount(0)
  // Saving with a dimension unscored says what is missing and stays on the unit.
  await page.keyboard.press('Control+Enter')
  await expect(screen.getByRole('alert')).toContainText('Score framing bias, language bias and bias by omission before saving')

  const ines: Scores[] = [
    { framing: 2, language: 2, omission: 1 },
    { framing: 3, language: 4, omission: 2 },
    { framing: 1, language: 1, omission: 1 },
    { framing: 4, language: 5, omission: 3 },
    { framing: 2, language: 1, omission: 2 }
  ]
  const titles: string[] = []
  for (const [index, scores] of ines.entries()) {
    await expect(screen.getByTestId('unit-position')).toHaveText(`Unit ${index + 1} of 5`)
    titles.push((await screen.getByTestId('unit-title').textContent()) ?? '')
    await codeUnit(page, scores, index === 0 ? 'a few loaded words in the headline' : undefined)
  }
  // The last unit stays on screen, saved, with everyone's values (only Ines so far) and the machine's.
  await expect(screen.getByTestId('queue-finished')).toBeVisible()
  await expect(screen.getByTestId('my-progress')).toContainText('5 of 5 done by you')
  await expect(screen.getByTestId('revealed-language')).toContainText('machine')
  await screen.getByRole('button', { name: '← Queues' }).click()
  await expect(page.getByTestId('progress-Ines Blind')).toContainText('5 of 5')

  // The second coder opens the same queue, blind: the backend sends neither Ines's values nor the machine's.
  await createCoder(page, 'Omar Second', 'OS')
  const firstUnit = page.waitForResponse((response) => response.url().endsWith('/api/call/queues.item'))
  await page.getByTestId('queue-Pilot five').getByRole('button', { name: 'Code' }).click()
  const sent = await (await firstUnit).text()
  expect(sent).toContain('"revealed":null')
  expect(sent).not.toContain('Ines')
  expect(sent).not.toContain('"machine"')
  await expect(screen.getByTestId('unit-position')).toHaveText('Unit 1 of 5')
  await expect(screen.getByTestId('unit-title')).toHaveText(titles[0] as string)
  await expect(screen).not.toContainText('Ines')

  // Omar disagrees on the first unit's language (5 against 2) and on the second unit's framing.
  const omar: Scores[] = ines.map((scores, index) => (index === 0 ? { ...scores, language: 5 } : index === 1 ? { ...scores, framing: 2 } : scores))
  await codeUnit(page, omar[0] as Scores, 'slurs in the headline')
  await expect(screen.getByTestId('unit-position')).toHaveText('Unit 2 of 5')
  // Back to the saved unit (Alt+←): now everyone's values are there.
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(screen.getByTestId('unit-position')).toHaveText('Unit 1 of 5')
  await expect(screen.getByTestId('revealed-language')).toContainText('Ines Blind 2')
  await expect(screen.getByTestId('revealed-language')).toContainText('Omar Second 5')
  await page.keyboard.press('Alt+ArrowRight')
  for (const [index, scores] of omar.entries()) {
    if (index === 0) continue
    await expect(screen.getByTestId('unit-position')).toHaveText(`Unit ${index + 1} of 5`)
    await codeUnit(page, scores)
  }
  await expect(screen.getByTestId('queue-finished')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/blind-coding.png' })
  await screen.getByRole('button', { name: '← Queues' }).click()
  await expect(page.getByTestId('progress-Omar Second')).toContainText('5 of 5')
  await expect(page.getByTestId('progress-Ines Blind')).toContainText('5 of 5')

  // The agreement between the two coders appears.
  await page.getByRole('button', { name: 'Agreement', exact: true }).click()
  await page.getByRole('combobox', { name: 'Dimension' }).selectOption('language')
  await expect(page.getByTestId('agreement-figures')).toContainText('5 by 2 coders; 5 by two or more')
  await expect(page.getByTestId('agreement-pairs')).toContainText('Ines Blind / Omar Second')
  const disputed = page.getByTestId('disagreements').getByRole('listitem').filter({ hasText: titles[0] as string })
  await expect(disputed).toContainText('Ines Blind 2, Omar Second 5 (apart by 3)')

  // Adjudicate that unit: both values and rationales side by side, then the final value and a note.
  await disputed.getByRole('button', { name: 'Adjudicate' }).click()
  const unit = page.getByTestId('adjudication-unit')
  await expect(unit.getByRole('heading', { name: titles[0] as string })).toBeVisible()
  await expect(unit.getByTestId('coder-value-Ines Blind')).toContainText('2a few loaded words in the headline')
  await expect(unit.getByTestId('coder-value-Omar Second')).toContainText('5slurs in the headline')
  await expect(unit.getByTestId('coder-value-machine')).toContainText('Machine')
  await expect(unit.getByTestId('adjudication-final')).toContainText('Final value: 5 (latest coder)')
  await expect(page.getByTestId('adjudication-list')).toContainText('Language bias · Ines Blind 2, Omar Second 5')
  await expect(page.getByTestId('adjudication-list')).toContainText('Framing bias · Ines Blind 3, Omar Second 2')
  const form = unit.getByTestId('adjudication-form')
  await form.getByRole('button', { name: 'Record final value' }).click()
  await expect(form.getByRole('alert')).toHaveText('Pick the final value (1 to 5).')
  await form.focus()
  await page.keyboard.press('4')
  await form.getByRole('textbox', { name: 'Adjudication note' }).fill('one loaded headline, neutral body')
  await page.keyboard.press('Control+Enter')
  await expect(unit.getByTestId('adjudication-final')).toContainText('Final value: 4 (adjudicated) · adjudicated by Omar Second: one loaded headline, neutral body')
  // Settled, it leaves the list of open units; the framing disagreement stays.
  await expect(page.getByTestId('adjudication-list')).not.toContainText('Language bias · Ines Blind 2')
  await expect(page.getByTestId('adjudication-list')).toContainText('Framing bias · Ines Blind 3, Omar Second 2')
  await page.screenshot({ path: 'test-results/screens/adjudication.png' })

  // The articles export reports the final values and where each came from.
  const out = join(corpus.directory, 'articles.csv')
  corpus.slant(['export', 'articles', '--format', 'csv', '--out', out])
  const rows = readCsv(out)
  expect(rows).toHaveLength(6)
  const byTitle = new Map(rows.map((row) => [row.title, row]))
  const adjudicated = byTitle.get(titles[0] as string)
  expect(adjudicated).toMatchObject({ language_bias: '4', language_bias_source: 'adjudicated', framing_bias: '2', framing_bias_source: 'consensus' })
  expect(byTitle.get(titles[1] as string)).toMatchObject({ framing_bias: '2', framing_bias_source: 'human', language_bias: '4', language_bias_source: 'consensus' })
  for (const [index, title] of titles.entries()) {
    const row = byTitle.get(title)
    expect(row?.omission_bias).toBe(String(ines[index]?.omission))
    expect(row?.omission_bias_source).toBe('consensus')
  }
  // The article outside the queue keeps the machine's values, labelled as such.
  const uncoded = rows.find((row) => !titles.includes(row.title ?? ''))
  expect(uncoded?.language_bias_source).toBe('machine')
  expect(uncoded?.language_bias).toBe(uncoded?.language_bias_machine)
})
