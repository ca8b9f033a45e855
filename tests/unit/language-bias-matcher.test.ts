import { describe, expect, it } from 'vitest'
import { analyzeLanguageBias, compileLexicon, loadLexicon, type LexiconEntryInput } from '../../src/main/analysis/language-bias'
import { validateLexiconEntries } from '../../src/main/analysis/language-bias/lexicon-schema'
import { tokenize } from '../../src/main/analysis/text/tokenize'

// A small lexicon written for these tests, so each case depends on entries it can see.
const entries: LexiconEntryInput[] = [
  { term: 'slammed', category: 'loaded', weight: 0.8, neutral: ['criticised', 'criticized'] },
  { term: 'shadowy', category: 'loaded', weight: 0.8, neutral: ['secretive'] },
  { term: 'shadowy operation', category: 'loaded', weight: 0.9, neutral: ['clandestine operation'] },
  { term: 'flood of', category: 'loaded', weight: 0.8, neutral: ['large number of'] },
  { term: 'so-called', category: 'loaded', weight: 0.7, neutral: [] },
  { term: 'far-right', category: 'label', weight: 0.7, neutral: ['right-wing'] },
  { term: 'thugs', category: 'derogatory', weight: 1, neutral: ['attackers'] },
  { term: 'regime', category: 'loaded', weight: 0.8, neutral: ['government'] },
  { term: 'criticise', category: 'loaded', weight: 0.4, neutral: ['comment on'] },
  { term: 'staggering', category: 'intensifier', weight: 0.8, neutral: ['large'] },
  { term: 'reportedly', category: 'hedge', weight: 0.4, neutral: [] },
  { term: 'critics say', category: 'weasel', weight: 0.5, neutral: [] },
  { term: 'blast', category: 'loaded', weight: 0.8, neutral: ['criticise'], pos: 'VERB' },
  { term: 'cripple', category: 'loaded', weight: 0.8, neutral: ['weaken'] },
  { term: 'crippling', category: 'loaded', weight: 0.8, neutral: ['severe'] }
]
const lexicon = compileLexicon(validateLexiconEntries(entries, 'test'))

function evidenceOf(text: string) {
  return analyzeLanguageBias(tokenize(text), lexicon).evidence.map((span) => ({ ...span, text: text.slice(span.start, span.end) }))
}

describe('matching lexicon terms', () => {
  it('finds a loaded term with its neutral alternative and exact offsets', () => {
    const text = 'The minister slammed the plan on Monday.'
    const [span, ...rest] = evidenceOf(text)
    expect(rest).toEqual([])
    expect(span).toMatchObject({ start: 13, end: 20, text: 'slammed', kind: 'loaded_term', label: 'slammed', suggestion: 'criticised', note: 'loaded' })
  })

  it('matches every inflection of a term, whichever form the lexicon lists', () => {
    const text = 'She slams it. They were slamming it. He slammed it. Critics slam it.'
    expect(evidenceOf(text).map((span) => span.text)).toEqual(['slams', 'slamming', 'slammed', 'slam'])
    // The lexicon lists "thugs"; the singular, and a capitalised first word wink calls a proper noun, match too.
    expect(evidenceOf('Thugs attacked him. One thug was held.').map((span) => span.text)).toEqual(['Thugs', 'thug'])
    // British and American spellings: the lexicon says "criticise".
    expect(evidenceOf('They criticized the rule.').map((span) => span.text)).toEqual(['criticized'])
  })

  it('is case-insensitive', () => {
    expect(evidenceOf('A SHADOWY group met. The REGIME fell.').map((span) => span.label)).toEqual(['shadowy', 'regime'])
  })

  it('prefers the longest term: "shadowy operation" over "shadowy"', () => {
    const text = 'Police uncovered a shadowy operation in the port.'
    const spans = evidenceOf(text)
    expect(spans).toHaveLength(1)
    expect(spans[0]).toMatchObject({ text: 'shadowy operation', suggestion: 'clandestine operation', start: 19, end: 36 })
  })

  it('matches multi-word and hyphenated terms however they are written', () => {
    expect(evidenceOf('A flood of complaints followed.').map((span) => span.text)).toEqual(['flood of'])
    expect(evidenceOf('The so-called reform passed.').map((span) => span.text)).toEqual(['so-called'])
    expect(evidenceOf('A far-right party and a far right group and a far–right one.').map((span) => span.text)).toEqual(['far-right', 'far right', 'far–right'])
    expect(evidenceOf('Critics say the law is weak.').map((span) => ({ text: span.text, kind: span.kind }))).toEqual([{ text: 'Critics say', kind: 'weasel' }])
  })

  it('prefers the entry written as in the text, so the suggestion fits the sentence', () => {
    expect(evidenceOf('Crippling costs will cripple firms.').map((span) => [span.text, span.suggestion])).toEqual([
      ['Crippling', 'severe'],
      ['cripple', 'weaken']
    ])
  })

  it('never joins the words of a term across a sentence break', () => {
    expect(evidenceOf('They saw the flood. Of course it rained.').map((span) => span.text)).toEqual([])
  })

  it('respects a part-of-speech restriction', () => {
    // "blast" is listed as a verb: the noun (an explosion) is not loaded.
    expect(evidenceOf('The senator blasted the bill.').map((span) => span.text)).toEqual(['blasted'])
    expect(evidenceOf('The blast damaged a wall.').map((span) => span.text)).toEqual([])
  })

  it('gives each category its evidence kind', () => {
    const kinds = evidenceOf('Far-right thugs reportedly caused staggering damage.').map((span) => [span.text, span.kind])
    expect(kinds).toEqual([
      ['Far-right', 'label'],
      ['thugs', 'loaded_term'],
      ['reportedly', 'hedge'],
      ['staggering', 'intensifier']
    ])
  })

  it('reports quoted words as the source’s and weighs them less', () => {
    const quoted = 'The union said: “The regime slammed us.”'
    const plain = 'The union said the regime slammed its members.'
    const quotedSpans = evidenceOf(quoted)
    expect(quotedSpans.map((span) => span.note)).toEqual(['loaded, inside a quotation', 'loaded, inside a quotation'])
    const quotedScore = analyzeLanguageBias(tokenize(quoted), lexicon).sentences[0]?.score ?? 1
    const plainScore = analyzeLanguageBias(tokenize(plain), lexicon).sentences[0]?.score ?? 0
    expect(quotedScore).toBeGreaterThan(0)
    expect(quotedScore).toBeLessThan(plainScore)
  })
})

describe('the shipped lexicon in use', () => {
  const shipped = loadLexicon()

  it('finds loaded terms of each kind with their neutral alternatives', () => {
    const text = 'Senator Vance slammed the regime, calling its shadowy operation a staggering failure, reportedly.'
    const found = analyzeLanguageBias(tokenize(text), shipped).evidence.map((span) => [text.slice(span.start, span.end), span.kind, span.suggestion])
    expect(found).toEqual(
      expect.arrayContaining([
        ['slammed', 'loaded_term', expect.stringMatching(/^critici[sz]e$/)],
        ['regime', 'loaded_term', 'government'],
        ['shadowy operation', 'loaded_term', 'clandestine operation'],
        ['staggering', 'intensifier', 'large'],
        ['reportedly', 'hedge', null]
      ])
    )
  })

  it('lets the researcher’s own terms join and override the shipped ones', () => {
    const custom = loadLexicon([
      { term: 'blorptastic', category: 'emotive', weight: 0.9, neutral: ['notable'] },
      { term: 'regime', category: 'loaded', weight: 0.3, neutral: ['administration'] }
    ])
    const spans = analyzeLanguageBias(tokenize('The blorptastic regime met.'), custom).evidence
    expect(spans.map((span) => [span.label, span.suggestion])).toEqual([
      ['blorptastic', 'notable'],
      ['regime', 'administration']
    ])
    expect(custom.entries.filter((entry) => entry.term === 'regime')).toHaveLength(1)
    expect(custom.fingerprint).not.toBe(shipped.fingerprint)
  })
})
