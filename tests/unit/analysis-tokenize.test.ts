import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/main/analysis/text/tokenize'

describe('tokenize', () => {
  it('gives sentences and tokens whose offsets point into the text exactly', () => {
    const text = 'A defector said "we had no choice." He told the BBC in Seoul.\n\nPrices rose 4.5% — “sharply”, analysts said… 東京 🌏 too.'
    const { sentences, tokens } = tokenize(text)
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'A defector said "we had no choice."',
      'He told the BBC in Seoul.',
      'Prices rose 4.5% — “sharply”, analysts said… 東京 🌏 too.'
    ])
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.value)
    const bbc = tokens.find((token) => token.value === 'BBC')
    expect(bbc).toMatchObject({ pos: 'PROPN', sentence: 1 })
  })
})
