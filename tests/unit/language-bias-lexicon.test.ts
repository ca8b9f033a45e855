import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LEXICON_CATEGORIES, LexiconError, loadLexicon, lexiconPath, shippedEntries, validateLexiconEntries } from '../../src/main/analysis/language-bias'

function problems(data: unknown): string[] {
  try {
    validateLexiconEntries(data, 'my-terms.json')
  } catch (error) {
    expect(error).toBeInstanceOf(LexiconError)
    return (error as LexiconError).issues
  }
  return []
}

describe('lexicon validation', () => {
  it('accepts a good entry and fills in an empty neutral list', () => {
    expect(validateLexiconEntries([{ term: 'shadowy', category: 'loaded', weight: 0.8 }], 'x')).toEqual([{ term: 'shadowy', category: 'loaded', weight: 0.8, neutral: [] }])
  })

  it('rejects bad entries with a message that names the entry and the problem', () => {
    expect(problems([{ term: 'slammed', category: 'loaded', weight: 1.5, neutral: ['criticised'] }])).toEqual(['entry 1 ("slammed"): weight must be between 0.2 and 1'])
    expect(problems([{ term: 'slammed', category: 'angry', weight: 0.5 }])[0]).toMatch(/^entry 1 \("slammed"\): category must be one of loaded, emotive, intensifier, hedge, weasel, label, derogatory/)
    expect(problems([{ term: '  ', category: 'loaded', weight: 0.5 }])[0]).toMatch(/^entry 1: term is empty/)
    expect(problems([{ term: 'regime', category: 'loaded', weight: 0.5, neutral: 'government' }])).toEqual(['entry 1 ("regime"): neutral must be a list of strings'])
    expect(problems([{ term: 'regime', category: 'loaded', weight: 0.5, colour: 'red' }])).toEqual(['entry 1 ("regime"): unknown field colour'])
    expect(problems([{ term: 'regime', category: 'loaded', weight: 0.5, pos: 'VRB' }])[0]).toMatch(/pos must be one of ADJ, ADV/)
    expect(problems({ term: 'regime' })).toEqual(['the lexicon must be a JSON array of entries'])
  })

  it('reports every bad entry at once, and a term listed twice', () => {
    const issues = problems([
      { term: 'regime', category: 'loaded', weight: 0.8 },
      { term: 'thugs', category: 'derogatory', weight: 0 },
      { term: 'Regime ', category: 'label', weight: 0.5 }
    ])
    expect(issues).toEqual(['entry 2 ("thugs"): weight must be between 0.2 and 1', 'entry 3 ("Regime "): duplicate of entry 1'])
  })

  it('names the source in the error message', () => {
    expect(() => validateLexiconEntries([{ term: 'x', category: 'loaded', weight: 9 }], 'user terms')).toThrow(/^user terms: 1 invalid lexicon entry: entry 1 \("x"\): weight/)
  })

  it('refuses bad user terms when loading', () => {
    expect(() => loadLexicon([{ term: 'blorp', category: 'nasty' as never, weight: 0.5 }])).toThrow(LexiconError)
  })
})

describe('the shipped lexicon', () => {
  const entries = shippedEntries()

  it('has at least 1,500 valid entries in every category', () => {
    expect(entries.length).toBeGreaterThanOrEqual(1500)
    for (const category of LEXICON_CATEGORIES) expect(entries.filter((entry) => entry.category === category).length).toBeGreaterThanOrEqual(90)
  })

  it('offers a neutral alternative for nearly every loaded, emotive, derogatory and label term', () => {
    const toned = entries.filter((entry) => ['loaded', 'emotive', 'derogatory', 'label'].includes(entry.category))
    const without = toned.filter((entry) => entry.neutral.length === 0)
    expect(without.length / toned.length).toBeLessThan(0.02)
  })

  it('covers the vocabulary the codebook names', () => {
    const terms = new Set(entries.map((entry) => entry.term))
    for (const term of ['radical left', 'far-right', 'regime', 'thugs', 'elites', 'slammed', 'blasted', 'admit that', 'claim', 'concede', 'boast', 'extremely', 'massive', 'staggering', 'reportedly', 'allegedly', 'appears to', 'some say', 'critics argue', 'experts believe', 'so-called', 'flood of', 'shadowy operation'].map((t) => t.replace('slammed', 'slam').replace('blasted', 'blast').replace('thugs', 'thug'))) {
      expect(terms, term).toContain(term)
    }
  })

  it('is one entry per line, so a review diff shows each changed entry', () => {
    const lines = readFileSync(lexiconPath(), 'utf8').trim().split('\n')
    expect(lines.length).toBe(entries.length + 2)
  })
})
