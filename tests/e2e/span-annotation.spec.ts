import { expect, test, type Page } from '@playwright/test'
import type { ArticleDetail, ArticlePage, ArticleSpans } from '../../src/shared/rows'

// This suite's own corpus (the second server), so the other suites' articles and coders stay apart.
const PORT = Number(process.env.SLANT_E2E_PORT ?? 4319) + 1

test.use({ baseURL: `http://127.0.0.1:${PORT}` })
test.describe.configure({ mode: 'serial' })

// Arabic, Chinese and emoji (astral characters: two UTF-16 units each, one with a skin-tone modifier),
// around English the lexicon marks ("shameful", "disaster"), so the machine has spans to judge.
const TEXT = [
  'The minister called the harbour plan a shameful disaster 👍🏽 on Tuesday, and the council said it would review the costs before the winter.',
  'قال الوزير إن الخطة "كارثية" 😡 وفق مصادر مطلعة في الميناء.',
  '官员称这是一场灾难🤯，但数据显示情况有所改善。',
  'Engineers said the repairs would take eight months and cost four million pounds.'
].join('\n\n')

/** Calls the contract as the page does, over the HTTP bridge. */
async function api<T>(page: Page, name: string, input: object): Promise<T> {
  const result = await page.evaluate(
    async ([callName, callInput]) => {
      const response = await fetch(`/api/call/${callName}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(callInput) })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    },
    [name, input] as const
  )
  if (!result.ok) throw new Error(result.error?.message)
  return result.value as T
}

/**
 * Selects a phrase in the rendered article as a reader's drag would: a DOM range between text nodes,
 * found by walking the text nodes (independently of the app's own offset mapping). With toParagraphEnd
 * the range ends on the paragraph element itself, as a drag past the end of a line does.
 */
async function selectPhrase(page: Page, phrase: string, toParagraphEnd = false): Promise<void> {
  await page.evaluate(
    ([wanted, paragraphEnd]) => {
      const root = document.querySelector('[data-testid="annotatable-text"]')
      if (!root) throw new Error('no article text')
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: { node: Text; start: number }[] = []
      let all = ''
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: all.length })
        all += (node as Text).data
      }
      const at = all.indexOf(wanted)
      if (at === -1) throw new Error(`"${wanted}" is not in the rendered text`)
      const first = nodes.find((entry) => at < entry.start + entry.node.data.length)
      const last = nodes.find((entry) => at + wanted.length > entry.start && at + wanted.length <= entry.start + entry.node.data.length)
      if (!first || !last) throw new Error('selection out of the text')
      const range = document.createRange()
      range.setStart(first.node, at - first.start)
      if (paragraphEnd) {
        const paragraph = first.node.parentElement?.closest('p')
        if (!paragraph) throw new Error('no paragraph')
        range.setEnd(paragraph, paragraph.childNodes.length)
      } else range.setEnd(last.node, at + wanted.length - last.start)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
    },
    [phrase, toParagraphEnd] as const
  )
}

test('label spans in Arabic, Chinese and emoji text with exact offsets, reject a machine span, and undo', async ({ page }) => {
  await page.goto('/')
  const picker = page.getByTestId('coder-picker')
  await picker.getByRole('button', { name: 'New coder…' }).click()
  await picker.getByRole('textbox', { name: "New coder's name" }).fill('Lina Haddad')
  await picker.getByRole('button', { name: 'Add' }).click()
  await expect(picker.locator('.coder-badge')).toHaveText('LH')

  await page
    .getByTestId('import-file-input')
    .first()
    .setInputFiles({ name: 'harbour.jsonl', mimeType: 'application/json', buffer: Buffer.from(`${JSON.stringify({ external_id: 'harbour-mixed', title: 'Harbour plan in three languages', text: TEXT })}\n`) })
  const report = page.getByTestId('import-report')
  await expect(report.getByTestId('report-added')).toHaveText('1')
  await report.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: 'Analyse all' }).click()
  await expect(page.getByTestId('analysis-progress')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByTestId('analysis-progress')).toBeHidden({ timeout: 60_000 })

  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"harbour plan"')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByTestId('corpus-table-body').getByRole('row').first().click()
  const article = page.getByTestId('article-view')
  await expect(article.locator('mark.evidence-loaded_term', { hasText: 'shameful' })).toBeVisible()
  const listed = await api<ArticlePage>(page, 'articles.list', { query: '"harbour plan"' })
  const articleId = listed.rows[0]?.id ?? 0
  const stored = (await api<ArticleDetail>(page, 'articles.get', { id: articleId })).text

  // Chinese with an astral emoji, labelled from the keyboard: select, A, pick a label, Enter.
  await selectPhrase(page, '灾难🤯')
  await page.keyboard.press('a')
  const form = page.getByTestId('span-form')
  await expect(form).toContainText('“灾难🤯”')
  await form.getByRole('combobox', { name: 'Span label' }).selectOption('frame cue')
  await form.getByRole('textbox', { name: 'Span note' }).fill('disaster frame')
  await form.getByRole('textbox', { name: 'Span note' }).press('Enter')
  await expect(form).toBeHidden()
  await expect(article.locator('mark.coder-span', { hasText: '灾难' })).toBeVisible()

  // English across the highlight markup (plain text into the machine's marks), by letting go of the mouse.
  await selectPhrase(page, 'harbour plan a shameful disaster 👍🏽')
  await page.getByTestId('annotatable-text').dispatchEvent('mouseup')
  await form.getByRole('combobox', { name: 'Span label' }).selectOption('loaded term')
  await form.getByRole('textbox', { name: 'Span suggestion' }).fill('a costly plan')
  await form.getByRole('button', { name: 'Save span' }).click()
  await expect(form).toBeHidden()

  // Arabic, dragged past the end of its paragraph: the boundary lands on the paragraph element.
  await selectPhrase(page, '"كارثية" 😡', true)
  await page.keyboard.press('a')
  await form.getByRole('combobox', { name: 'Span label' }).selectOption('hedge')
  await page.keyboard.press('Enter')
  await expect(form).toBeHidden()

  // Escape cancels without saving.
  await selectPhrase(page, 'Engineers')
  await page.keyboard.press('a')
  await expect(form).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(article).toBeVisible()

  const arabicStart = stored.indexOf('"كارثية"')
  const expected = [
    { quote: '灾难🤯', start: stored.indexOf('灾难🤯'), label: 'frame cue' },
    { quote: 'harbour plan a shameful disaster 👍🏽', start: stored.indexOf('harbour plan a shameful'), label: 'loaded term' },
    { quote: stored.slice(arabicStart, stored.indexOf('\n\n', arabicStart)), start: arabicStart, label: 'hedge' }
  ]
  const spans = await api<ArticleSpans>(page, 'spans.forArticle', { articleId })
  expect(spans.spans).toHaveLength(3)
  for (const want of expected) {
    const span = spans.spans.find((candidate) => candidate.label === want.label)
    expect(span).toMatchObject({ quote: want.quote, start: want.start, end: want.start + want.quote.length, coderName: 'Lina Haddad' })
    expect(stored.slice(span?.start, span?.end)).toBe(want.quote)
  }
  expect(expected[2]?.quote).toBe('"كارثية" 😡 وفق مصادر مطلعة في الميناء.')
  await page.getByTestId('annotatable-text').screenshot({ path: 'test-results/screens/span-annotation.png' })

  // Reject the machine's "disaster" from its highlight.
  await article.locator('mark.evidence-loaded_term', { hasText: /^disaster$/ }).click()
  const details = page.getByTestId('span-details')
  const machine = details.getByTestId('machine-span-detail').filter({ hasText: 'disaster' })
  await expect(machine).toContainText('Neutral alternative')
  await machine.getByRole('textbox', { name: 'Verdict note' }).fill('the plan did fail')
  await machine.getByRole('button', { name: 'Reject' }).click()
  await expect(machine.getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'true')
  await expect(machine).toContainText('LH rejected')
  await page.keyboard.press('Escape')
  await expect(details).toBeHidden()
  const disaster = stored.indexOf('disaster')
  const judged = await api<ArticleSpans>(page, 'spans.forArticle', { articleId })
  expect(judged.verdicts).toEqual([expect.objectContaining({ start: disaster, end: disaster + 'disaster'.length, kind: 'loaded_term', verdict: 'rejected', note: 'the plan did fail' })])

  // Undo takes back the verdict, then the latest span; redo brings the span back. The history keeps all.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByText('Undone: machine span “disaster” no verdict')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(page.getByText(/Undone: span “"كارثية" 😡/)).toBeVisible()
  await expect(article.locator('mark.coder-span', { hasText: 'كارثية' })).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(article.locator('mark.coder-span', { hasText: 'كارثية' })).toHaveCount(1)
  const after = await api<ArticleSpans>(page, 'spans.forArticle', { articleId })
  expect(after.verdicts).toEqual([])
  expect(after.spans).toHaveLength(3)
  expect(after.history.map((row) => `${row.action} ${row.state}`)).toEqual(['redo marked', 'undo removed', 'undo open', 'edit rejected', 'edit marked', 'edit marked', 'edit marked'])
  const panel = page.getByTestId('span-panel')
  await panel.locator('summary').first().click()
  await panel.getByText(/^Span history/).click()
  await expect(panel.getByTestId('span-history')).toContainText('machine span “disaster” rejected — the plan did fail')
})

test('a project label made in Settings is offered for spans', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const editor = page.getByTestId('span-label-editor')
  await expect(editor.getByTestId('span-label')).toHaveCount(4)
  await editor.getByRole('textbox', { name: "New label's name" }).fill('victim framing')
  await editor.getByRole('textbox', { name: "New label's description" }).fill('A group cast only as victims')
  await editor.getByRole('button', { name: 'Add label' }).click()
  await expect(editor.getByTestId('span-label')).toHaveCount(5)
  // Built-in labels and labels in use offer no Remove.
  await expect(editor.getByTestId('span-label').filter({ hasText: 'hedge' }).getByRole('button', { name: 'Remove' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Corpus' }).click()
  await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('"harbour plan"')
  await expect(page.getByTestId('result-count')).toHaveText('1 matching')
  await page.getByTestId('corpus-table-body').getByRole('row').first().click()
  await expect(page.getByTestId('annotatable-text')).toContainText('the council')
  await selectPhrase(page, 'the council')
  await page.keyboard.press('a')
  const form = page.getByTestId('span-form')
  await form.getByRole('combobox', { name: 'Span label' }).selectOption('victim framing')
  await expect(form).toContainText('A group cast only as victims')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('article-view').locator('mark.coder-span', { hasText: 'the council' })).toBeVisible()
})
