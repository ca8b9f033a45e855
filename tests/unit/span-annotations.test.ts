import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../src/main/api/backend'
import { redoEdit, undoEdit } from '../../src/main/annotation/edit-stack'
import { codePointOffset, reanchorSpan, splitsSurrogatePair } from '../../src/main/annotation/span-offsets'
import { spanRows } from '../../src/main/export/span-table'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import { useTempDirectory } from '../helpers/temp-directory'

async function call<Name extends CallName>(backend: Backend, name: Name, input: CallInput<Name>): Promise<CallOutput<Name>> {
  const result = await backend.dispatch(name, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as CallOutput<Name>
}

async function refusal<Name extends CallName>(backend: Backend, name: Name, input: CallInput<Name>): Promise<string> {
  const result = await backend.dispatch(name, input)
  if (result.ok) throw new Error(`${name} was accepted`)
  return result.error.message
}

// Arabic, Chinese, emoji outside the Basic Multilingual Plane (two UTF-16 units each), a skin-tone
// modifier sequence and a flag (two regional indicators), so every kind of offset drift would show.
const MIXED =
  'قال الوزير إن الخطة "كارثية" 😡 وفق مصادر مطلعة.\n\n' +
  '官员称这是一场灾难🤯，但数据显示情况有所改善。\n\n' +
  'The minister 👍🏽 called the plan a shameful disaster 🇪🇬 on Tuesday, and critics slammed it.'

async function corpusWith(path: string, records: { external_id: string; title: string; text: string }[]): Promise<Backend> {
  const backend = createBackend(path)
  await call(backend, 'import.upload', { files: [{ fileName: 'a.jsonl', content: records.map((record) => JSON.stringify(record)).join('\n') }] })
  return backend
}

const articleId = (backend: Backend, externalId: string) => (backend.db.prepare('SELECT id FROM articles WHERE external_id = ?').get(externalId) as { id: number }).id
const storedText = (backend: Backend, id: number) => (backend.db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text

/** The offsets of a phrase in the stored text, as the browser's selection would give them. */
function spanOf(text: string, phrase: string): { start: number; end: number; quote: string } {
  const start = text.indexOf(phrase)
  if (start === -1) throw new Error(`"${phrase}" is not in the text`)
  return { start, end: start + phrase.length, quote: phrase }
}

/** A machine run's evidence, as the analysis writer stores it. */
function addMachineEvidence(backend: Backend, id: number, spans: { start: number; end: number; kind: string; label: string; suggestion: string | null }[]): number {
  const runId = Number(backend.db.prepare("INSERT INTO analysis_runs (analyzer, version, origin, label) VALUES ('slant', 'test', 'slant', 'Slant test run')").run().lastInsertRowid)
  backend.db.prepare("INSERT INTO article_analyses (run_id, article_id, summary, language, country, details) VALUES (?, ?, '', 'en', NULL, '{}')").run(runId, id)
  for (const span of spans) {
    backend.db
      .prepare('INSERT INTO article_evidence (run_id, article_id, start_offset, end_offset, kind, label, suggestion, note) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)')
      .run(runId, id, span.start, span.end, span.kind, span.label, span.suggestion)
  }
  return runId
}

describe('span annotation', () => {
  const tempDirectory = useTempDirectory()

  it('counts offsets in UTF-16 code units, never splits an astral character, and converts to code points', () => {
    const text = 'a😀b'
    expect(text.length).toBe(4)
    expect(splitsSurrogatePair(text, 2)).toBe(true)
    expect(splitsSurrogatePair(text, 1)).toBe(false)
    expect(splitsSurrogatePair(text, 3)).toBe(false)
    expect(codePointOffset(text, 3)).toBe(2)
    expect(codePointOffset(text, 4)).toBe(3)
    expect(codePointOffset(MIXED, MIXED.length)).toBe([...MIXED].length)
    // A quote found again after the text around it changed; the nearest occurrence wins.
    expect(reanchorSpan('xx disaster yy disaster', 14, 'disaster')).toEqual({ start: 15, end: 23 })
    expect(reanchorSpan('nothing here', 0, 'disaster')).toBeNull()
  })

  it('marks spans in Arabic, Chinese and emoji text with exact offsets, validates them, and keeps every change', async () => {
    const backend = await corpusWith(join(tempDirectory(), 'c.sqlite'), [{ external_id: 'mixed-1', title: 'Mixed scripts', text: MIXED }])
    const id = articleId(backend, 'mixed-1')
    const text = storedText(backend, id)
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })

    const arabic = spanOf(text, '"كارثية" 😡')
    expect(await refusal(backend, 'spans.record', { action: 'mark', articleId: id, ...arabic, label: 'loaded term' })).toMatch(/Pick or create a coder first/)
    await call(backend, 'settings.update', { coderId: ana.id })

    const labels = await call(backend, 'spanLabels.list', {})
    expect(labels.map((label) => label.name)).toEqual(['loaded term', 'hedge', 'omission note', 'frame cue'])

    const marked = await call(backend, 'spans.record', { action: 'mark', articleId: id, ...arabic, label: 'Loaded Term', suggestion: 'صعبة', note: 'charged adjective' })
    expect(marked).toMatchObject({ origin: 'coder', state: 'marked', label: 'loaded term', quote: '"كارثية" 😡', suggestion: 'صعبة', coderName: 'Ana Ruiz' })
    expect(text.slice(marked.start, marked.end)).toBe('"كارثية" 😡')

    const chinese = spanOf(text, '灾难🤯')
    const thumbs = spanOf(text, '👍🏽 called')
    const flag = spanOf(text, 'disaster 🇪🇬')
    for (const span of [chinese, thumbs, flag]) await call(backend, 'spans.record', { action: 'mark', articleId: id, ...span, label: 'frame cue' })
    const { spans } = await call(backend, 'spans.forArticle', { articleId: id })
    expect(spans.map((span) => [span.quote, text.slice(span.start, span.end)])).toEqual(
      [arabic, chinese, thumbs, flag].sort((a, b) => a.start - b.start).map((span) => [span.quote, span.quote])
    )

    // Offsets outside the text, cutting the emoji in two, or not quoting the text there are refused, with why.
    expect(await refusal(backend, 'spans.record', { action: 'mark', articleId: id, start: 5, end: text.length + 1, quote: 'x', label: 'hedge' })).toMatch(/0 <= start < end <= \d+/)
    const emojiAt = text.indexOf('😡')
    expect(await refusal(backend, 'spans.record', { action: 'mark', articleId: id, start: emojiAt, end: emojiAt + 1, quote: text.slice(emojiAt, emojiAt + 1), label: 'hedge' })).toMatch(/cuts a character/)
    expect(await refusal(backend, 'spans.record', { action: 'mark', articleId: id, start: chinese.start + 1, end: chinese.end + 1, quote: chinese.quote, label: 'hedge' })).toMatch(/is not what the article has/)
    expect(await refusal(backend, 'spans.record', { action: 'mark', articleId: id, ...chinese, label: 'propaganda' })).toMatch(/There is no span label "propaganda"/)
    expect(await refusal(backend, 'spans.record', { action: 'mark', articleId: id, start: 9, end: 3, quote: 'x', label: 'hedge' })).toMatch(/0 <= start < end/)

    // Edit and remove append rows; only the span's own coder may change it.
    await call(backend, 'spans.record', { action: 'edit', articleId: id, spanKey: marked.spanKey, label: 'hedge', note: 'on reflection a hedge' })
    const ben = await call(backend, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    await call(backend, 'settings.update', { coderId: ben.id })
    expect(await refusal(backend, 'spans.record', { action: 'remove', articleId: id, spanKey: marked.spanKey })).toMatch(/only a span's own coder can change it/)
    await call(backend, 'settings.update', { coderId: ana.id })
    await call(backend, 'spans.record', { action: 'remove', articleId: id, spanKey: marked.spanKey })
    const after = await call(backend, 'spans.forArticle', { articleId: id })
    expect(after.spans.map((span) => span.quote)).not.toContain(arabic.quote)
    expect(after.history.filter((row) => row.spanKey === marked.spanKey).map((row) => [row.state, row.label])).toEqual([
      ['removed', 'hedge'],
      ['marked', 'hedge'],
      ['marked', 'loaded term']
    ])
    // Nothing was updated in place: six rows for six actions.
    expect((backend.db.prepare('SELECT count(*) AS n FROM span_judgments').get() as { n: number }).n).toBe(6)
    backend.close()
  })

  it('accepts and rejects machine spans as judgments, and undoes and redoes them with the coder\'s other edits', async () => {
    const backend = await corpusWith(join(tempDirectory(), 'c.sqlite'), [{ external_id: 'mixed-1', title: 'Mixed scripts', text: MIXED }])
    const id = articleId(backend, 'mixed-1')
    const text = storedText(backend, id)
    const slammed = spanOf(text, 'slammed')
    const shameful = spanOf(text, 'shameful')
    const runId = addMachineEvidence(backend, id, [
      { ...slammed, kind: 'loaded_term', label: 'slammed', suggestion: 'criticised' },
      { ...shameful, kind: 'loaded_term', label: 'shameful', suggestion: null }
    ])
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    await call(backend, 'settings.update', { coderId: ana.id })

    const rejected = await call(backend, 'spans.record', { action: 'reject', articleId: id, start: slammed.start, end: slammed.end, kind: 'loaded_term', runId, note: 'neutral in sports reporting' })
    expect(rejected).toMatchObject({ origin: 'machine', state: 'rejected', quote: 'slammed', label: 'slammed', suggestion: 'criticised', machineKind: 'loaded_term', machineRunId: runId, note: 'neutral in sports reporting' })
    expect(await refusal(backend, 'spans.record', { action: 'accept', articleId: id, start: slammed.start, end: slammed.end, kind: 'hedge' })).toMatch(/No analysis found a hedge at/)

    await call(backend, 'judgments.record', { articleId: id, dimension: 'language', value: 4 })
    await call(backend, 'spans.record', { action: 'accept', articleId: id, start: shameful.start, end: shameful.end, kind: 'loaded_term' })
    const mark = await call(backend, 'spans.record', { action: 'mark', articleId: id, ...spanOf(text, 'on Tuesday'), label: 'omission note', note: 'no source for the date' })
    const verdicts = () => call(backend, 'spans.forArticle', { articleId: id }).then((spans) => spans.verdicts.map((verdict) => `${verdict.spanKey} ${verdict.verdict}`))
    expect(await verdicts()).toEqual([`machine:${shameful.start}:${shameful.end}:loaded_term accepted`, `machine:${slammed.start}:${slammed.end}:loaded_term rejected`])

    // One stack across scores and spans: newest first.
    expect(undoEdit(backend.db, ana.id)).toMatchObject({ kind: 'span', span: { spanKey: mark.spanKey, action: 'undo', state: 'removed' } })
    expect((await call(backend, 'spans.forArticle', { articleId: id })).spans).toEqual([])
    expect(undoEdit(backend.db, ana.id)).toMatchObject({ kind: 'span', span: { action: 'undo', state: 'open' } })
    expect(await verdicts()).toEqual([`machine:${slammed.start}:${slammed.end}:loaded_term rejected`])
    expect(undoEdit(backend.db, ana.id)).toMatchObject({ kind: 'score', judgment: { action: 'undo', value: null } })
    expect(redoEdit(backend.db, ana.id)).toMatchObject({ kind: 'score', judgment: { action: 'redo', value: 4 } })
    expect(redoEdit(backend.db, ana.id)).toMatchObject({ kind: 'span', span: { action: 'redo', state: 'accepted' } })
    expect(await verdicts()).toHaveLength(2)
    expect(redoEdit(backend.db, ana.id)).toMatchObject({ kind: 'span', span: { action: 'redo', state: 'marked', quote: 'on Tuesday', note: 'no source for the date' } })
    expect(redoEdit(backend.db, ana.id)).toBeNull()
    // Undoing an edit restores the label it replaced.
    await call(backend, 'spans.record', { action: 'edit', articleId: id, spanKey: mark.spanKey, label: 'hedge' })
    expect(undoEdit(backend.db, ana.id)).toMatchObject({ kind: 'span', span: { state: 'marked', label: 'omission note', note: 'no source for the date' } })
    // The verdict outlives re-analysis: a newer run with the same span still shows it rejected.
    addMachineEvidence(backend, id, [{ ...slammed, kind: 'loaded_term', label: 'slammed', suggestion: 'criticised' }])
    expect(await verdicts()).toContain(`machine:${slammed.start}:${slammed.end}:loaded_term rejected`)
    backend.close()
  })

  it('exports one row per machine and coder span, with UTF-16 offsets and code-point offsets that slice the same text', async () => {
    const backend = await corpusWith(join(tempDirectory(), 'c.sqlite'), [{ external_id: 'mixed-1', title: 'Mixed scripts', text: MIXED }])
    const id = articleId(backend, 'mixed-1')
    const text = storedText(backend, id)
    const slammed = spanOf(text, 'slammed')
    addMachineEvidence(backend, id, [{ ...slammed, kind: 'loaded_term', label: 'slammed', suggestion: 'criticised' }])
    const runId = addMachineEvidence(backend, id, [
      { ...slammed, kind: 'loaded_term', label: 'slammed', suggestion: 'criticised' },
      { ...spanOf(text, 'shameful'), kind: 'loaded_term', label: 'shameful', suggestion: null }
    ])
    for (const [name, initials] of [['Ana Ruiz', 'AR'], ['Ben Okoro', 'BO']] as const) {
      const coder = await call(backend, 'coders.create', { name, initials, colour: '#aa3366' })
      await call(backend, 'settings.update', { coderId: coder.id })
      await call(backend, 'spans.record', { action: name === 'Ana Ruiz' ? 'reject' : 'accept', articleId: id, start: slammed.start, end: slammed.end, kind: 'loaded_term' })
    }
    await call(backend, 'spans.record', { action: 'mark', articleId: id, ...spanOf(text, '灾难🤯'), label: 'frame cue', note: 'strong' })
    const removed = await call(backend, 'spans.record', { action: 'mark', articleId: id, ...spanOf(text, 'critics'), label: 'hedge' })
    await call(backend, 'spans.record', { action: 'remove', articleId: id, spanKey: removed.spanKey })

    const rows = [...spanRows(backend.db)]
    // Only the newest run's evidence, and no removed span.
    expect(rows.map((row) => [row.source, row.text, row.run_id])).toEqual([
      ['coder', '灾难🤯', null],
      ['machine', 'shameful', runId],
      ['machine', 'slammed', runId]
    ])
    expect(rows[2]).toMatchObject({ accepted_by: 'Ben Okoro', rejected_by: 'Ana Ruiz', suggestion: 'criticised', kind: 'loaded_term' })
    expect(rows[0]).toMatchObject({ coder: 'Ben Okoro', label: 'frame cue', note: 'strong', kind: 'coder' })
    const points = [...text]
    for (const row of rows) {
      expect(text.slice(row.start_offset as number, row.end_offset as number)).toBe(row.text)
      // What Python's text[start_char:end_char] gives.
      expect(points.slice(row.start_char as number, row.end_char as number).join('')).toBe(row.text)
    }
    expect(rows[2]?.start_char).toBeLessThan(rows[2]?.start_offset as number)
    backend.close()
  })

  it('lets a project define labels, refuses duplicates and removing labels in use or built in', async () => {
    const backend = await corpusWith(join(tempDirectory(), 'c.sqlite'), [{ external_id: 'mixed-1', title: 'Mixed scripts', text: MIXED }])
    const id = articleId(backend, 'mixed-1')
    const victim = await call(backend, 'spanLabels.create', { name: '  victim  framing ', colour: '#c92a2a', description: 'A group cast as victims' })
    expect(victim).toMatchObject({ name: 'victim framing', builtIn: false, uses: 0 })
    expect(await refusal(backend, 'spanLabels.create', { name: 'Victim Framing', colour: '#000000' })).toMatch(/already exists/)
    expect(await refusal(backend, 'spanLabels.create', { name: 'x', colour: 'red' })).toMatch(/a colour as #rrggbb/)
    const unused = await call(backend, 'spanLabels.create', { name: 'euphemism', colour: '#495057' })
    expect(await call(backend, 'spanLabels.update', { id: unused.id, description: 'Softer words for a harsh thing' })).toMatchObject({ description: 'Softer words for a harsh thing', colour: '#495057' })
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    await call(backend, 'settings.update', { coderId: ana.id })
    await call(backend, 'spans.record', { action: 'mark', articleId: id, ...spanOf(storedText(backend, id), 'critics'), label: 'victim framing' })
    expect(await refusal(backend, 'spanLabels.remove', { id: victim.id })).toMatch(/is the label of 1 span/)
    const builtIn = (await call(backend, 'spanLabels.list', {})).find((label) => label.name === 'hedge')
    expect(await refusal(backend, 'spanLabels.remove', { id: builtIn?.id ?? 0 })).toMatch(/built-in/)
    expect(await call(backend, 'spanLabels.remove', { id: unused.id })).toEqual({ removed: true })
    expect((await call(backend, 'spanLabels.list', {})).map((label) => label.name)).toEqual(['loaded term', 'hedge', 'omission note', 'frame cue', 'victim framing'])
    backend.close()
  })

  it('carries spans in coder files: re-anchored in a copy whose text moved, and a second merge adds nothing', async () => {
    const directory = tempDirectory()
    const home = await corpusWith(join(directory, 'home.sqlite'), [
      { external_id: 'mixed-1', title: 'Mixed scripts', text: MIXED },
      { external_id: 'gone-1', title: 'Only at home', text: 'A story the lead never imported, with a shameful word.' }
    ])
    const id = articleId(home, 'mixed-1')
    const text = storedText(home, id)
    const slammed = spanOf(text, 'slammed')
    addMachineEvidence(home, id, [{ ...slammed, kind: 'loaded_term', label: 'slammed', suggestion: 'criticised' }])
    const ana = await call(home, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    await call(home, 'settings.update', { coderId: ana.id })
    await call(home, 'spanLabels.create', { name: 'victim framing', colour: '#c92a2a' })
    await call(home, 'spans.record', { action: 'mark', articleId: id, ...spanOf(text, '灾难🤯'), label: 'victim framing', note: '灾难 is strong' })
    await call(home, 'spans.record', { action: 'reject', articleId: id, start: slammed.start, end: slammed.end, kind: 'loaded_term' })
    const removedLater = await call(home, 'spans.record', { action: 'mark', articleId: id, ...spanOf(text, '👍🏽'), label: 'hedge' })
    undoEdit(home.db, ana.id)
    await call(home, 'spans.record', { action: 'mark', articleId: articleId(home, 'gone-1'), ...spanOf(storedText(home, articleId(home, 'gone-1')), 'shameful'), label: 'loaded term' })
    const file = await call(home, 'coders.exportFile', { coderId: ana.id })
    expect(JSON.parse(file.content).spanJudgments).toHaveLength(5)

    // The lead's copy of the article has a paragraph more at the top: every offset moved.
    const lead = await corpusWith(join(directory, 'lead.sqlite'), [{ external_id: 'mixed-1', title: 'Mixed scripts', text: `Correction appended 🙏.\n\n${MIXED}` }])
    const first = await call(lead, 'coders.merge', file)
    expect(first).toMatchObject({ coder: 'Ana Ruiz', coderAdded: true, added: 4, alreadyMerged: 0 })
    expect(first.unmatched).toEqual([expect.objectContaining({ title: 'Only at home' })])
    const leadId = articleId(lead, 'mixed-1')
    const leadText = storedText(lead, leadId)
    const merged = await call(lead, 'spans.forArticle', { articleId: leadId })
    expect(merged.spans.map((span) => [span.quote, leadText.slice(span.start, span.end), span.label, span.labelColour, span.note])).toEqual([['灾难🤯', '灾难🤯', 'victim framing', '#c92a2a', '灾难 is strong']])
    const moved = leadText.indexOf('slammed')
    expect(merged.verdicts).toEqual([expect.objectContaining({ spanKey: `machine:${moved}:${moved + 7}:loaded_term`, start: moved, verdict: 'rejected' })])
    // The undone span came along as undone, with its history.
    expect(merged.history.filter((row) => row.spanKey === removedLater.spanKey).map((row) => row.state)).toEqual(['removed', 'marked'])

    const second = await call(lead, 'coders.merge', file)
    expect(second).toMatchObject({ coderAdded: false, added: 0, alreadyMerged: 4 })
    expect((lead.db.prepare('SELECT count(*) AS n FROM span_judgments').get() as { n: number }).n).toBe(4)
    home.close()
    lead.close()
  })
})
