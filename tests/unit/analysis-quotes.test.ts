import { describe, expect, it } from 'vitest'
import type { QuoteFinding } from '../../src/main/analysis/analysis-types'
import { extractQuotes } from '../../src/main/analysis/quotes/extract-quotes'
import { groupBySpeaker } from '../../src/main/analysis/quotes/group-by-speaker'
import { findQuoteSpans } from '../../src/main/analysis/quotes/quote-marks'
import { tokenize } from '../../src/main/analysis/text/tokenize'

function quotes(text: string): QuoteFinding[] {
  const found = extractQuotes(tokenize(text))
  // Every span must point at exactly the words it claims.
  for (const quote of found) expect(text.slice(quote.start, quote.end)).toBe(quote.text)
  return found
}

function speakerOf(text: string, start: string): Pick<QuoteFinding, 'speaker' | 'speakerType' | 'attribution'> | undefined {
  const quote = quotes(text).find((found) => found.text.startsWith(start))
  return quote && { speaker: quote.speaker, speakerType: quote.speakerType, attribution: quote.attribution }
}

describe('quote marks', () => {
  it('finds straight, curly, low-high and guillemet quotes with exact offsets', () => {
    const text = 'A "straight one," then “a curly one”, „a German one“ and «a French one» and »another«.'
    const spans = findQuoteSpans(text).map((span) => text.slice(span.start, span.end))
    expect(spans).toEqual(['straight one', 'a curly one', 'a German one', 'a French one', 'another'])
  })

  it('keeps a quote over several sentences and strips the attribution comma', () => {
    const text = '"We cannot wait. The bridge is failing. Act now," she said.'
    expect(quotes(text).map((quote) => quote.text)).toEqual(['We cannot wait. The bridge is failing. Act now'])
  })

  it('ends an unclosed quote at the paragraph and links it to the reopened one', () => {
    const text = 'Ward said: "This was deliberate.\n"Anyone with information should call us."\nIt ends here.'
    const spans = findQuoteSpans(text)
    expect(spans.map((span) => [text.slice(span.start, span.end), span.continued])).toEqual([
      ['This was deliberate.', true],
      ['Anyone with information should call us.', false]
    ])
  })

  it('ignores inch marks and keeps a stray quote to its own paragraph', () => {
    const text = 'A 12" screen costs £99. One "stray mark here\nNext paragraph "quoted" text.'
    expect(findQuoteSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['stray mark here', 'quoted'])
  })
})

describe('attribution patterns', () => {
  it('"…," said X', () => {
    expect(speakerOf('"It is a disgrace," said Tom Reed, a resident of Elm Street.', 'It is')).toEqual({
      speaker: 'Tom Reed', speakerType: 'affected', attribution: 'said X'
    })
  })

  it('"…," X said and X said: "…"', () => {
    expect(speakerOf('"Rates will stay on hold," Professor Li Wei said.', 'Rates')).toMatchObject({ speaker: 'Li Wei', attribution: 'X said' })
    expect(speakerOf('Professor Li Wei said: "Rates will stay on hold."', 'Rates')).toMatchObject({ speaker: 'Li Wei', speakerType: 'expert' })
  })

  it('X told (the BBC): "…" and "…," X told the BBC', () => {
    expect(speakerOf('Jane Doe told the BBC: "These are hard decisions."', 'These')).toMatchObject({ speaker: 'Jane Doe', attribution: 'X told' })
    expect(speakerOf('"These are hard decisions," Jane Doe told the BBC on Monday.', 'These')).toMatchObject({ speaker: 'Jane Doe', attribution: 'X told' })
  })

  it('according to X, before or after the quote', () => {
    const before = 'According to Dr Amira Shah, an economist at the University of Leeds, "the figures do not add up."'
    expect(speakerOf(before, 'the figures')).toEqual({ speaker: 'Amira Shah', speakerType: 'expert', attribution: 'according to X' })
    const after = '"Rent caps reduce supply," according to Daniel Brooks, a housing analyst.'
    expect(speakerOf(after, 'Rent caps')).toMatchObject({ speaker: 'Daniel Brooks', speakerType: 'expert', attribution: 'according to X' })
  })

  it('X, a spokesperson for Y, said', () => {
    const text = '"We will appeal," Sam Cole, a spokesperson for the Ministry of Justice, said.'
    expect(speakerOf(text, 'We will')).toEqual({ speaker: 'Sam Cole', speakerType: 'official', attribution: 'X said' })
  })

  it('"…," X added, and she/he/they said resolved to the last named person', () => {
    const text = 'Mayor Lena Ortiz announced the closure. "We had no choice," she said. "It is temporary," Ortiz added.'
    expect(speakerOf(text, 'We had')).toEqual({ speaker: 'Lena Ortiz', speakerType: 'official', attribution: 'she said: pronoun resolved to X' })
    expect(speakerOf(text, 'It is')).toMatchObject({ speaker: 'Lena Ortiz', attribution: 'X added' })
  })

  it('skips a person of the other gender when resolving he or she', () => {
    const text = 'Rachel Reeves met Mel Stride on Thursday. "It was useful," she said. "It was not," he said later.'
    expect(speakerOf(text, 'It was useful')?.speaker).toBe('Rachel Reeves')
    expect(speakerOf(text, 'It was not')?.speaker).toBe('Mel Stride')
  })

  it('gives a quote-only sentence after an attributed quote to the same speaker', () => {
    const text = '"We are exhausted," Nurse Priya Sharma said. "Every shift is a fight."\n\nThe hospital declined to comment.'
    expect(speakerOf(text, 'Every shift')).toEqual({ speaker: 'Priya Sharma', speakerType: 'affected', attribution: 'follow-on quote' })
  })

  it('gives a quote-only sentence after reported speech to that speaker', () => {
    const text = 'Mayor Lena Ortiz said the plan would cost £4.2m. "We cannot wait."'
    expect(speakerOf(text, 'We cannot')).toMatchObject({ speaker: 'Lena Ortiz', attribution: 'follow-on quote' })
  })

  it('splits a quote around its attribution and gives both halves the speaker', () => {
    const text = '“Some days,” she said, “I could not walk.” That was Margaret Evans.'
    const lead = 'Margaret Evans, a patient, waited 14 months. ' + text
    const found = quotes(lead)
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Some days', 'Margaret Evans'],
      ['I could not walk.', 'Margaret Evans']
    ])
  })

  it('continues a quote over paragraphs', () => {
    const text = 'Detective Inspector Sam Ward said: "This was reckless.\n"Anyone with information should call us."'
    expect(quotes(text).map((quote) => [quote.speaker, quote.attribution])).toEqual([
      ['Sam Ward', 'X said'],
      ['Sam Ward', 'continued quote']
    ])
  })

  it('resolves "the spokesperson" and "the minister" to who was introduced before', () => {
    const text = 'A spokesperson for Acme Ltd said: "We will support staff." "We are talking to unions," the spokesperson added. ' +
      'The Health Secretary, Wes Streeting, visited. "Patients deserve better," the minister said.'
    expect(speakerOf(text, 'We are talking')?.speaker).toBe('a spokesperson for Acme Ltd')
    expect(speakerOf(text, 'Patients')?.speaker).toBe('Wes Streeting')
  })

  it('names speakers by title, possessive and office', () => {
    expect(speakerOf('The union\'s spokesperson said: "No deal."', 'No deal')?.speaker).toBe("the union's spokesperson")
    expect(speakerOf('A Home Office spokesperson said: "We are reviewing it."', 'We are')).toMatchObject({ speaker: 'a Home Office spokesperson', speakerType: 'official' })
    expect(speakerOf('Mayor Lena Ortiz said: "Yes."', 'Yes')).toMatchObject({ speaker: 'Lena Ortiz', speakerType: 'official' })
  })

  it('leaves a quote with no speaker unattributed', () => {
    const text = 'A sign on the door read "Keep out". The so-called "reform" passed without debate.'
    expect(quotes(text).map((quote) => [quote.text, quote.speaker, quote.speakerType, quote.attribution])).toEqual([
      ['Keep out', null, null, null],
      ['reform', null, null, null]
    ])
  })

  it('does not attribute a quote to the speaker of the next sentence', () => {
    const text = 'The sign read "the numbers do not add up." A Home Office spokesperson told the BBC: "We are reviewing it."'
    expect(quotes(text).map((quote) => quote.speaker)).toEqual([null, 'a Home Office spokesperson'])
  })
})

describe('speaker types', () => {
  const cases: [string, string][] = [
    ['Senator Maria Gonzalez said: "Yes."', 'official'],
    ['"Yes," said Councillor Mark Bell.', 'official'],
    ['"Yes," said a police spokesperson.', 'official'],
    ['"Yes," said Sarah Cole, a senior analyst at Barclays.', 'expert'],
    ['"Yes," said Dr Amira Shah.', 'expert'],
    ['"Yes," said Jane Doe, chief executive of Acme plc.', 'company'],
    ['"Yes," said a spokesperson for Acme Ltd.', 'company'],
    ['"Yes," said Gary Hughes, a worker at the plant.', 'affected'],
    ['"Yes," said Kim Lee, a shopper.', 'affected'],
    ['"Yes," said Tom Reed, 54.', 'other']
  ]
  for (const [text, type] of cases) {
    it(`${type}: ${text}`, () => {
      expect(quotes(text)[0]?.speakerType).toBe(type)
    })
  }
})

describe('offsets in text with other scripts and emoji', () => {
  it('keeps exact offsets after CJK, Cyrillic, Arabic and emoji', () => {
    const text = 'In Tokyo (東京) 🚆 commuters waited. «It is a German problem», said Kenji Sato, a commuter 🤷. ' +
      '“مرحبا بكم” 👋, said Ahmed Khan, a resident. Olga Petrova, a passenger from Москва, agreed. "Ça va 😀 très bien," she said.'
    const found = quotes(text)
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['It is a German problem', 'Kenji Sato'],
      ['مرحبا بكم', 'Ahmed Khan'],
      ['Ça va 😀 très bien', 'Olga Petrova']
    ])
  })
})

describe('voices', () => {
  it('groups quotes by speaker with their share of quoted words', () => {
    const text = 'Mayor Lena Ortiz said: "We cannot wait any longer." "The bridge is failing," she added. ' +
      '"It is a disgrace," said Tom Reed, a resident. A sign read "Keep out".'
    const voices = groupBySpeaker(quotes(text))
    expect(voices.map((voice) => [voice.speaker, voice.speakerType, voice.quotes, voice.words])).toEqual([
      ['Lena Ortiz', 'official', 2, 9],
      ['Tom Reed', 'affected', 1, 4],
      [null, null, 1, 2]
    ])
    expect(voices.reduce((sum, voice) => sum + voice.share, 0)).toBeCloseTo(1)
  })
})
