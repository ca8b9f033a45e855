import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../src/main/api/backend'
import { drawSample } from '../../src/main/annotation/queue-sampling'
import { seededRandom, shuffled } from '../../src/main/annotation/seeded-random'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import { useTempDirectory } from '../helpers/temp-directory'

/** Calls through the dispatcher (so inputs are validated as in the app) and unwraps the typed result. */
async function call<Name extends CallName>(backend: Backend, name: Name, input: CallInput<Name>): Promise<CallOutput<Name>> {
  const result = await backend.dispatch(name, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as CallOutput<Name>
}

/** A corpus of `perOutlet` articles for each outlet, titled "<outlet> story <n>". */
async function corpus(directory: string, perOutlet: Record<string, number>): Promise<Backend> {
  const backend = createBackend(join(directory, 'c.sqlite'))
  const lines = Object.entries(perOutlet).flatMap(([outlet, count]) =>
    Array.from({ length: count }, (_, index) =>
      JSON.stringify({ title: `${outlet} story ${index + 1}`, outlet, text: `${outlet} reported on day ${index + 1} that the council voted on item ${index * 7 + 3} of its budget.` })
    )
  )
  await call(backend, 'import.upload', { files: [{ fileName: 'a.jsonl', content: lines.join('\n') }] })
  return backend
}

function outletCounts(backend: Backend, ids: number[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const id of ids) {
    const { name } = backend.db.prepare('SELECT o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?').get(id) as { name: string }
    counts[name] = (counts[name] ?? 0) + 1
  }
  return counts
}

/** A machine score from one of Slant's own runs, as an analysis would store it. */
function machineScore(backend: Backend, articleId: number, dimension: string, score: number): void {
  backend.db.prepare("INSERT OR IGNORE INTO analysis_runs (id, analyzer, version, origin, label) VALUES (1, 'slant', 'test', 'slant', 'test run')").run()
  backend.db.prepare('INSERT INTO article_scores (run_id, article_id, dimension, score, rationale) VALUES (1, ?, ?, ?, ?)').run(articleId, dimension, score, 'machine rationale')
}

describe('seeded sampling', () => {
  it('shuffles the same way for the same seed and differently for another', () => {
    const items = Array.from({ length: 50 }, (_, index) => index)
    const first = shuffled(items, seededRandom(42))
    expect(shuffled(items, seededRandom(42))).toEqual(first)
    expect(shuffled(items, seededRandom(43))).not.toEqual(first)
    expect([...first].sort((a, b) => a - b)).toEqual(items)
  })
})

describe('coding queues', () => {
  const tempDirectory = useTempDirectory()

  it('draws a random sample that the same seed draws again, and never more articles than the corpus has', async () => {
    const backend = await corpus(tempDirectory(), { Herald: 10, Courier: 10 })
    const first = drawSample(backend.db, { kind: 'random', size: 5, seed: 7 })
    expect(first.articleIds).toHaveLength(5)
    expect(new Set(first.articleIds).size).toBe(5)
    expect(drawSample(backend.db, { kind: 'random', size: 5, seed: 7 }).articleIds).toEqual(first.articleIds)
    expect(drawSample(backend.db, { kind: 'random', size: 5, seed: 8 }).articleIds).not.toEqual(first.articleIds)
    expect(drawSample(backend.db, { kind: 'random', size: 500, seed: 7 }).articleIds).toHaveLength(20)

    const queue = await call(backend, 'queues.create', { name: 'Pilot', sample: { kind: 'random', size: 5, seed: 7 } })
    expect(queue).toMatchObject({ name: 'Pilot', size: 5, dimensions: ['framing', 'language', 'omission'], description: 'random sample, 5 articles, seed 7', sample: { kind: 'random', seed: 7, requestedSize: 5 } })
    const stored = (backend.db.prepare('SELECT article_id AS id FROM coding_queue_items WHERE queue_id = ? ORDER BY position').all(queue.id) as { id: number }[]).map((row) => row.id)
    expect(stored).toEqual(first.articleIds)
    // A seed is drawn and kept when none is given, so the sample can still be reproduced.
    const unseeded = await call(backend, 'queues.create', { name: 'Second', sample: { kind: 'random', size: 3 } })
    expect(unseeded.sample.seed).toBeGreaterThan(0)
    expect(drawSample(backend.db, { kind: 'random', size: 3, seed: unseeded.sample.seed }).articleIds).toEqual(
      (backend.db.prepare('SELECT article_id AS id FROM coding_queue_items WHERE queue_id = ? ORDER BY position').all(unseeded.id) as { id: number }[]).map((row) => row.id)
    )
    expect(await backend.dispatch('queues.create', { name: 'pilot', sample: { kind: 'random', size: 2 } })).toMatchObject({ ok: false, error: { message: 'A coding queue named "pilot" already exists.' } })
    expect(await backend.dispatch('queues.create', { name: 'Zero', sample: { kind: 'random', size: 0 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })

    // Deleting an article takes it out of the queue; undoing the deletion puts it back in its place.
    const deleted = await call(backend, 'articles.delete', { ids: [first.articleIds[2] as number] })
    expect((await call(backend, 'queues.list', {})).find((row) => row.id === queue.id)?.size).toBe(4)
    await call(backend, 'articles.restore', { batchId: deleted.batchId })
    expect((backend.db.prepare('SELECT article_id AS id FROM coding_queue_items WHERE queue_id = ? ORDER BY position').all(queue.id) as { id: number }[]).map((row) => row.id)).toEqual(first.articleIds)
    backend.close()
  })

  it('stratifies by outlet with equal numbers (a small outlet gives all it has) or in proportion', async () => {
    const backend = await corpus(tempDirectory(), { Herald: 12, Courier: 6, Gazette: 2 })
    const equal = drawSample(backend.db, { kind: 'stratified', size: 9, allocation: 'equal', seed: 3 })
    const equalCounts = outletCounts(backend, equal.articleIds)
    // Three each, but the Gazette has two: its missing unit goes to one of the others (the seed picks which).
    expect(equal.articleIds).toHaveLength(9)
    expect(equalCounts.Gazette).toBe(2)
    expect([equalCounts.Herald, equalCounts.Courier].sort()).toEqual([3, 4])
    const fuller = drawSample(backend.db, { kind: 'stratified', size: 10, allocation: 'equal', seed: 3 })
    const fullerCounts = outletCounts(backend, fuller.articleIds)
    expect(fuller.articleIds).toHaveLength(10)
    expect(fullerCounts.Gazette).toBe(2)
    expect(fullerCounts).toEqual({ Herald: 4, Courier: 4, Gazette: 2 })
    const proportional = drawSample(backend.db, { kind: 'stratified', size: 10, allocation: 'proportional', seed: 3 })
    expect(outletCounts(backend, proportional.articleIds)).toEqual({ Herald: 6, Courier: 3, Gazette: 1 })
    expect(drawSample(backend.db, { kind: 'stratified', size: 10, allocation: 'proportional', seed: 3 }).articleIds).toEqual(proportional.articleIds)
    const queue = await call(backend, 'queues.create', { name: 'By outlet', sample: { kind: 'stratified', size: 9, seed: 3 } })
    expect(queue.description).toBe('stratified by outlet (equal numbers), 9 articles, seed 3')
    expect((await call(backend, 'queues.sources', {})).outlets.map((outlet) => [outlet.name, outlet.articles])).toEqual([
      ['Herald', 12],
      ['Courier', 6],
      ['Gazette', 2]
    ])
    backend.close()
  })

  it('samples a saved search through its query and filters, and a story', async () => {
    const backend = await corpus(tempDirectory(), { Herald: 6, Courier: 6 })
    const herald = (backend.db.prepare("SELECT id FROM outlets WHERE name = 'Herald'").get() as { id: number }).id
    const search = await call(backend, 'searches.save', { name: 'Budget in the Herald', query: 'budget', filters: { outletIds: [herald] } })
    const queue = await call(backend, 'queues.create', { name: 'Herald budget', sample: { kind: 'search', savedSearchId: search.id } })
    expect(queue.size).toBe(6)
    expect(queue.sample.savedSearch).toMatchObject({ name: 'Budget in the Herald', query: 'budget', filters: { outletIds: [herald] } })
    const ids = (backend.db.prepare('SELECT article_id AS id FROM coding_queue_items WHERE queue_id = ?').all(queue.id) as { id: number }[]).map((row) => row.id)
    expect(outletCounts(backend, ids)).toEqual({ Herald: 6 })
    const some = await call(backend, 'queues.create', { name: 'Herald budget, four', sample: { kind: 'search', savedSearchId: search.id, size: 4, seed: 1 } })
    expect(some.description).toBe('saved search "Budget in the Herald", 4 articles of its matches, seed 1')
    const nothing = await call(backend, 'searches.save', { name: 'Nothing', query: 'zeppelin' })
    expect(await backend.dispatch('queues.create', { name: 'Empty', sample: { kind: 'search', savedSearchId: nothing.id } })).toMatchObject({
      ok: false,
      error: { message: 'The saved search "Nothing" matches no article now.' }
    })

    backend.db.prepare("INSERT INTO stories (id, label, first_date, last_date) VALUES (1, 'Council budget vote', '2025-01-01', '2025-01-02')").run()
    for (const articleId of [2, 8, 9]) backend.db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (?, 1)').run(articleId)
    const story = await call(backend, 'queues.create', { name: 'The vote', sample: { kind: 'story', storyId: 1 }, dimensions: ['omission'] })
    expect(story).toMatchObject({ size: 3, dimensions: ['omission'], description: 'story "Council budget vote", every article (3 articles)' })
    expect((await call(backend, 'queues.sources', {})).stories).toEqual([{ id: 1, label: 'Council budget vote', articles: 3 }])
    expect(await backend.dispatch('queues.create', { name: 'No story', sample: { kind: 'story', storyId: 99 } })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    backend.close()
  })

  it('keeps the machine and the other coders hidden until the coder has saved every dimension, and counts progress per coder', async () => {
    const backend = await corpus(tempDirectory(), { Herald: 3 })
    machineScore(backend, 1, 'language', 4)
    const ana = await call(backend, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    const ben = await call(backend, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    const queue = await call(backend, 'queues.create', { name: 'Blind', sample: { kind: 'random', size: 3, seed: 11 }, dimensions: ['framing', 'language'] })
    expect(await backend.dispatch('queues.item', { queueId: queue.id, position: 0 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Pick or create a coder first/) } })

    // Ben codes article 1 completely first.
    await call(backend, 'settings.update', { coderId: ben.id })
    const position = (await call(backend, 'queues.item', { queueId: queue.id, position: 0 })).article.id === 1 ? 0 : (await call(backend, 'queues.item', { queueId: queue.id, position: 1 })).article.id === 1 ? 1 : 2
    const benDone = await call(backend, 'queues.save', {
      queueId: queue.id,
      position,
      articleId: 1,
      scores: [
        { dimension: 'framing', value: 2, rationale: 'BEN-FRAMING-REASON' },
        { dimension: 'language', value: 5, rationale: 'BEN-LANGUAGE-REASON' }
      ]
    })
    expect(benDone.complete).toBe(true)
    expect(benDone.completedByMe).toBe(1)

    // Ana sees the article with none of Ben's values or the machine's until she has saved both dimensions.
    await call(backend, 'settings.update', { coderId: ana.id })
    const blind = await call(backend, 'queues.item', { queueId: queue.id, position })
    expect(blind).toMatchObject({ article: { id: 1, title: 'Herald story 1' }, complete: false, revealed: null, completedByMe: 0, firstIncomplete: 0, total: 3 })
    const sent = JSON.stringify(blind)
    expect(sent).not.toContain('BEN-')
    expect(sent).not.toContain('Ben Okoro')
    expect(sent).not.toContain('machine rationale')
    const half = await call(backend, 'queues.save', { queueId: queue.id, position, articleId: 1, scores: [{ dimension: 'framing', value: 3, rationale: 'one side first' }] })
    expect(half).toMatchObject({ complete: false, revealed: null, mine: [{ dimension: 'framing', value: 3, rationale: 'one side first' }, { dimension: 'language', value: null }] })
    expect(JSON.stringify(half)).not.toContain('BEN-')
    const done = await call(backend, 'queues.save', {
      queueId: queue.id,
      position,
      articleId: 1,
      scores: [
        { dimension: 'framing', value: 3, rationale: 'one side first' },
        { dimension: 'language', value: 5, confidence: 0.8 }
      ]
    })
    expect(done.complete).toBe(true)
    expect(done.revealed?.map((score) => score.dimension)).toEqual(['framing', 'language'])
    expect(done.revealed?.find((score) => score.dimension === 'language')).toMatchObject({ value: 5, source: 'consensus', machine: { value: 4 } })
    expect(done.revealed?.find((score) => score.dimension === 'framing')?.humans.map((human) => [human.coderName, human.value, human.rationale])).toEqual([
      ['Ben Okoro', 2, 'BEN-FRAMING-REASON'],
      ['Ana Ruiz', 3, 'one side first']
    ])
    // Saving the same values again adds no judgment: the history and the undo stack stay as they were.
    const rows = () => (backend.db.prepare('SELECT count(*) AS n FROM judgments').get() as { n: number }).n
    const before = rows()
    await call(backend, 'queues.save', { queueId: queue.id, position, articleId: 1, scores: [{ dimension: 'framing', value: 3, rationale: ' one side first ' }] })
    expect(rows()).toBe(before)

    const list = await call(backend, 'queues.list', {})
    expect(list[0]?.progress.map((coder) => [coder.coderName, coder.complete])).toEqual([
      ['Ana Ruiz', 1],
      ['Ben Okoro', 1]
    ])
    // Undoing a score takes the unit off the coder's progress and hides the others again.
    await call(backend, 'judgments.undo', {})
    expect((await call(backend, 'queues.list', {}))[0]?.progress.find((coder) => coder.coderName === 'Ana Ruiz')?.complete).toBe(0)
    expect((await call(backend, 'queues.item', { queueId: queue.id, position })).revealed).toBeNull()

    // A stale screen cannot save onto another unit, and a dimension the queue does not code is refused.
    const other = position === 0 ? 1 : 0
    expect(await backend.dispatch('queues.save', { queueId: queue.id, position: other, articleId: 1, scores: [{ dimension: 'framing', value: 1 }] })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/is not unit \d of the queue "Blind"/) }
    })
    expect(await backend.dispatch('queues.save', { queueId: queue.id, position, articleId: 1, scores: [{ dimension: 'omission', value: 1 }] })).toMatchObject({
      ok: false,
      error: { message: 'The queue "Blind" does not code omission bias.' }
    })
    expect(await backend.dispatch('queues.item', { queueId: queue.id, position: 3 })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'The queue "Blind" has 3 articles; there is no unit 4.' } })
    backend.close()
  })
})
