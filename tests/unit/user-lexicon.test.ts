import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createArticleAnalyzer } from '../../src/main/analysis/analyze-article'
import { lexiconVersion, listUserTerms, lookupShippedTerm, removeUserTerm, saveUserTerm } from '../../src/main/analysis/user-lexicon'
import { openDatabase } from '../../src/main/db/open-database'
import { useTempDirectory } from '../helpers/temp-directory'

describe("the researcher's own lexicon terms", () => {
  const tempDirectory = useTempDirectory()

  it('are validated, stored, listed with the shipped entry they replace, and removed', () => {
    const { db } = openDatabase(join(tempDirectory(), 'c.sqlite'))
    const before = lexiconVersion(db)
    const added = saveUserTerm(db, { term: 'gridlock  merchants', category: 'label', weight: 0.7, neutral: ['traffic campaigners'] })
    expect(added).toMatchObject({ term: 'gridlock merchants', category: 'label', weight: 0.7, neutral: ['traffic campaigners'], replacesShipped: null })
    const shipped = lookupShippedTerm('Slam')
    expect(shipped).toMatchObject({ term: 'slam', category: 'loaded' })
    const replacing = saveUserTerm(db, { term: 'slam', category: 'loaded', weight: 0.3, neutral: ['questioned'] })
    expect(replacing.replacesShipped).toEqual(shipped)
    expect(listUserTerms(db).map((row) => row.term)).toEqual(['gridlock merchants', 'slam'])
    // Saving the same term again changes it instead of adding a second one.
    saveUserTerm(db, { term: 'Slam', category: 'loaded', weight: 0.4, neutral: [] })
    expect(listUserTerms(db).map((row) => [row.term, row.weight])).toEqual([
      ['gridlock merchants', 0.7],
      ['Slam', 0.4]
    ])
    expect(lexiconVersion(db)).not.toBe(before)
    expect(() => saveUserTerm(db, { term: '   ', category: 'loaded', weight: 0.5, neutral: [] })).toThrow(/term is empty/)
    expect(() => saveUserTerm(db, { term: 'awful', category: 'loaded', weight: 3, neutral: [] })).toThrow(/weight must be between 0.2 and 1/)
    removeUserTerm(db, 'gridlock merchants')
    expect(() => removeUserTerm(db, 'gridlock merchants')).toThrow(/not one of your terms/)
    expect(listUserTerms(db).map((row) => row.term)).toEqual(['Slam'])
    db.close()
  })

  it('are found by the analysis, with their neutral alternative as evidence', () => {
    const path = join(tempDirectory(), 'c.sqlite')
    const { db } = openDatabase(path)
    saveUserTerm(db, { term: 'gridlock merchants', category: 'label', weight: 0.9, neutral: ['traffic campaigners'] })
    db.close()
    const analyze = createArticleAnalyzer({ databasePath: path })
    const text = 'The council met on Tuesday. Critics called the cycling group gridlock merchants after the vote.'
    const result = analyze({ id: 1, title: 'Vote', text })
    const evidence = result.evidence.find((span) => span.label.toLowerCase() === 'gridlock merchants')
    expect(evidence).toMatchObject({ suggestion: 'traffic campaigners' })
    expect(text.slice(evidence?.start, evidence?.end)).toBe('gridlock merchants')
  })
})
