import { describe, expect, it } from 'vitest'
import { figuresOf } from '../../src/main/analysis/stories/story-features'
import { tokenize } from '../../src/main/analysis/text/tokenize'
import type { ArticleFacts } from '../../src/main/stories/omission/article-facts'
import { findOmissions } from '../../src/main/stories/omission/find-omissions'
import { addToStory, nameInStory, storySimilarity, type ArticleFeatures, type StoryState } from '../../src/main/stories/story-similarity'

// Texts and names written for these tests.
describe('figures for story matching', () => {
  it('writes a figure one way whatever the outlet style, and skips dates, codes and small numbers', () => {
    const figures = figuresOf(tokenize('The $3.1bn deal cut 4,200 jobs, about 17 per cent of staff, on 5 March 2026; 3.1 billion dollars, 17% and Covid-19 aside, 2 unions agreed.'))
    expect(figures.map(([value]) => value)).toEqual(['3.1 billion', '4200', '17%'])
    const text = 'Pay rose 3% and 4,200 workers struck.'
    const [, start, end] = figuresOf(tokenize(text)).find(([value]) => value === '4200') ?? []
    expect(text.slice(start, end)).toBe('4,200')
  })
})

function features(overrides: Partial<ArticleFeatures>): ArticleFeatures {
  return { articleId: 1, time: Date.UTC(2026, 2, 2), title: 't', terms: [], names: [], figures: [], ...overrides }
}

function story(article: ArticleFeatures): StoryState {
  const state: StoryState = { id: 1, firstTime: article.time, lastTime: article.time, terms: new Map(), names: new Map(), figures: new Map() }
  addToStory(state, article)
  return state
}

describe('story similarity', () => {
  const strike = features({ terms: [['strike', 0.7], ['port', 0.5], ['pay', 0.5]], names: ['harbour workers union', 'maria kovac', 'brennick'], figures: ['4200'] })

  it('is high for the same event told in other words, and nothing outside the date window', () => {
    const sibling = features({ articleId: 2, terms: [['strike', 0.6], ['docker', 0.6], ['pay', 0.5]], names: ['maria kovac', 'harbour workers union'], figures: ['4200'] })
    expect(storySimilarity(sibling, story(strike))).toBeGreaterThan(0.6)
    expect(storySimilarity({ ...sibling, time: sibling.time + 9 * 86_400_000 }, story(strike))).toBe(0)
  })

  it('keeps apart two events on one topic whose leading names differ, even when one mentions the other', () => {
    const otherStrike = features({ articleId: 3, terms: [['strike', 0.7], ['bus', 0.5], ['pay', 0.5]], names: ['transit drivers guild', 'oskar lind', 'brennick'], figures: ['900'] })
    expect(storySimilarity(otherStrike, story(strike))).toBeLessThan(0.35)
  })

  it('matches a name written shorter or longer, but not a one-word name inside a longer one', () => {
    const names = new Map([['westerly health board', 1], ['kestmark', 1]])
    expect(nameInStory('westerly', names)).toBe(true)
    expect(nameInStory('westerly health board', names)).toBe(true)
    expect(nameInStory('kestmark national bank', names)).toBe(false)
  })
})

function facts(overrides: Partial<ArticleFacts>): ArticleFacts {
  return { articleId: 1, title: 't', outlet: null, searchText: '', names: [], figures: [], voices: [], unattributedClaims: [], ...overrides }
}

describe('omission between sibling texts', () => {
  const union = { key: 'maria kovac', display: 'Maria Kovac', type: 'official', start: 10, end: 40 }
  const sibling = (articleId: number) =>
    facts({
      articleId,
      outlet: `Outlet ${articleId}`,
      searchText: 'maria kovac said 4,200 dockers struck at brennick.',
      names: [{ key: 'brennick', display: 'Brennick', kind: 'place', mentions: 2, start: 40 }],
      figures: [{ value: '4200', start: 17, end: 22 }],
      voices: [union]
    })

  it('names a voice and a figure most siblings carry, with where one says it; a place is never central', () => {
    const target = facts({ articleId: 9, searchText: 'dockers struck at the port.' })
    const finding = findOmissions(target, [sibling(2), sibling(3)])
    expect(finding.fallback).toBe(false)
    expect(finding.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'voice', item: 'Maria Kovac', central: true, carriedBy: 2, source: { articleId: 2, start: 10, end: 40 } }),
        expect.objectContaining({ kind: 'figure', item: '4200', central: true }),
        expect.objectContaining({ kind: 'name', item: 'Brennick', central: false })
      ])
    )
    expect(finding.score).toBeGreaterThanOrEqual(2)
    expect(finding.rationale).toMatch(/^Compared with 2 other articles of the same story: not mentioned: Brennick/)
  })

  it('counts a speaker given in reported speech as heard', () => {
    const target = facts({ articleId: 9, searchText: 'kovac said the union would not give in. 4,200 dockers struck at brennick.', figures: [{ value: '4200', start: 0, end: 5 }] })
    expect(findOmissions(target, [sibling(2), sibling(3)])).toMatchObject({ score: 1, items: [] })
  })

  it('falls back to the article alone without siblings, says so, and stays low', () => {
    const target = facts({
      names: [{ key: 'brennick terminals', display: 'Brennick Terminals', kind: 'organisation', mentions: 3, start: 0 }],
      unattributedClaims: [{ start: 50, end: 90, text: 'Losses reached 40 million a week.' }]
    })
    const finding = findOmissions(target, [])
    expect(finding).toMatchObject({ fallback: true, score: 2, confidence: 0.25 })
    expect(finding.rationale).toMatch(/^Fallback: .*named but never quoted: Brennick Terminals; 1 figure stated without a source/)
  })
})
