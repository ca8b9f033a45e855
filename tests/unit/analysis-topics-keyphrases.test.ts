import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/main/analysis/text/tokenize'
import { createIdf, documentTerms, keyphrases } from '../../src/main/analysis/topics/keyphrases'

// Texts written for these tests.
const ARTICLE = `The Lazarus Group stole cryptocurrency from Bybit, and the UN Security Council says the scheme funds weapons. Investigators traced the cryptocurrency through hundreds of wallets.

The scheme relies on remote workers with fake identities. The government said the scheme would be stopped, and the Lazarus Group denied any role in the cryptocurrency theft.`

const CORPUS = [
  'The government said the scheme would cost more than expected.',
  'A new scheme for pensioners was announced by the government.',
  'The government scheme was criticised by the opposition.',
  'Farmers said the government had ignored the drought.'
]

function corpusIdf(texts: string[]): (term: string) => number {
  const frequency = new Map<string, number>()
  for (const text of texts) for (const term of documentTerms(tokenize(text))) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  return createIdf(frequency, texts.length)
}

describe('createIdf', () => {
  it('is smoothed: 1 for a term in every document, highest for an unseen one, 1 for everything without a corpus', () => {
    const idf = createIdf(new Map([['scheme', 10], ['drought', 1]]), 10)
    expect(idf('scheme')).toBeCloseTo(Math.log(11 / 11) + 1)
    expect(idf('drought')).toBeCloseTo(Math.log(11 / 2) + 1)
    expect(idf('never seen')).toBeCloseTo(Math.log(11) + 1)
    expect(idf('never seen')).toBeGreaterThan(idf('drought'))
    expect(createIdf(new Map(), 0)('anything')).toBe(1)
    // A count above the number of documents (a stale table) never makes the IDF fall below 1.
    expect(createIdf(new Map([['x', 50]]), 10)('x')).toBe(1)
  })

  it('takes any lookup with a get(), as a database-backed caller provides', () => {
    const idf = createIdf({ get: (term: string) => (term === 'scheme' ? 3 : undefined) }, 3)
    expect(idf('scheme')).toBe(1)
  })
})

describe('documentTerms', () => {
  it('keys terms by lemma and keeps names whole', () => {
    const terms = documentTerms(tokenize(ARTICLE))
    for (const term of ['cryptocurrency', 'scheme', 'lazarus group', 'un security council', 'identity', 'fake', 'remote', 'worker', 'bybit']) {
      expect(terms.has(term), term).toBe(true)
    }
    // Names are never cut up, function words never make a term, and phrases are not counted whole.
    for (const term of ['security', 'lazarus', 'the', 'group', 'fake identity', 'remote worker']) expect(terms.has(term), term).toBe(false)
  })
})

describe('keyphrases', () => {
  it('prefers terms that are rare in the corpus', () => {
    const tokenized = tokenize(ARTICLE)
    const plain = keyphrases(tokenized, createIdf(new Map(), 0)).map((item) => item.phrase)
    // "scheme" and "cryptocurrency" are each used three times here; only the corpus tells them apart.
    expect(plain.slice(0, 2).sort()).toEqual(['cryptocurrency', 'scheme'])
    const weighted = keyphrases(tokenized, corpusIdf(CORPUS))
    const phrases = weighted.map((item) => item.phrase)
    expect(phrases[0]).toBe('cryptocurrency')
    expect(phrases.indexOf('cryptocurrency')).toBeLessThan(phrases.indexOf('scheme'))
    expect(phrases).not.toContain('government')
  })

  it('keeps names as written, never a phrase and a part of it, and at most the limit', () => {
    const result = keyphrases(tokenize(ARTICLE), corpusIdf(CORPUS), 5)
    expect(result).toHaveLength(5)
    const phrases = result.map((item) => item.phrase)
    expect(phrases).toContain('Lazarus Group')
    for (const a of phrases) for (const b of phrases) if (a !== b) expect(b.toLowerCase().includes(a.toLowerCase()), `${a} in ${b}`).toBe(false)
    for (let index = 1; index < result.length; index++) expect(result[index - 1]?.weight).toBeGreaterThanOrEqual(result[index]?.weight ?? 0)
  })

  it('gives a phrase the IDF of its rarest unit, so a rare word used only in one phrase shows as the phrase', () => {
    const tokenized = tokenize('Remote workers filed the claims. The remote workers were paid late, and the claims grew.')
    const idf = createIdf(new Map([['remote', 1], ['worker', 40], ['claim', 40]]), 40)
    const result = keyphrases(tokenized, idf)
    expect(result[0]?.phrase).toBe('remote workers')
    expect(result[0]?.weight).toBeCloseTo(2 * (Math.log(41 / 2) + 1), 3)
    expect(result.map((item) => item.phrase)).not.toContain('remote')
  })

  it('is deterministic and returns nothing for a text without nouns', () => {
    const idf = corpusIdf(CORPUS)
    expect(keyphrases(tokenize(ARTICLE), idf)).toEqual(keyphrases(tokenize(ARTICLE), idf))
    expect(keyphrases(tokenize('It was, and it is.'), idf)).toEqual([])
  })
})
