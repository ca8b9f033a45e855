import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../src/main/api/backend'
import { useTempDirectory } from '../helpers/temp-directory'

const ARTICLES = [
  { title: 'Rates held', text: 'The central bank held rates at four percent on Thursday.', outlet: 'Money Wire', published_at: '2025-03-06', language: 'en', tags: ['economy'] },
  { title: 'Rates cut hopes fade', text: 'Hopes of a rate cut faded as inflation stayed stubborn.', outlet: 'Daily One', published_at: '2025-03-07T09:00:00Z', language: 'en', tags: ['economy', 'opinion'] },
  { title: 'Leitzins bleibt', text: 'Die Zentralbank lässt den Leitzins unverändert bei vier Prozent.', outlet: 'Zeitung', published_at: '2025-03-06', language: 'de' },
  { title: 'Heatwave', text: 'Temperatures passed forty degrees in the south on Sunday.', outlet: 'Daily One', published_at: '2025-07-13' },
  { title: 'Water limits', text: 'Hosepipe bans began in three regions as reservoirs fell.', outlet: 'Daily One', published_at: '2025-07-20', tags: ['climate'] }
]

async function seeded(directory: string): Promise<Backend> {
  const backend = createBackend(join(directory, 'c.sqlite'))
  await backend.dispatch('import.upload', { files: [{ fileName: 'seed.jsonl', content: ARTICLES.map((article) => JSON.stringify(article)).join('\n') }] })
  return backend
}

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}

describe('filters, facets and selection scope', () => {
  const tempDirectory = useTempDirectory()

  it('filters by outlet, language, tag and date range, alone and with a search', async () => {
    const backend = await seeded(tempDirectory())
    const titles = async (input: object) =>
      (await value<{ rows: { title: string }[] }>(backend.dispatch('articles.list', { sort: 'title', direction: 'asc', ...input }))).rows.map((row) => row.title)
    const outlets = await value<{ id: number; name: string }[]>(backend.dispatch('outlets.list', {}))
    const dailyOne = outlets.find((outlet) => outlet.name === 'Daily One')?.id as number
    expect(await titles({ filters: { outletIds: [dailyOne] } })).toEqual(['Heatwave', 'Rates cut hopes fade', 'Water limits'])
    expect(await titles({ filters: { languages: ['de'] } })).toEqual(['Leitzins bleibt'])
    expect(await titles({ filters: { languages: [''] } })).toEqual(['Heatwave', 'Water limits'])
    expect(await titles({ filters: { tags: ['ECONOMY'] } })).toEqual(['Rates cut hopes fade', 'Rates held'])
    expect(await titles({ filters: { dateFrom: '2025-03-06', dateTo: '2025-03-07' } })).toEqual(['Leitzins bleibt', 'Rates cut hopes fade', 'Rates held'])
    expect(await titles({ filters: { dateTo: '2025-03-06' } })).toEqual(['Leitzins bleibt', 'Rates held'])
    expect(await titles({ query: 'rate*', filters: { outletIds: [dailyOne] } })).toEqual(['Rates cut hopes fade'])
    const ranked = await value<{ total: number }>(backend.dispatch('articles.list', { query: 'rates', sort: 'relevance', filters: { tags: ['opinion'] } }))
    expect(ranked.total).toBe(1)
    backend.close()
  })

  it('counts facets under every filter but their own', async () => {
    const backend = await seeded(tempDirectory())
    const outlets = await value<{ id: number; name: string }[]>(backend.dispatch('outlets.list', {}))
    const dailyOne = outlets.find((outlet) => outlet.name === 'Daily One')?.id as number
    const facets = await value<{
      total: number
      outlets: { label: string; count: number }[]
      languages: { value: string | null; count: number }[]
      tags: { value: string; count: number }[]
      analysed: { analysed: number; notAnalysed: number }
      dates: { first: string; last: string }
    }>(backend.dispatch('articles.facets', { filters: { outletIds: [dailyOne] } }))
    expect(facets.total).toBe(3)
    // The outlet facet ignores the outlet filter, so every outlet keeps its count.
    expect(facets.outlets.map((facet) => [facet.label, facet.count])).toEqual([
      ['Daily One', 3],
      ['Money Wire', 1],
      ['Zeitung', 1]
    ])
    expect(facets.languages).toEqual(expect.arrayContaining([{ value: null, label: 'unknown', count: 2 }, { value: 'en', label: 'en', count: 1 }]))
    expect(facets.tags.map((facet) => [facet.value, facet.count])).toEqual([
      ['climate', 1],
      ['economy', 1],
      ['opinion', 1]
    ])
    expect(facets.analysed).toEqual({ analysed: 0, notAnalysed: 3 })
    expect(facets.dates).toEqual({ first: '2025-03-07', last: '2025-07-20' })
    expect(await value<number[]>(backend.dispatch('articles.ids', { query: 'rates' }))).toEqual([1, 2])
    backend.close()
  })

  it('tags and untags a selection, and deletes it with an exact undo', async () => {
    const backend = await seeded(tempDirectory())
    expect(await value(backend.dispatch('articles.tag', { ids: [1, 3, 999], tag: 'review' }))).toEqual({ changed: 2 })
    expect(await value(backend.dispatch('tags.list', {}))).toEqual(expect.arrayContaining([{ name: 'review', count: 2 }]))
    expect(await value(backend.dispatch('articles.untag', { ids: [1], tag: 'Review' }))).toEqual({ changed: 1 })
    const before = await value<{ tags: string[]; text: string }>(backend.dispatch('articles.get', { id: 2 }))
    const deleted = await value<{ batchId: number; deleted: number }>(backend.dispatch('articles.delete', { ids: [2, 3] }))
    expect(deleted.deleted).toBe(2)
    expect((await value<{ total: number }>(backend.dispatch('articles.list', {}))).total).toBe(3)
    expect((await value<{ total: number }>(backend.dispatch('articles.list', { query: 'inflation' }))).total).toBe(0)
    expect(await value(backend.dispatch('articles.restore', { batchId: deleted.batchId }))).toEqual({ restored: 2 })
    expect(await value(backend.dispatch('articles.get', { id: 2 }))).toEqual(before)
    expect((await value<{ total: number }>(backend.dispatch('articles.list', { query: 'inflation' }))).total).toBe(1)
    expect(await backend.dispatch('articles.restore', { batchId: deleted.batchId })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    backend.close()
  })

  it('saves, replaces and deletes searches', async () => {
    const backend = await seeded(tempDirectory())
    const saved = await value<{ id: number; name: string }>(backend.dispatch('searches.save', { name: 'Rates', query: 'rate*', filters: { languages: ['en'] } }))
    await value(backend.dispatch('searches.save', { name: 'rates', query: 'rates', filters: {} }))
    expect(await value(backend.dispatch('searches.list', {}))).toEqual([{ id: saved.id, name: 'Rates', query: 'rates', filters: {}, createdAt: expect.any(String) }])
    expect(await value(backend.dispatch('searches.delete', { id: saved.id }))).toEqual({ deleted: true })
    expect(await value(backend.dispatch('searches.list', {}))).toEqual([])
    backend.close()
  })
})

describe('editing outlets', () => {
  const tempDirectory = useTempDirectory()

  it('renames, sets details, maps domains, keeps attributes and merges', async () => {
    const backend = await seeded(tempDirectory())
    const outlets = await value<{ id: number; name: string }[]>(backend.dispatch('outlets.list', {}))
    const id = (name: string) => outlets.find((outlet) => outlet.name === name)?.id as number
    expect(await value(backend.dispatch('outlets.update', { id: id('Zeitung'), name: 'Die Zeitung', country: 'Germany', language: 'de' }))).toMatchObject({
      name: 'Die Zeitung',
      country: 'Germany',
      language: 'de'
    })
    expect(await backend.dispatch('outlets.update', { id: id('Zeitung'), name: 'daily one' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await value(backend.dispatch('outlets.addDomain', { id: id('Daily One'), domain: 'https://www.DailyOne.example/news' }))).toMatchObject({
      domains: ['dailyone.example']
    })
    expect(await backend.dispatch('outlets.addDomain', { id: id('Money Wire'), domain: 'dailyone.example' })).toMatchObject({
      ok: false,
      error: { message: 'dailyone.example already belongs to Daily One' }
    })
    await value(backend.dispatch('outlets.setAttribute', { id: id('Daily One'), name: 'lean', value: 'centre-left', source: 'AllSides 2025' }))
    await value(backend.dispatch('outlets.setAttribute', { id: id('Money Wire'), name: 'lean', value: 'centre', source: 'own rating' }))
    // Articles from the new domain now join Daily One.
    await backend.dispatch('import.upload', { files: [{ fileName: 'x.jsonl', content: JSON.stringify({ text: 'A new piece.', url: 'https://dailyone.example/a' }) }] })
    const merged = await value<{ name: string; articleCount: number; domains: string[]; attributes: { name: string; value: string }[] }>(
      backend.dispatch('outlets.merge', { fromId: id('Money Wire'), intoId: id('Daily One') })
    )
    expect(merged).toMatchObject({ name: 'Daily One', articleCount: 5, domains: ['dailyone.example'], attributes: [{ name: 'lean', value: 'centre-left', source: 'AllSides 2025' }] })
    expect((await value<unknown[]>(backend.dispatch('outlets.list', {}))).length).toBe(2)
    expect(await backend.dispatch('outlets.merge', { fromId: id('Daily One'), intoId: id('Daily One') })).toMatchObject({ ok: false })
    backend.close()
  })
})
