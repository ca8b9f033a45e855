import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/main/analysis/summary/summarize'
import { tokenize } from '../../src/main/analysis/text/tokenize'

const ARTICLE = [
  // 0: the lead
  'Elmford council will close the town’s main bridge for six months from June after engineers found serious corrosion in its steel supports.',
  // 1: colour
  'It was raining hard on Tuesday morning as a handful of dog walkers crossed the river.',
  // 2-3: quotes
  '"We cannot wait any longer," Mayor Lena Ortiz said.',
  '"It is failing."',
  // 4: a key fact that shares the lead's words
  'Repairing the corroded steel supports will cost the council £4.2m, and the bridge closure will add up to 40 minutes to commutes.',
  // 5: colour
  'Local cafés have already put up signs welcoming walkers.',
  // 6: a key fact
  'Engineers first reported corrosion in the bridge supports in 2019, but the council delayed the repairs to save money.',
  // 7: background
  'The bridge was opened by the Queen in 1962.'
].join(' ')

describe('summarize', () => {
  it('picks the lead and the key-fact sentences, in document order, with exact offsets', () => {
    const summary = summarize(tokenize(ARTICLE))
    expect(summary.sentences.map((sentence) => sentence.index)).toEqual([0, 4, 6])
    for (const sentence of summary.sentences) expect(ARTICLE.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(summary.text).toBe(summary.sentences.map((sentence) => sentence.text).join(' '))
  })

  it('is not just the first sentences: colour and quotes after the lead are skipped', () => {
    const chosen = summarize(tokenize(ARTICLE)).sentences.map((sentence) => sentence.index)
    expect(chosen).not.toContain(1)
    expect(chosen).not.toContain(2)
  })

  it('takes the number of sentences asked for', () => {
    expect(summarize(tokenize(ARTICLE), { sentences: 1 }).sentences.map((sentence) => sentence.index)).toEqual([0])
    expect(summarize(tokenize(ARTICLE), { sentences: 5 }).sentences).toHaveLength(5)
  })

  it('returns a short text whole', () => {
    const text = 'The bridge will close. Repairs cost £4 million. It reopens in December.'
    const summary = summarize(tokenize(text))
    expect(summary.text).toBe(text)
    expect(summary.sentences).toHaveLength(3)
    expect(summarize(tokenize('')).sentences).toEqual([])
  })

  it('skips a sentence that repeats one already chosen', () => {
    const text = [
      'The council will close the main bridge for six months after engineers found corrosion.',
      'The council will close the main bridge for six months after engineers found serious corrosion.',
      'Repairs to the bridge will cost the council £4.2m.',
      'A ferry will carry commuters across the river during the bridge closure.',
      'Shops near the bridge expect to lose trade.'
    ].join(' ')
    const chosen = summarize(tokenize(text)).sentences.map((sentence) => sentence.index)
    expect(chosen).toContain(0)
    expect(chosen).not.toContain(1)
  })

  it('keeps exact offsets with non-Latin text and emoji', () => {
    const text = '東京の橋 🌉 is closing. ' + ARTICLE.replace('Local cafés', 'Local cafés ☕ and Москва-style kiosks')
    const summary = summarize(tokenize(text))
    for (const sentence of summary.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(summary.sentences).toHaveLength(3)
  })
})
