import { describe, expect, it } from 'vitest'
import { analyzeLanguageBias, loadLexicon, scoreSentences, SCORING_PARAMETERS } from '../../src/main/analysis/language-bias'
import { tokenize } from '../../src/main/analysis/text/tokenize'

// Texts written for these tests: a wire report, a tabloid version of a council story, an abusive rant.
const WIRE = [
  'LONDON, March 3 (Meridian Wire) - The Bank of England held its main interest rate at 4.5% on Thursday, as most economists polled by the agency had expected.',
  'Seven of the nine members of the Monetary Policy Committee voted to keep the rate unchanged, while two voted for a cut of a quarter of a percentage point.',
  "Inflation stood at 3.1% in January, above the bank's 2% target.",
  'The governor told reporters the committee would watch wage growth in the coming months.',
  'Sterling was little changed against the dollar after the announcement.',
  'The next decision is due on May 8.'
].join(' ')

const TABLOID = [
  "Furious residents last night slammed the council's shameless cash grab as arrogant town hall chiefs rammed through a staggering 40% rise in parking charges.",
  'The so-called consultation was a sham, campaigners said.',
  'Greedy bosses are raking in eye-watering bonuses while hard-working families are fleeced.',
  'One pensioner said the crippling charges were a disgrace.',
  'The council said the money would pay for road repairs.'
].join(' ')

const RANT = 'Thugs and scum roamed the streets last night. The vermin terrorised the town while spineless councillors did nothing. Locals are sick of the lawless hellhole their town has become.'

const lexicon = loadLexicon()

describe('sentence scores', () => {
  it('gives every sentence a 0-1 score and a flag at the tuned threshold, with its exact text', () => {
    const tokenized = tokenize(TABLOID)
    const sentences = scoreSentences(tokenized, lexicon)
    expect(sentences).toHaveLength(5)
    for (const sentence of sentences) {
      expect(sentence.score).toBeGreaterThanOrEqual(0)
      expect(sentence.score).toBeLessThanOrEqual(1)
      expect(sentence.flag).toBe(sentence.score >= SCORING_PARAMETERS.threshold)
      expect(TABLOID.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
    expect(sentences[0]?.flag).toBe(true)
    expect(sentences[0]?.loadedTerms).toEqual(expect.arrayContaining(['slammed', 'cash grab', 'rammed through', 'staggering']))
    // The council's own sentence is plain.
    expect(sentences[4]).toMatchObject({ flag: false, loadedTerms: [] })
  })

  it('scores a sentence without lexicon terms or emotive words 0', () => {
    expect(scoreSentences(tokenize('The next decision is due on May 8.'), lexicon)[0]?.score).toBe(0)
  })
})

describe('article language bias on the codebook scale', () => {
  it('scores a neutral wire report 1 and says why', () => {
    const { bias, sentences } = analyzeLanguageBias(tokenize(WIRE), lexicon)
    expect(bias.score).toBe(1)
    expect(sentences.every((sentence) => !sentence.flag)).toBe(true)
    expect(bias.rationale).toMatch(/No loaded, emotive or derogatory terms were found in the 6 sentences/)
    expect(bias.rationale).toMatch(/Score 1: neutral wording throughout\.$/)
  })

  it('scores a tabloid paragraph 4 or more, naming its evidence and the neutral alternatives', () => {
    const { bias, evidence } = analyzeLanguageBias(tokenize(TABLOID), lexicon)
    expect(bias.score).toBeGreaterThanOrEqual(4)
    expect(bias.rationale).toMatch(/^Loaded terms such as "[^"]+" \(neutral: "[^"]+"\)/)
    expect(bias.rationale).toMatch(/appear in [45] of 5 sentences/)
    // The strongest evidence named in the rationale is evidence the engine reports.
    const named = [...bias.rationale.matchAll(/"([^"]+)" \(neutral/g)].map((match) => match[1])
    expect(named.length).toBeGreaterThanOrEqual(2)
    for (const term of named) expect(evidence.some((span) => TABLOID.slice(span.start, span.end) === term)).toBe(true)
    expect(bias.rationale).toMatch(/Intensifiers: "staggering"/)
    expect(bias.rationale).toMatch(/Score [45]: /)
  })

  it('scores derogatory language 5', () => {
    const { bias } = analyzeLanguageBias(tokenize(RANT), lexicon)
    expect(bias.score).toBe(5)
    expect(bias.rationale).toMatch(/derogatory terms stand outside quotations/)
    expect(bias.rationale).toMatch(/Score 5: inflammatory or derogatory language\.$/)
  })

  it('counts loaded words in quotations at a reduced weight and says so', () => {
    const quoted = 'The minister said the plan was fair. "This is a shameless cash grab by a greedy regime," one protester said.'
    const { bias } = analyzeLanguageBias(tokenize(quoted), lexicon)
    expect(bias.rationale).toMatch(/terms sit inside quotations/)
    expect(bias.score).toBeLessThan(analyzeLanguageBias(tokenize('The minister said the plan was fair. This is a shameless cash grab by a greedy regime, one protester said.'), lexicon).bias.score)
  })

  it('is less confident about a short text than a long one', () => {
    const short = analyzeLanguageBias(tokenize('The regime slammed the plan.'), lexicon).bias
    const long = analyzeLanguageBias(tokenize(`${TABLOID} ${TABLOID} ${TABLOID}`), lexicon).bias
    expect(short.confidence).toBeGreaterThan(0)
    expect(short.confidence).toBeLessThan(long.confidence)
    expect(long.confidence).toBeLessThanOrEqual(0.9)
  })

  it('handles an empty text', () => {
    const result = analyzeLanguageBias(tokenize(''), lexicon)
    expect(result).toMatchObject({ sentences: [], evidence: [], bias: { score: 1 } })
  })
})
