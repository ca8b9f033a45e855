import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnalysisJob, runAnalysisJob } from '../../src/main/analysis/analysis-job'
import { createArticleAnalyzer } from '../../src/main/analysis/analyze-article'
import { createInlinePool } from '../../src/main/analysis/worker/worker-pool'
import { createBackend } from '../../src/main/api/backend'
import { importContent } from '../../src/main/corpus/import-articles'
import type { Db } from '../../src/main/db/open-database'
import type { StoryComparison } from '../../src/shared/story-rows'
import { articleStory } from '../../src/main/stories/article-story'
import { FIXTURES, useTempDirectory } from '../helpers/temp-directory'

const fixture = (name: string) => readFileSync(join(FIXTURES, 'stories', name), 'utf8')
const idOf = (db: Db, externalId: string) => (db.prepare('SELECT id FROM articles WHERE external_id = ?').get(externalId) as { id: number }).id
const textOf = (db: Db, id: number) => (db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text

describe('side-by-side comparison of a story', () => {
  const tempDirectory = useTempDirectory()

  it('shows in the coverage matrix what the tabloid leaves out, with the passage that says it elsewhere, in agreement with its omission score', async () => {
    const path = join(tempDirectory(), 'c.sqlite')
    const backend = createBackend(path)
    const { db } = backend
    await importContent({ db }, 'bridge.jsonl', fixture('bridge-closure.jsonl'))
    const { jobId } = createAnalysisJob(db, { all: true }, 'test')
    await runAnalysisJob(db, jobId, createInlinePool(createArticleAnalyzer({ databasePath: path })))
    const [courier, wire, blaze] = ['br-1', 'br-2', 'br-3'].map((id) => idOf(db, id)) as [number, number, number]
    const call = async <T>(name: string, input: unknown) => {
      const result = await backend.dispatch(name, input)
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.value as T
    }

    // The tabloid's version shares too little wording to be clustered with the others: moved by hand.
    const story = articleStory(db, courier).story?.id as number
    expect(articleStory(db, wire).story?.id).toBe(story)
    await call('stories.move', { articleIds: [blaze], storyId: story })
    expect(articleStory(db, blaze).story?.id).toBe(story)

    const comparison = await call<StoryComparison>('stories.compare', { articleIds: [courier, wire, blaze] })
    expect(comparison.articles.map((article) => [article.outlet, article.storyId])).toEqual([
      ['Valley Courier', story],
      ['Meridian Wire', story],
      ['The Daily Blaze', story]
    ])
    const row = (key: string) => {
      const found = comparison.rows.find((candidate) => candidate.key === key)
      if (!found) throw new Error(`no row ${key} in ${comparison.rows.map((candidate) => candidate.key).join(', ')}`)
      return found
    }
    const marks = (key: string) => row(key).cells.map((cell) => (cell.mentioned ? 'yes' : 'no'))
    expect(marks('voice:hanna verlo')).toEqual(['yes', 'yes', 'no'])
    expect(marks('voice:otto brandt')).toEqual(['no', 'no', 'yes'])
    expect(marks('figure:18000')).toEqual(['yes', 'yes', 'no'])
    expect(marks('figure:6 million')).toEqual(['yes', 'yes', 'no'])
    expect(marks('name:tallow bridge')).toEqual(['yes', 'yes', 'yes'])
    expect(row('figure:18000').item).toBe('18,000')
    // Every mentioned cell points at the words in that article's own text.
    const passage = (key: string, index: number) => {
      const cell = row(key).cells[index]
      const id = [courier, wire, blaze][index] as number
      return cell?.passage ? textOf(db, id).slice(cell.passage.start, cell.passage.end) : null
    }
    expect(passage('figure:18000', 1)).toBe('18,000')
    expect(passage('voice:hanna verlo', 0)).toBe('We will not reopen it until it is safe')
    expect(passage('voice:otto brandt', 2)).toContain('This is a disgrace')
    expect(row('voice:otto brandt').cells[0]?.passage).toBeNull()
    // The same claim in other words: the wire's sentence carries the courier's traffic figure.
    const traffic = comparison.rows.find((candidate) => candidate.kind === 'claim' && candidate.item.startsWith('About 18,000 vehicles cross'))
    expect(traffic?.cells.map((cell) => cell.mentioned)).toEqual([true, true, false])
    expect(traffic?.cells[1]?.passage && textOf(db, wire).slice(traffic.cells[1].passage.start, traffic.cells[1].passage.end)).toBe('About 18,000 vehicles use it each day, the roads agency said.')

    // The differences: what only the tabloid says, and what it leaves out that the others carry.
    const tabloid = comparison.differences[2]
    expect(tabloid?.only.map((item) => `${item.kind}:${item.item}`)).toEqual(expect.arrayContaining(['voice:Otto Brandt', 'name:Otto Brandt']))
    expect(tabloid?.leftOut.filter((item) => item.carriedBy === 2).map((item) => `${item.kind}:${item.item}`)).toEqual(
      expect.arrayContaining(['voice:Hanna Verlo', 'figure:18,000', 'figure:6 million'])
    )
    expect(comparison.differences[1]?.leftOut.some((item) => item.item === 'Hanna Verlo')).toBe(false)

    // Moving it rescored its omission against its new siblings; the matrix agrees item by item.
    const omission = articleStory(db, blaze).omission
    expect(omission?.fallback).toBe(false)
    const omitted = omission?.items.filter((item) => item.kind === 'name' || item.kind === 'figure' || item.kind === 'voice') ?? []
    expect(omitted.map((item) => `${item.kind}:${item.item}`)).toEqual(expect.arrayContaining(['voice:Hanna Verlo', 'figure:18000']))
    for (const item of omitted) expect(marks(`${item.kind}:${item.item.toLowerCase()}`)[2]).toBe('no')

    // Quotes by speaker, and the headline words no other headline uses.
    expect(comparison.quotes[2]?.map((speaker) => speaker.speaker)).toEqual(['Otto Brandt'])
    expect(comparison.quotes[0]?.[0]?.quotes[0]?.text).toBe('We will not reopen it until it is safe')
    expect(comparison.headlines[2]?.words.filter((word) => word.unique).map((word) => word.text)).toEqual(['chaos:', 'drivers', 'face', 'months', 'misery'])
    expect(comparison.headlines[0]?.words.find((word) => word.text === 'Tallow')?.unique).toBe(false)

    // Inputs are checked: two to four different articles, all in the corpus.
    const tooFew = await backend.dispatch('stories.compare', { articleIds: [courier] })
    expect(tooFew.ok ? null : tooFew.error.code).toBe('invalid_input')
    const twice = await backend.dispatch('stories.compare', { articleIds: [courier, courier] })
    expect(twice.ok ? null : twice.error.message).toMatch(/each article once/)
    const gone = await backend.dispatch('stories.compare', { articleIds: [courier, 9999] })
    expect(gone.ok ? null : gone.error.code).toBe('not_found')
    backend.close()
  })
})
