import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCoder } from '../../src/main/annotation/coders'
import { recordJudgment } from '../../src/main/annotation/judgments'
import { openDatabase, type Db } from '../../src/main/db/open-database'
import { blindspots } from '../../src/main/stories/outlets/blindspots'
import { intervalOf, tQuantile } from '../../src/main/stories/outlets/interval'
import { outletProfiles } from '../../src/main/stories/outlets/outlet-profiles'
import { pairedComparison } from '../../src/main/stories/outlets/paired-comparison'
import { useTempDirectory } from '../helpers/temp-directory'

/**
 * A corpus written by hand, so every number below can be worked out on paper: outlets A, B and C,
 * four stories, and Slant's language-bias scores per article.
 */
function handMadeCorpus(db: Db): { outlets: Record<'A' | 'B' | 'C', number>; articles: Record<string, number> } {
  const outlets = Object.fromEntries(['A', 'B', 'C'].map((name) => [name, Number(db.prepare('INSERT INTO outlets (name) VALUES (?)').run(`Outlet ${name}`).lastInsertRowid)])) as Record<
    'A' | 'B' | 'C',
    number
  >
  const run = Number(db.prepare("INSERT INTO analysis_runs (analyzer, version, origin, label) VALUES ('slant', 'test', 'slant', 'Slant test')").run().lastInsertRowid)
  const stories = [1, 2, 3, 4].map((day) => Number(db.prepare('INSERT INTO stories (label, first_date, last_date) VALUES (?, ?, ?)').run(`Story ${day}`, `2026-01-0${day}`, `2026-01-0${day}`).lastInsertRowid))
  // [name, outlet, story (1-4), language score]
  const plan: [string, 'A' | 'B' | 'C', number, number][] = [
    ['a1', 'A', 1, 2],
    ['a1b', 'A', 1, 4],
    ['b1', 'B', 1, 1],
    ['c1', 'C', 1, 4],
    ['a2', 'A', 2, 3],
    ['b2', 'B', 2, 2],
    ['a3', 'A', 3, 5],
    ['b3', 'B', 3, 2],
    ['a4', 'A', 4, 1],
    ['c4', 'C', 4, 2]
  ]
  const articles: Record<string, number> = {}
  for (const [name, outlet, story, score] of plan) {
    const id = Number(
      db.prepare("INSERT INTO articles (outlet_id, title, published_at, content_hash, text) VALUES (?, ?, '2026-01-01', ?, ?)").run(outlets[outlet], name, `hash-${name}`, `Text of ${name}.`).lastInsertRowid
    )
    articles[name] = id
    db.prepare("INSERT INTO article_analyses (run_id, article_id, details) VALUES (?, ?, '{\"frames\":[{\"frame\":\"conflict\"}]}')").run(run, id)
    db.prepare("INSERT INTO article_scores (run_id, article_id, dimension, score) VALUES (?, ?, 'language', ?)").run(run, id, score)
    db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)').run(id, stories[story - 1])
  }
  return { outlets, articles }
}

describe('outlets compared on the stories they share', () => {
  const tempDirectory = useTempDirectory()

  it('computes paired differences per story, with intervals, on final values', () => {
    const { db } = openDatabase(join(tempDirectory(), 'c.sqlite'))
    const { outlets, articles } = handMadeCorpus(db)
    const compare = () => pairedComparison(db, { outletIds: [outlets.A, outlets.B, outlets.C], dimension: 'language', filters: {} })

    const result = compare()
    expect(result.sharedByAll).toBe(1)
    const [ab, ac, bc] = result.pairs
    // A against B: stories 1-3 (A's two articles in story 1 count as their mean, 3); story 4 has no B.
    // Differences 3-1, 3-2, 5-2 = 2, 1, 3: mean 2, sd 1, t(2) = 4.303, half-width 4.303 / sqrt(3).
    expect(ab).toMatchObject({ outlets: ['Outlet A', 'Outlet B'], stories: 3, means: [3.667, 1.667] })
    expect(ab?.difference).toMatchObject({ n: 3, mean: 2, sd: 1, low: -0.484, high: 4.484 })
    // A against C: stories 1 and 4, differences 3-4 and 1-2: both -1, no spread.
    expect(ac).toMatchObject({ stories: 2, means: [2, 3], difference: { n: 2, mean: -1, sd: 0, low: -1, high: -1 } })
    // B against C: story 1 alone: a difference but no interval.
    expect(bc).toMatchObject({ stories: 1, difference: { n: 1, mean: -3, sd: null, low: null, high: null } })

    // A coder's value replaces the machine's (the final-value rule): B's story-3 article becomes a 4.
    const coder = createCoder(db, { name: 'Paired Tester', initials: 'PT', colour: '#336699' })
    recordJudgment(db, coder.id, { articleId: articles.b3 as number, dimension: 'language', value: 4 })
    expect(compare().pairs[0]?.difference).toMatchObject({ n: 3, mean: 1.333 })

    // The corpus filters apply: with story 1's second A article filtered out, A has 2 there, so A's
    // means are 2, 3, 5 (3.333) and every difference is 1 (2-1, 3-2, 5-4).
    db.prepare("UPDATE articles SET published_at = '2026-02-01' WHERE id = ?").run(articles.a1b)
    const filtered = pairedComparison(db, { outletIds: [outlets.A, outlets.B], dimension: 'language', filters: { dateTo: '2026-01-31' } })
    expect(filtered.pairs[0]).toMatchObject({ stories: 3, means: [3.333, 2.333], difference: { n: 3, mean: 1, sd: 0 } })
    db.close()
  })

  it('profiles each outlet: distribution, mean with its interval, frames', () => {
    const { db } = openDatabase(join(tempDirectory(), 'c.sqlite'))
    const { outlets } = handMadeCorpus(db)
    const profiles = outletProfiles(db, { filters: {} })
    expect(profiles.articles).toBe(10)
    const a = profiles.outlets.find((profile) => profile.outletId === outlets.A)
    // A's scores 2, 4, 3, 5, 1: one of each; mean 3, sd sqrt(2.5), t(4) = 2.776.
    expect(a?.articles).toBe(5)
    expect(a?.scores.language.distribution).toEqual([1, 1, 1, 1, 1])
    const half = (2.776 * Math.sqrt(2.5)) / Math.sqrt(5)
    expect(a?.scores.language.mean).toMatchObject({ n: 5, mean: 3, low: Math.round((3 - half) * 1000) / 1000, high: Math.round((3 + half) * 1000) / 1000 })
    expect(a?.scores.framing.mean.n).toBe(0)
    expect(a?.frames).toEqual([{ frame: 'conflict', articles: 5 }])
    expect(outletProfiles(db, { filters: {}, outletIds: [outlets.C] }).outlets.map((profile) => profile.outlet)).toEqual(['Outlet C'])
    db.close()
  })

  it('uses Student t quantiles', () => {
    expect(tQuantile(1)).toBe(12.706)
    expect(tQuantile(10)).toBeCloseTo(2.228, 3)
    expect(tQuantile(30)).toBeCloseTo(2.042, 3)
    expect(tQuantile(1000)).toBeCloseTo(1.962, 3)
    expect(intervalOf([])).toEqual({ n: 0, mean: null, sd: null, low: null, high: null })
  })

  it('finds blindspots: stories covered by some outlets or leanings and not by others', () => {
    const { db } = openDatabase(join(tempDirectory(), 'c.sqlite'))
    const { outlets } = handMadeCorpus(db)
    const input = { filters: {}, minArticles: 1, offset: 0, limit: 100 }
    // By outlet, A and C: story 1 has both; stories 2 and 3 only A (C missed them); story 4 both.
    const byOutlet = blindspots(db, { ...input, groupBy: { kind: 'outlet', outletIds: [outlets.A, outlets.C] } })
    expect(byOutlet.groups.map((group) => [group.label, group.stories])).toEqual([
      ['Outlet A', 4],
      ['Outlet C', 2]
    ])
    expect(byOutlet.rows.map((row) => [row.label, row.covered, row.missing])).toEqual([
      ['Story 3', ['Outlet A'], ['Outlet C']],
      ['Story 2', ['Outlet A'], ['Outlet C']]
    ])
    // By lean: A and B left, C right, so the left alone covered stories 2 and 3; the right missed them.
    for (const [outlet, lean] of [[outlets.A, 'left'], [outlets.B, 'left'], [outlets.C, 'right']] as const) {
      db.prepare("INSERT INTO outlet_attributes (outlet_id, name, value) VALUES (?, 'lean', ?)").run(outlet, lean)
    }
    const byLean = blindspots(db, { ...input, groupBy: { kind: 'attribute', name: 'lean' }, missing: 'right' })
    expect(byLean.groups.map((group) => [group.key, group.outlets, group.stories])).toEqual([
      ['left', 2, 4],
      ['right', 1, 2]
    ])
    expect(byLean.total).toBe(2)
    expect(byLean.rows.every((row) => row.missing.join() === 'right')).toBe(true)
    expect(blindspots(db, { ...input, groupBy: { kind: 'attribute', name: 'lean' }, missing: 'left' }).total).toBe(0)
    // Stories of two or more articles only: story 2 and 3 each have two (A and B), so both stay.
    expect(blindspots(db, { ...input, minArticles: 3, groupBy: { kind: 'attribute', name: 'lean' } }).total).toBe(0)
    expect(() => blindspots(db, { ...input, groupBy: { kind: 'attribute', name: 'owner' } })).toThrow(/No outlet has an attribute "owner"/)
    db.close()
  })
})
