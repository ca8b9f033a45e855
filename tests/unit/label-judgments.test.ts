import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../src/main/api/backend'
import { articleRows } from '../../src/main/export/analysis-tables'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import type { LabelEdit } from '../../src/shared/label-schemas'
import type { PolicyFrame } from '../../src/shared/labels'
import { cli, useBuiltCli } from '../helpers/cli'
import { useTempDirectory } from '../helpers/temp-directory'

useBuiltCli()

async function call<Name extends CallName>(backend: Backend, name: Name, input: CallInput<Name>): Promise<CallOutput<Name>> {
  const result = await backend.dispatch(name, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as CallOutput<Name>
}

async function withArticles(directory: string, count: number): Promise<Backend> {
  const backend = createBackend(join(directory, 'c.sqlite'))
  const lines = Array.from({ length: count }, (_, index) =>
    JSON.stringify({ title: `Harbour story ${index + 1}`, outlet: index < 2 ? 'Harbour Post' : 'Daily Ledger', text: `The harbour board met on day ${index + 1} and agreed item ${index * 7 + 3}.` })
  )
  await call(backend, 'import.upload', { files: [{ fileName: 'a.jsonl', content: lines.join('\n') }] })
  return backend
}

/** Writes what a Slant run would have stored for an article: its frames (most signalled first), goals and framing score. */
function machineValues(backend: Backend, articleId: number, values: { frames: string[]; goals: number[]; framing?: number }): void {
  const { db } = backend
  db.prepare("INSERT OR IGNORE INTO analysis_runs (id, analyzer, version, origin, label) VALUES (1, 'slant', 'test', 'slant', 'test run')").run()
  const frames = values.frames.map((frame, index) => ({ frame, matches: 5 - index, cues: [`cue ${index + 1}`] }))
  db.prepare('INSERT INTO article_analyses (run_id, article_id, details) VALUES (1, ?, ?)').run(articleId, JSON.stringify({ wordCount: 12, frames }))
  for (const goal of values.goals) db.prepare("INSERT INTO article_sdgs (run_id, article_id, goal, direction, relevance, rationale) VALUES (1, ?, ?, 'positive', 'direct', 'a passage')").run(articleId, goal)
  if (values.framing !== undefined) db.prepare("INSERT INTO article_scores (run_id, article_id, dimension, score, rationale) VALUES (1, ?, 'framing', ?, 'machine')").run(articleId, values.framing)
}

type SdgEdit = Extract<LabelEdit, { scheme: 'sdg' }>
type FrameEdit = Extract<LabelEdit, { scheme: 'frame' }>

const goal = (articleId: number, number: number, present = true): SdgEdit =>
  present ? { articleId, scheme: 'sdg', goal: number, present, direction: 'positive', relevance: 'direct' } : { articleId, scheme: 'sdg', goal: number, present }
const frame = (articleId: number, name: PolicyFrame, primary = false): FrameEdit => ({ articleId, scheme: 'frame', frame: name, present: true, primary })

describe('goals and frames coded by hand', () => {
  const tempDirectory = useTempDirectory()

  it('keeps every edit, undoes and redoes one stack across scores and labels, and applies the final-value rule', async () => {
    const backend = await withArticles(tempDirectory(), 3)
    machineValues(backend, 1, { frames: ['economic', 'political'], goals: [13] })
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    const ben = await call(backend, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    expect(await backend.dispatch('labels.record', goal(1, 13))).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Pick or create a coder/) } })
    await call(backend, 'settings.update', { coderId: ana.id })

    // Nobody coded yet: the machine's sets, said to be the machine's.
    let labels = await call(backend, 'labels.forArticle', { articleId: 1 })
    expect(labels.frames).toMatchObject({ source: 'machine', value: { frames: [{ frame: 'economic' }, { frame: 'political' }], primary: 'economic' }, machine: { runId: 1 } })
    expect(labels.sdgs).toMatchObject({ source: 'machine', value: { goals: [{ goal: 13, name: 'Climate Action' }] } })

    // Invalid edits are refused with a reason.
    expect(await backend.dispatch('labels.record', { articleId: 1, scheme: 'sdg', goal: 13, present: true })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('direction') } })
    expect(await backend.dispatch('labels.record', { articleId: 1, scheme: 'sdg', goal: 18, present: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await backend.dispatch('labels.record', { articleId: 1, scheme: 'frame', frame: 'weather', present: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await backend.dispatch('labels.record', { articleId: 1, scheme: 'frame', frame: 'economic', present: false, primary: true })).toMatchObject({ ok: false })
    expect(await backend.dispatch('labels.record', { ...goal(99, 3) })).toMatchObject({ ok: false, error: { code: 'not_found' } })

    await call(backend, 'labels.record', { ...goal(1, 7), rationale: 'the new turbines' })
    await call(backend, 'labels.record', frame(1, 'economic', true))
    await call(backend, 'labels.record', frame(1, 'morality', true))
    await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 3 })
    labels = await call(backend, 'labels.forArticle', { articleId: 1 })
    expect(labels.sdgs).toMatchObject({ source: 'human', value: { goals: [{ goal: 7, rationale: 'the new turbines' }] }, machine: { goals: [{ goal: 13 }] } })
    // The frame marked primary last is the primary one.
    expect(labels.frames).toMatchObject({ source: 'human', value: { frames: [{ frame: 'economic' }, { frame: 'morality' }], primary: 'morality' } })

    // One stack: the score first, then the primary mark, giving the earlier primary frame back.
    expect(await call(backend, 'coding.undo', {})).toMatchObject({ kind: 'score', judgment: { action: 'undo', value: null } })
    expect(await call(backend, 'coding.undo', {})).toMatchObject({ kind: 'label', label: { action: 'undo', label: 'morality', present: null } })
    expect((await call(backend, 'labels.forArticle', { articleId: 1 })).frames.value).toMatchObject({ frames: [{ frame: 'economic' }], primary: 'economic' })
    // The scores-only undo refuses to skip over a newer label edit.
    expect(await call(backend, 'judgments.undo', {})).toBeNull()
    expect(await call(backend, 'coding.undo', {})).toMatchObject({ kind: 'label', label: { label: 'economic', present: null } })
    expect(await call(backend, 'coding.undo', {})).toMatchObject({ kind: 'label', label: { label: '7', present: null } })
    expect(await call(backend, 'coding.undo', {})).toBeNull()
    // Everything withdrawn: the machine's sets again.
    expect((await call(backend, 'labels.forArticle', { articleId: 1 })).sdgs.source).toBe('machine')
    expect(await call(backend, 'coding.redo', {})).toMatchObject({ kind: 'label', label: { action: 'redo', label: '7', present: true, direction: 'positive', rationale: 'the new turbines' } })
    expect(await call(backend, 'coding.redo', {})).toMatchObject({ kind: 'label', label: { label: 'economic', primary: true } })
    // A new edit empties the redo stack, whichever kind it is.
    await call(backend, 'judgments.record', { articleId: 2, dimension: 'framing', value: 2 })
    expect(await call(backend, 'coding.redo', {})).toBeNull()
    const history = (await call(backend, 'labels.forArticle', { articleId: 1 })).history
    expect(history.map((row) => `${row.coderName}:${row.action}:${row.label}:${row.present}`)).toEqual([
      'Ana Ruiz:redo:economic:true',
      'Ana Ruiz:redo:7:true',
      'Ana Ruiz:undo:7:null',
      'Ana Ruiz:undo:economic:null',
      'Ana Ruiz:undo:morality:null',
      'Ana Ruiz:edit:morality:true',
      'Ana Ruiz:edit:economic:true',
      'Ana Ruiz:edit:7:true'
    ])
    expect(history[0]?.replacesId).toBe(history[3]?.id)

    // Removing is a row too; another coder with the same set makes a consensus, a different one does not.
    await call(backend, 'labels.record', { ...goal(1, 13) })
    await call(backend, 'labels.record', goal(1, 13, false))
    await call(backend, 'settings.update', { coderId: ben.id })
    expect(await call(backend, 'coding.undo', {})).toBeNull()
    await call(backend, 'labels.record', goal(1, 7))
    await call(backend, 'labels.record', frame(1, 'economic', true))
    labels = await call(backend, 'labels.forArticle', { articleId: 1 })
    expect(labels.sdgs).toMatchObject({ source: 'consensus', value: { goals: [{ goal: 7 }] }, humans: [{ coderName: 'Ana Ruiz' }, { coderName: 'Ben Okoro' }] })
    expect(labels.frames).toMatchObject({ source: 'consensus', value: { primary: 'economic' } })
    await call(backend, 'labels.record', { ...goal(1, 7), direction: 'negative' })
    expect((await call(backend, 'labels.forArticle', { articleId: 1 })).sdgs).toMatchObject({ source: 'human', value: { goals: [{ goal: 7, direction: 'negative' }] } })
    // An adjudicated set settles it.
    await call(backend, 'labels.record', { ...goal(1, 7), kind: 'adjudication', rationale: 'the plan is framed as a gain' })
    labels = await call(backend, 'labels.forArticle', { articleId: 1 })
    expect(labels.sdgs).toMatchObject({ source: 'adjudicated', value: { goals: [{ goal: 7, direction: 'positive' }] }, adjudication: { coderNames: ['Ben Okoro'] } })

    // The articles export reports the final sets and their sources; an uncoded article the machine's or nothing.
    const rows = [...articleRows(backend.db)]
    expect(rows[0]).toMatchObject({ article_id: 1, sdg_goals: '7 positive direct', sdg_goals_source: 'adjudicated', primary_frame: 'economic', frames: 'economic', frames_source: 'consensus' })
    expect(rows[1]).toMatchObject({ article_id: 2, sdg_goals: null, sdg_goals_source: null, primary_frame: null, frames_source: null })
    expect(await backend.dispatch('labels.forArticle', { articleId: 42 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    backend.close()
  })

  it('reports nominal agreement on primary frames and goals, overall and by outlet, with the machine against the coders', async () => {
    const directory = tempDirectory()
    const backend = await withArticles(directory, 4)
    machineValues(backend, 1, { frames: ['economic'], goals: [13, 7], framing: 2 })
    machineValues(backend, 2, { frames: ['political', 'morality'], goals: [3], framing: 4 })
    machineValues(backend, 3, { frames: ['economic'], goals: [], framing: 5 })
    const coders = []
    for (const name of ['Ana Ruiz', 'Ben Okoro']) coders.push(await call(backend, 'coders.create', { name, initials: name.slice(0, 2), colour: '#336699' }))
    const primaries: PolicyFrame[][] = [
      ['economic', 'morality', 'political', 'economic'],
      ['economic', 'political', 'political', 'economic']
    ]
    const goals = [
      [[13], [3, 13]],
      [[13], [3]]
    ]
    const framing = [
      [3, 2, 4, 1],
      [3, 3, 4, 1]
    ]
    // Ana codes everything first, so Ben is the latest coder wherever they differ.
    for (const [index, coder] of coders.entries()) {
      await call(backend, 'settings.update', { coderId: coder.id })
      for (const [article, primary] of (primaries[index] as PolicyFrame[]).entries()) await call(backend, 'labels.record', frame(article + 1, primary, true))
      for (const [article, list] of (goals[index] as number[][]).entries()) for (const number of list) await call(backend, 'labels.record', goal(article + 1, number))
      for (const [article, value] of (framing[index] as number[]).entries()) await call(backend, 'judgments.record', { articleId: article + 1, dimension: 'framing', value })
    }

    const frames = await call(backend, 'agreement.report', { dimension: 'frames' })
    // Units (e,e) (m,p) (p,p) (e,e): 8 values, e 4, p 3, m 1. Observed disagreement 2/8; expected
    // 2 (4x3 + 4x1 + 3x1) / (8 x 7) = 38/56; alpha 1 - (2/8)/(38/56) = 12/19.
    expect(frames).toMatchObject({ dimension: 'frames', kappa: 'unweighted', coders: ['Ana Ruiz', 'Ben Okoro'], unitsCoded: 4, unitsCodedByTwoOrMore: 4, percentAgreement: 0.75, alphaOrdinal: null })
    expect(frames.alphaNominal).toBeCloseTo(12 / 19, 3)
    // Cohen's kappa: agreement 3/4, by chance (2x2 + 1x0 + 1x2)/16 = 0.375; (0.75 - 0.375) / 0.625 = 0.6.
    expect(frames.pairs).toEqual([{ first: 'Ana Ruiz', second: 'Ben Okoro', units: 4, weightedKappa: 0.6, percentAgreement: 0.75 }])
    // The machine against the reference (consensus, else Ben, the latest): e/e, p/p, e/p; article 4 has no machine value.
    expect(frames.confusion).toEqual({ labels: ['economic', 'political'], counts: [[1, 1], [0, 1]], units: 3, agreement: 0.667 })
    expect(frames.machineAgainstHuman).toEqual({ units: 3, meanAbsoluteError: null, meanSignedError: null })
    expect(frames.disagreements).toEqual([{ articleId: 2, title: 'Harbour story 2', spread: 3, values: [{ coder: 'Ana Ruiz', value: 'primary morality' }, { coder: 'Ben Okoro', value: 'primary political' }] }])
    // By outlet. Harbour Post (e,e) (m,p): e 2, m 1, p 1; observed 2/4, expected 2 (2 + 2 + 1) / 12; alpha 1 - 0.5 / (10/12) = 0.4.
    expect(frames.byOutlet.map((outlet) => [outlet.outlet, outlet.unitsCoded, outlet.alphaNominal, outlet.percentAgreement])).toEqual([
      ['Daily Ledger', 2, 1, 1],
      ['Harbour Post', 2, 0.4, 0.5]
    ])
    // Frames used, each present or absent: 4 articles x 15 frames, the two coders apart on article 2's morality and political.
    expect(frames.secondary).toMatchObject({ units: 60, percentAgreement: 0.967 })

    const sdgs = await call(backend, 'agreement.report', { dimension: 'sdgs' })
    // 2 articles x 17 goals = 34 units, 68 values, 5 of them present; one unit apart (article 2, goal 13).
    // Observed 2/68, expected 2 x 5 x 63 / (68 x 67); alpha 1 - 9112/42840 = 248/315.
    expect(sdgs).toMatchObject({ dimension: 'sdgs', unitsCoded: 2, unitsCodedByTwoOrMore: 2, percentAgreement: 0.971 })
    expect(sdgs.alphaNominal).toBeCloseTo(248 / 315, 3)
    // The machine adds goal 7 to article 1 that no coder has: one of 34 units wrong, and wrong by adding.
    expect(sdgs.machineAgainstHuman).toEqual({ units: 34, meanAbsoluteError: 0.029, meanSignedError: 0.029 })
    expect(sdgs.confusion).toEqual({ labels: ['absent', 'present'], counts: [[31, 0], [1, 2]], units: 34, agreement: 0.971 })
    expect(sdgs.byOutlet.map((outlet) => outlet.outlet)).toEqual(['Harbour Post'])

    // Scores by outlet: machine minus the reference is -1 and +1 for Harbour Post, +1 for Daily Ledger.
    const scores = await call(backend, 'agreement.report', { dimension: 'framing' })
    expect(scores.machineAgainstHuman).toEqual({ units: 3, meanAbsoluteError: 1, meanSignedError: 0.333 })
    expect(scores.confusion.counts[1]?.[2]).toBe(1)
    expect(scores.confusion.counts[3]?.[2]).toBe(1)
    expect(scores.confusion.counts[4]?.[3]).toBe(1)
    expect(scores.byOutlet.map((outlet) => [outlet.outlet, outlet.machineAgainstHuman])).toEqual([
      ['Daily Ledger', { units: 1, meanAbsoluteError: 1, meanSignedError: 1 }],
      ['Harbour Post', { units: 2, meanAbsoluteError: 1, meanSignedError: 0 }]
    ])
    backend.close()

    // The command line prints the same figures, the confusion matrix and each outlet.
    const printed = cli(['agreement', '--dimension', 'frames', '--db', join(directory, 'c.sqlite')])
    expect(printed.status).toBe(0)
    const lines = printed.stdout.split('\n')
    expect(lines[0]).toBe(
      "frames: 4 articles coded by 2 coders, 4 by two or more; Krippendorff's alpha nominal 0.632; percent agreement 0.750; alpha with the machine as a coder 0.412 (unit: an article's primary frame)"
    )
    expect(lines).toContain('  Ana Ruiz / Ben Okoro: 4 shared articles, kappa 0.600, agreement 0.750')
    expect(lines).toContain('  machine against human on 3 articles: the same primary frame in 0.667')
    expect(lines).toContain('    machine \\ human     1     2')
    expect(lines).toContain(`    ${'1'.padEnd(15)}     1     1`)
    expect(lines).toContain(`    ${'2'.padEnd(15)}     0     1`)
    expect(lines).toContain('    1 economic; 2 political')
    expect(lines).toContain("    Harbour Post: 2 articles, 2 by two or more; Krippendorff's alpha nominal 0.400; percent agreement 0.500; machine against human on 2 articles: the same primary frame in 1.000")
    const scoreLines = cli(['agreement', '--dimension', 'framing', '--db', join(directory, 'c.sqlite')]).stdout
    expect(scoreLines).toContain('  machine against human on 3 articles: mean absolute error 1.000, mean signed error 0.333 (machine minus human)')
    expect(scoreLines).toContain('    Daily Ledger: 2 articles, 2 by two or more')
  })

  it("stamps one coder's edits in strict order across both tables, even when the clock stands still or goes back", async () => {
    const backend = await withArticles(tempDirectory(), 1)
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    await call(backend, 'settings.update', { coderId: ana.id })
    // A score from a machine whose clock ran an hour ahead (a merged coder file, say).
    const ahead = new Date(Date.now() + 3_600_000).toISOString()
    backend.db
      .prepare("INSERT INTO judgments (uid, article_id, coder_id, dimension, value, created_at) VALUES ('clock-ahead-1', 1, ?, 'omission', 2, ?)")
      .run(ana.id, ahead)
    const first = await call(backend, 'labels.record', goal(1, 4))
    const second = await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 3 })
    const third = await call(backend, 'labels.record', frame(1, 'morality', true))
    expect(first.createdAt > ahead).toBe(true)
    expect(second.createdAt > first.createdAt).toBe(true)
    expect(third.createdAt > second.createdAt).toBe(true)
    // So the stack unwinds in the order the edits were made: frame, score, goal, then the early score.
    expect(await call(backend, 'coding.undo', {})).toMatchObject({ kind: 'label', label: { label: 'morality' } })
    expect(await call(backend, 'coding.undo', {})).toMatchObject({ kind: 'score', judgment: { dimension: 'language' } })
    expect(await call(backend, 'coding.undo', {})).toMatchObject({ kind: 'label', label: { label: '4' } })
    expect(await call(backend, 'coding.undo', {})).toMatchObject({ kind: 'score', judgment: { dimension: 'omission', value: null } })
    backend.close()
  })
})
