import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../src/main/api/backend'
import { articleRows } from '../../src/main/export/analysis-tables'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import { useTempDirectory } from '../helpers/temp-directory'

async function call<Name extends CallName>(backend: Backend, name: Name, input: CallInput<Name>): Promise<CallOutput<Name>> {
  const result = await backend.dispatch(name, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as CallOutput<Name>
}

async function withArticles(directory: string, count: number): Promise<Backend> {
  const backend = createBackend(join(directory, 'c.sqlite'))
  const lines = Array.from({ length: count }, (_, index) => JSON.stringify({ title: `Council story ${index + 1}`, outlet: 'Herald', text: `The council met on day ${index + 1} and voted on item ${index * 7 + 3}.` }))
  await call(backend, 'import.upload', { files: [{ fileName: 'a.jsonl', content: lines.join('\n') }] })
  return backend
}

/** Records a coder's score as that coder. */
async function score(backend: Backend, coderId: number, articleId: number, dimension: 'framing' | 'language' | 'omission', value: number, rationale?: string): Promise<void> {
  await call(backend, 'settings.update', { coderId })
  await call(backend, 'judgments.record', { articleId, dimension, value, ...(rationale ? { rationale } : {}) })
}

describe('adjudication', () => {
  const tempDirectory = useTempDirectory()

  it('lists the units coders disagree on, shows each value and rationale, and records the final value with a note', async () => {
    const backend = await withArticles(tempDirectory(), 4)
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    const ben = await call(backend, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    const cleo = await call(backend, 'coders.create', { name: 'Cleo Park', initials: 'CP', colour: '#33aa66' })
    await score(backend, ana.id, 1, 'language', 2, 'a few loaded terms')
    await score(backend, ben.id, 1, 'language', 5, 'slurs in the headline')
    await score(backend, ana.id, 1, 'framing', 3)
    await score(backend, ben.id, 1, 'framing', 3)
    await score(backend, ana.id, 2, 'framing', 2)
    await score(backend, ben.id, 2, 'framing', 3)
    // One coder alone is no disagreement.
    await score(backend, ana.id, 3, 'omission', 4)

    const open = await call(backend, 'adjudication.units', {})
    expect(open.total).toBe(2)
    expect(open.units.map((unit) => [unit.articleId, unit.dimension, unit.spread, unit.source])).toEqual([
      [1, 'language', 3, 'human'],
      [2, 'framing', 1, 'human']
    ])
    expect(open.units[0]?.values).toEqual([
      { coderName: 'Ana Ruiz', value: 2 },
      { coderName: 'Ben Okoro', value: 5 }
    ])
    expect((await call(backend, 'adjudication.units', { dimension: 'framing' })).units.map((unit) => unit.articleId)).toEqual([2])

    const unit = await call(backend, 'adjudication.unit', { articleId: 1, dimension: 'language' })
    expect(unit).toMatchObject({ article: { id: 1, title: 'Council story 1', outletName: 'Herald' }, dimension: 'language', disagreement: true, score: { value: 5, source: 'human' } })
    expect(unit.score.humans.map((human) => [human.coderName, human.value, human.rationale])).toEqual([
      ['Ana Ruiz', 2, 'a few loaded terms'],
      ['Ben Okoro', 5, 'slurs in the headline']
    ])

    // The adjudicator (here a third coder) must say why.
    await call(backend, 'settings.update', { coderId: cleo.id })
    expect(await backend.dispatch('adjudication.record', { articleId: 1, dimension: 'language', value: 4, note: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const settled = await call(backend, 'adjudication.record', { articleId: 1, dimension: 'language', value: 4, note: 'one slur, otherwise loaded' })
    expect(settled.score).toMatchObject({ value: 4, source: 'adjudicated', adjudication: { coderName: 'Cleo Park', value: 4, note: 'one slur, otherwise loaded' } })
    expect(await backend.dispatch('adjudication.record', { articleId: 4, dimension: 'language', value: 4, note: 'nobody coded it' })).toMatchObject({
      ok: false,
      error: { message: 'Nobody has coded language bias on article 4: there is nothing to adjudicate.' }
    })

    // The list now separates open and settled units, and every view of the value uses the rule.
    expect((await call(backend, 'adjudication.units', {})).units.map((row) => row.articleId)).toEqual([2])
    expect((await call(backend, 'adjudication.units', { status: 'adjudicated' })).units).toMatchObject([{ articleId: 1, dimension: 'language', finalValue: 4, source: 'adjudicated' }])
    expect((await call(backend, 'adjudication.units', { status: 'all' })).total).toBe(2)
    const [first] = [...articleRows(backend.db)]
    expect(first).toMatchObject({ article_id: 1, language_bias: 4, language_bias_source: 'adjudicated', framing_bias: 3, framing_bias_source: 'consensus' })
    backend.close()
  })

  it('narrows the units to a coding queue', async () => {
    const backend = await withArticles(tempDirectory(), 6)
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    const ben = await call(backend, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    await call(backend, 'searches.save', { name: 'Day 2', query: '"day 2"' })
    const [search] = await call(backend, 'searches.list', {})
    const queue = await call(backend, 'queues.create', { name: 'Day two', sample: { kind: 'search', savedSearchId: search?.id ?? 0 } })
    expect(queue.size).toBe(1)
    for (const articleId of [2, 5]) {
      await score(backend, ana.id, articleId, 'omission', 1)
      await score(backend, ben.id, articleId, 'omission', 3)
    }
    expect((await call(backend, 'adjudication.units', {})).units.map((unit) => unit.articleId)).toEqual([2, 5])
    expect((await call(backend, 'adjudication.units', { queueId: queue.id })).units.map((unit) => unit.articleId)).toEqual([2])
    backend.close()
  })
})
