import { describe, expect, it } from 'vitest'
import type { ClaimFinding } from '../../src/main/analysis/analysis-types'
import { extractClaims } from '../../src/main/analysis/claims/extract-claims'
import { extractQuotes } from '../../src/main/analysis/quotes/extract-quotes'
import { tokenize } from '../../src/main/analysis/text/tokenize'

function claims(text: string): ClaimFinding[] {
  const tokenized = tokenize(text)
  const found = extractClaims(tokenized, extractQuotes(tokenized))
  for (const claim of found) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
  return found
}

function reasonsOf(sentence: string): ClaimFinding['reasons'] {
  return claims(sentence)[0]?.reasons ?? []
}

describe('figures', () => {
  const figures = [
    'Acme will cut 1,200 jobs.',
    'Inflation rose to 4.5% in March.',
    'Rents may rise by 5 per cent.',
    'Repairs will cost £4.2m.',
    'The deal is worth $3bn.',
    'Sales reached €1.5 billion.',
    'A third of households cut back.',
    'Half the staff went home.',
    'The fire destroyed three homes.',
    'It was the third strike this month.',
    'She finished 21st.',
    'Waiting lists have doubled.',
    'One in five children is affected.',
    'Thousands marched through the city.'
  ]
  for (const sentence of figures) {
    it(`finds a figure in: ${sentence}`, () => {
      expect(reasonsOf(sentence)).toContain('figure')
    })
  }

  const notFigures = [
    'The bridge opened in 2021.',
    'The vote is on 5 March.',
    'Covid-19 changed the town.',
    'For the first time, the club won.',
    'The mayor visited the school.'
  ]
  for (const sentence of notFigures) {
    it(`finds no figure in: ${sentence}`, () => {
      expect(reasonsOf(sentence)).not.toContain('figure')
    })
  }
})

describe('attributions', () => {
  const attributed = [
    'The mayor said the bridge was unsafe.',
    'Prices are rising, according to the central bank.',
    'The Guardian reported the talks had collapsed.',
    'The government announced a review.',
    'Analysts estimated the cost at a fraction of that.',
    'The plan is unworkable, she added.'
  ]
  for (const sentence of attributed) {
    it(`finds an attribution in: ${sentence}`, () => {
      expect(reasonsOf(sentence)).toContain('attribution')
    })
  }

  it('does not take "added" homes or "a report" for attribution', () => {
    expect(reasonsOf('The council added new homes to the plan.')).toEqual([])
    expect(reasonsOf('A report on the bridge is due.')).toEqual([])
  })
})

describe('claims in an article', () => {
  it('returns one finding per claim sentence with all its reasons, and skips the rest', () => {
    const text = [
      'The Elm Street bridge will close for six months.',
      'It is a busy road.',
      '"We cannot wait any longer," Mayor Lena Ortiz said.',
      '"The bridge is failing."',
      'The so-called "reform" passed.',
      'Repairs will cost £4.2m, the council estimated.'
    ].join(' ')
    expect(claims(text).map((claim) => [claim.text, claim.reasons])).toEqual([
      ['The Elm Street bridge will close for six months.', ['figure']],
      ['"We cannot wait any longer," Mayor Lena Ortiz said.', ['attribution', 'quote']],
      ['"The bridge is failing."', ['quote']],
      ['Repairs will cost £4.2m, the council estimated.', ['figure', 'attribution']]
    ])
  })

  it('keeps exact offsets after non-Latin text and emoji', () => {
    const text = '東京 🚆 في المدينة. Ticket prices rose 12% 📈, the operator said. Москва молчит.'
    const found = claims(text)
    expect(found.map((claim) => claim.reasons)).toEqual([['figure', 'attribution']])
    expect(found[0]?.text).toBe('Ticket prices rose 12% 📈, the operator said.')
  })
})
