import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/api/backend'
import { readSettings } from '../../src/main/corpus/settings-store'
import type { JobRow } from '../../src/shared/rows'
import { useTempDirectory } from '../helpers/temp-directory'

const jsonl = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) =>
    JSON.stringify({ title: `Council story ${from + index}`, text: `The council voted on plan ${from + index}. Critics slammed the decision as a disaster.` })
  ).join('\n')

describe('automatic analysis of new articles', () => {
  const tempDirectory = useTempDirectory()

  it('is off by default; when on, each import queues an analysis of exactly the articles not analysed yet', async () => {
    const path = join(tempDirectory(), 'c.sqlite')
    const backend = createBackend(path)
    const jobs: JobRow[] = []
    backend.events.subscribe((event) => {
      if (event.name === 'job.progress') jobs.push(event.payload as JobRow)
    })
    try {
      expect(readSettings(backend.db).autoAnalyse).toBe(false)
      await backend.dispatch('import.upload', { files: [{ fileName: 'first.jsonl', content: jsonl(1, 3) }] })
      expect(jobs.some((job) => job.kind === 'analyze')).toBe(false)

      expect(await backend.dispatch('settings.update', { autoAnalyse: true })).toMatchObject({ ok: true, value: { autoAnalyse: true, nearDuplicateThreshold: 0.8 } })
      await backend.dispatch('import.upload', { files: [{ fileName: 'second.jsonl', content: jsonl(4, 5) }] })
      const first = jobs.find((job) => job.kind === 'analyze')
      expect(first).toBeDefined()
      const done = await backend.analysis.finished(first?.id as number)
      // The three from before the setting, and the two just imported.
      expect(done).toMatchObject({ state: 'done', counts: { total: 5, analysed: 5, failed: 0 } })
      // Nothing new: no job.
      expect(await backend.analysis.startUnanalysed()).toBeNull()
      await backend.dispatch('import.upload', { files: [{ fileName: 'third.jsonl', content: jsonl(6, 6) }] })
      const second = jobs.filter((job) => job.kind === 'analyze').find((job) => job.id !== first?.id)
      expect((await backend.analysis.finished(second?.id as number)).counts).toMatchObject({ total: 1, analysed: 1 })
    } finally {
      await backend.analysis.close()
      backend.close()
    }
  }, 60_000)

  it('opens the sample corpus analysed, whatever the setting', async () => {
    const backend = createBackend(join(tempDirectory(), 'c.sqlite'))
    try {
      const loaded = await backend.dispatch('corpus.loadSample', {})
      expect(loaded).toMatchObject({ ok: true, value: { state: 'done' } })
      const job = backend.db.prepare("SELECT id FROM jobs WHERE kind = 'analyze'").get() as { id: number } | undefined
      expect(job).toBeDefined()
      const done = await backend.analysis.finished(job?.id as number)
      const articles = (backend.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
      expect(done).toMatchObject({ state: 'done', counts: { total: articles, analysed: articles, failed: 0 } })
    } finally {
      await backend.analysis.close()
      backend.close()
    }
  }, 60_000)

  it('keeps the other settings when one stored value is damaged', () => {
    const backend = createBackend(join(tempDirectory(), 'c.sqlite'))
    backend.db.prepare("INSERT INTO settings (key, value) VALUES ('autoAnalyse', 'true'), ('nearDuplicateThreshold', '\"high\"')").run()
    expect(readSettings(backend.db)).toEqual({ autoAnalyse: true, nearDuplicateThreshold: 0.8, storyThreshold: 0.35, coderId: null })
    backend.close()
  })
})
