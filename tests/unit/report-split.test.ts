import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitRunTogether } from '../../src/main/corpus/report/split-run-together'

describe('splitRunTogether', () => {
  it('cuts where an upper-case letter follows a lower-case one', () => {
    expect(splitRunTogether('BbcUn Security CouncilLazarus GroupBybit')).toEqual([
      'Bbc',
      'Un Security Council',
      'Lazarus Group',
      'Bybit'
    ])
    expect(splitRunTogether('Jin-SuHyun-Seung Lee')).toEqual(['Jin-Su', 'Hyun-Seung Lee'])
  })

  it('splits the seed report lists exactly', () => {
    expect(
      splitRunTogether('International RelationsHuman RightsSanctionsCybersecurityNorth KoreaCybercrimeData SecurityIt Fraud')
    ).toEqual([
      'International Relations',
      'Human Rights',
      'Sanctions',
      'Cybersecurity',
      'North Korea',
      'Cybercrime',
      'Data Security',
      'It Fraud'
    ])
    expect(splitRunTogether('BbcUn Security CouncilLazarus GroupBybitAlly SecurityVidoc Security LabPscore')).toEqual([
      'Bbc',
      'Un Security Council',
      'Lazarus Group',
      'Bybit',
      'Ally Security',
      'Vidoc Security Lab',
      'Pscore'
    ])
    expect(splitRunTogether('Beth GodwinJulie Yoonnyung LeeJin-SuHyun-Seung LeeRob HenleyDawid Moczadło')).toEqual([
      'Beth Godwin',
      'Julie Yoonnyung Lee',
      'Jin-Su',
      'Hyun-Seung Lee',
      'Rob Henley',
      'Dawid Moczadło'
    ])
  })

  it('treats accented and non-Latin cased letters like ASCII ones', () => {
    expect(splitRunTogether('Dawid MoczadłoÉlodie FauréŁukasz Zieliński')).toEqual([
      'Dawid Moczadło',
      'Élodie Fauré',
      'Łukasz Zieliński'
    ])
    expect(splitRunTogether('Klara WeißJürgen Müller')).toEqual(['Klara Weiß', 'Jürgen Müller'])
    expect(splitRunTogether('Анна ПетроваИван Иванов')).toEqual(['Анна Петрова', 'Иван Иванов'])
    // A decomposed "é" (e + combining acute) is still a lower-case letter before the boundary.
    expect(splitRunTogether('Rene\u0301Marie')).toEqual(['Rene\u0301', 'Marie'])
  })

  it('keeps Mc and Mac surnames whole, including at the start of a run-together item', () => {
    expect(splitRunTogether('McDonald')).toEqual(['McDonald'])
    expect(splitRunTogether('Douglas MacArthur')).toEqual(['Douglas MacArthur'])
    expect(splitRunTogether('Rob HenleyMcDonald')).toEqual(['Rob Henley', 'McDonald'])
    expect(splitRunTogether('John McCainDouglas MacArthurPaul McCartney')).toEqual([
      'John McCain',
      'Douglas MacArthur',
      'Paul McCartney'
    ])
    expect(splitRunTogether("Danielle O'Connor-McDonaldAmira Patel")).toEqual(["Danielle O'Connor-McDonald", 'Amira Patel'])
  })

  it('keeps other solid surname particles whole (DeSantis, LeBron, DiCaprio, LaGuardia, DuPont)', () => {
    expect(splitRunTogether('Ron DeSantisLeBron JamesLeonardo DiCaprio')).toEqual([
      'Ron DeSantis',
      'LeBron James',
      'Leonardo DiCaprio'
    ])
    expect(splitRunTogether('LaGuardia AirportDuPont')).toEqual(['LaGuardia Airport', 'DuPont'])
  })

  it.each([
    ['YouTube', 'BbcYouTubeReuters', ['Bbc', 'YouTube', 'Reuters']],
    ['PayPal', 'PayPalVisa', ['PayPal', 'Visa']],
    ['OpenAI', 'OpenAIMicrosoft', ['OpenAI', 'Microsoft']],
    ['LinkedIn', 'LinkedInMeta', ['LinkedIn', 'Meta']],
    ['TikTok', 'Meta PlatformsTikTok', ['Meta Platforms', 'TikTok']],
    ['WhatsApp', 'WhatsAppSignal', ['WhatsApp', 'Signal']],
    ['BlackRock', 'VanguardBlackRock', ['Vanguard', 'BlackRock']],
    ['JPMorgan', 'JPMorgan ChaseGoldman Sachs', ['JPMorgan Chase', 'Goldman Sachs']],
    ['GlaxoSmithKline', 'PfizerGlaxoSmithKlineAstraZeneca', ['Pfizer', 'GlaxoSmithKline', 'AstraZeneca']],
    ['DeepMind', 'GoogleDeepMindAnthropic', ['Google', 'DeepMind', 'Anthropic']],
    ['SpaceX', 'SpaceXTesla', ['SpaceX', 'Tesla']],
    ['eBay', 'eBayAmazon', ['eBay', 'Amazon']],
    ['McKinsey', 'DeloitteMcKinsey & Company', ['Deloitte', 'McKinsey & Company']]
  ])('keeps the camel-case name %s whole', (_name, text, expected) => {
    expect(splitRunTogether(text)).toEqual(expected)
  })

  it('keeps a word that starts with one lower-case letter whole (iPhone, eBay, mRNA)', () => {
    expect(splitRunTogether('iPhone')).toEqual(['iPhone'])
    expect(splitRunTogether('Apple Watch iPhone')).toEqual(['Apple Watch iPhone'])
    expect(splitRunTogether('iPhone SalesSmartphones')).toEqual(['iPhone Sales', 'Smartphones'])
    expect(splitRunTogether('mRNA VaccinesPublic Health')).toEqual(['mRNA Vaccines', 'Public Health'])
    expect(splitRunTogether('eToro')).toEqual(['eToro'])
  })

  it('does not read a gazetteer name inside another word', () => {
    // "eBay" must not glue "The" + "Bay" into one word.
    expect(splitRunTogether('Galway TheBay')).toEqual(['Galway The', 'Bay'])
    expect(splitRunTogether('PayPals')).toEqual(['Pay', 'Pals'])
  })

  it('splits an all-caps item from the next one but keeps plural acronyms', () => {
    expect(splitRunTogether('NATOBybit')).toEqual(['NATO', 'Bybit'])
    expect(splitRunTogether('Human RightsUN')).toEqual(['Human Rights', 'UN'])
    expect(splitRunTogether('CEOsNGOsBbc')).toEqual(['CEOs', 'NGOs', 'Bbc'])
  })

  it('splits after a digit or a closing bracket', () => {
    expect(splitRunTogether('Covid-19Public HealthG7Summit')).toEqual(['Covid-19', 'Public Health', 'G7', 'Summit'])
    expect(splitRunTogether('Hamas (Militant Group)Israel')).toEqual(['Hamas (Militant Group)', 'Israel'])
  })

  it('tidies whitespace, honours surviving line breaks and gives nothing for an empty list', () => {
    expect(splitRunTogether('  Beth  Godwin \t Rob Henley\r\nJin-Su  ')).toEqual(['Beth Godwin', 'Rob Henley', 'Jin-Su'])
    expect(splitRunTogether('')).toEqual([])
    expect(splitRunTogether('   ')).toEqual([])
  })

  it('leaves unicased scripts alone', () => {
    expect(splitRunTogether('北朝鮮サイバー犯罪')).toEqual(['北朝鮮サイバー犯罪'])
  })

  it('never throws, and only ever drops whitespace', () => {
    const strings = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('a', 'B', 'Mc', 'Mac', 'iP', 'ł', 'É', ' ', '-', '1', ')', '\u0301', 'PayPal', 'e') })
    )
    fc.assert(
      fc.property(strings, (text) => {
        const items = splitRunTogether(text)
        expect(items.join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''))
        for (const item of items) expect(item).toBe(item.trim())
      }),
      { numRuns: 500 }
    )
  })
})
