import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../src/main/api/backend'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import { listArticles } from '../../src/main/corpus/article-queries'
import { articleRows } from '../../src/main/export/analysis-tables'
import { cli, useBuiltCli } from '../helpers/cli'
import { useTempDirectory } from '../helpers/temp-directory'

useBuiltCli()

/** Calls through the dispatcher (so inputs are validated as in the app) and unwraps the typed result. */
async function call<Name extends CallName>(backend: Backend, name: Name, input: CallInput<Name>): Promise<CallOutput<Name>> {
  const result = await backend.dispatch(name, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as CallOutput<Name>
}

async function withArticles(directory: string, count: number): Promise<Backend> {
  const backend = createBackend(join(directory, 'c.sqlite'))
  const lines = Array.from({ length: count }, (_, index) => JSON.stringify({ title: `Council story ${index + 1}`, text: `The council met on day ${index + 1} and voted on item ${index * 7 + 3}.` }))
  await call(backend, 'import.upload', { files: [{ fileName: 'a.jsonl', content: lines.join('\n') }] })
  return backend
}

describe('coding by hand', () => {
  const tempDirectory = useTempDirectory()

  it('needs a coder, keeps every edit, undoes and redoes only the coder\'s own, and applies the final-value rule', async () => {
    const backend = await withArticles(tempDirectory(), 2)
    const refused = await backend.dispatch('judgments.record', { articleId: 1, dimension: 'language', value: 3 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Pick or create a coder first/) } })
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'ar', colour: '#aa3366' })
    const ben = await call(backend, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    expect(ana.initials).toBe('AR')
    expect(await backend.dispatch('coders.create', { name: 'ana ruiz', initials: 'X', colour: '#000000' })).toMatchObject({ ok: false })

    await call(backend, 'settings.update', { coderId: ana.id })
    await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 2, rationale: 'a few loaded terms' })
    await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 4, rationale: 'loaded throughout', confidence: 0.7 })
    let scores = await call(backend, 'articles.finalScores', { id: 1 })
    expect(scores.find((score) => score.dimension === 'language')).toMatchObject({ value: 4, source: 'human', humans: [{ coderName: 'Ana Ruiz', value: 4, confidence: 0.7 }] })

    // Undo restores the value before; a second undo withdraws it; redo brings it back. Nothing is deleted.
    expect(await call(backend, 'judgments.undo', {})).toMatchObject({ action: 'undo', value: 2, rationale: 'a few loaded terms' })
    expect(await call(backend, 'judgments.undo', {})).toMatchObject({ action: 'undo', value: null })
    expect(await call(backend, 'judgments.undo', {})).toBeNull()
    expect((await call(backend, 'articles.finalScores', { id: 1 })).find((score) => score.dimension === 'language')).toMatchObject({ value: null, source: null })
    expect(await call(backend, 'judgments.redo', {})).toMatchObject({ action: 'redo', value: 2 })
    expect(await call(backend, 'judgments.redo', {})).toMatchObject({ action: 'redo', value: 4 })
    expect(await call(backend, 'judgments.redo', {})).toBeNull()
    const history = await call(backend, 'judgments.history', { articleId: 1 })
    expect(history.map((row) => `${row.action}:${row.value}`)).toEqual(['redo:4', 'redo:2', 'undo:null', 'undo:2', 'edit:4', 'edit:2'])

    // Another coder's undo never touches Ana's values.
    await call(backend, 'settings.update', { coderId: ben.id })
    expect(await call(backend, 'judgments.undo', {})).toBeNull()
    await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 4 })
    scores = await call(backend, 'articles.finalScores', { id: 1 })
    expect(scores.find((score) => score.dimension === 'language')).toMatchObject({ value: 4, source: 'consensus' })
    // The table says which step of the rule each score comes from, as the article view does.
    const tableScore = () => {
      const row = listArticles(backend.db, { sort: 'published_at', direction: 'asc', offset: 0, limit: 10 }).rows.find((candidate) => candidate.id === 1)
      return [row?.languageBias, row?.languageBiasSource, row?.framingBiasSource]
    }
    expect(tableScore()).toEqual([4, 'consensus', null])
    await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 3 })
    expect((await call(backend, 'articles.finalScores', { id: 1 })).find((score) => score.dimension === 'language')).toMatchObject({ value: 3, source: 'human' })
    expect(tableScore()).toEqual([3, 'human', null])
    // An adjudication settles it.
    await call(backend, 'judgments.record', { articleId: 1, dimension: 'language', value: 4, kind: 'adjudication', rationale: 'loaded terms in the headline' })
    expect((await call(backend, 'articles.finalScores', { id: 1 })).find((score) => score.dimension === 'language')).toMatchObject({
      value: 4,
      source: 'adjudicated',
      adjudication: { coderName: 'Ben Okoro', note: 'loaded terms in the headline' }
    })
    expect(tableScore()).toEqual([4, 'adjudicated', null])
    // The table shows, filters and sorts by the final value too.
    const page = listArticles(backend.db, { filters: { languageBias: [4] }, sort: 'language_bias', direction: 'desc', offset: 0, limit: 10 })
    expect(page.rows.map((row) => [row.id, row.languageBias])).toEqual([[1, 4]])
    // The articles export reports the final value and says where it came from.
    const [first, second] = [...articleRows(backend.db)]
    expect(first).toMatchObject({ article_id: 1, language_bias: 4, language_bias_source: 'adjudicated', language_bias_machine: null, framing_bias: null, framing_bias_source: null })
    expect(second).toMatchObject({ article_id: 2, language_bias: null, language_bias_source: null })
    // Deleting the article and undoing the delete brings every judgment back, undo chain included.
    const before = await call(backend, 'judgments.history', { articleId: 1 })
    expect(before).toHaveLength(9)
    const deleted = await call(backend, 'articles.delete', { ids: [1] })
    expect(await call(backend, 'judgments.history', { articleId: 1 })).toEqual([])
    await call(backend, 'articles.restore', { batchId: deleted.batchId })
    expect(await call(backend, 'judgments.history', { articleId: 1 })).toEqual(before)
    backend.close()
  })

  it('reports agreement between coders and pair by pair, in the app and from the CLI', async () => {
    const directory = tempDirectory()
    const path = join(directory, 'c.sqlite')
    const backend = await withArticles(directory, 4)
    const coders = []
    for (const name of ['Ana Ruiz', 'Ben Okoro']) coders.push(await call(backend, 'coders.create', { name, initials: name.slice(0, 2), colour: '#336699' }))
    const scores = [
      [1, 1],
      [3, 3],
      [4, 5],
      [2, 2]
    ]
    for (const [index, coder] of coders.entries()) {
      await call(backend, 'settings.update', { coderId: coder.id })
      for (const [article, pair] of scores.entries()) await call(backend, 'judgments.record', { articleId: article + 1, dimension: 'framing', value: pair[index] as number })
    }
    const report = await call(backend, 'agreement.report', { dimension: 'framing' })
    expect(report).toMatchObject({ coders: ['Ana Ruiz', 'Ben Okoro'], unitsCoded: 4, unitsCodedByTwoOrMore: 4, percentAgreement: 0.75 })
    expect(report.alphaInterval).toBeGreaterThan(0.8)
    expect(report.pairs).toEqual([{ first: 'Ana Ruiz', second: 'Ben Okoro', units: 4, weightedKappa: expect.any(Number), percentAgreement: 0.75 }])
    // No machine scores here: the machine adds nothing to compare.
    expect(report.machineAgainstHuman).toEqual({ units: 0, meanAbsoluteError: null, meanSignedError: null })
    expect(report.disagreements).toEqual([{ articleId: 3, title: 'Council story 3', spread: 1, values: [{ coder: 'Ana Ruiz', value: 4 }, { coder: 'Ben Okoro', value: 5 }] }])
    backend.close()

    const printed = cli(['agreement', '--dimension', 'framing', '--db', path])
    expect(printed.status).toBe(0)
    expect(printed.stdout).toMatch(/^framing: 4 articles coded by 2 coders, 4 by two or more; Krippendorff's alpha ordinal 0\.\d{3}, interval 0\.\d{3}; percent agreement 0\.750/)
    expect(printed.stdout).toMatch(/ {2}Ana Ruiz \/ Ben Okoro: 4 shared articles, weighted kappa \(quadratic\) 0\.\d{3}, agreement 0\.750/)
    expect(cli(['agreement', '--dimension', 'tone', '--db', path]).status).toBe(2)
    expect(cli(['agreement', '--dimension', 'language', '--db', path])).toMatchObject({ status: 1, stdout: expect.stringContaining('language: no article has a human value yet.') })
  })
})
