import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { looksLikeReport, parseReport, type ParsedReport } from '../../src/main/corpus/report/parse-report'
import { goalNumberForName, SDG_GOALS } from '../../src/main/corpus/report/sdg-goals'

const SEED = join(import.meta.dirname, '../../../shared/seed/000_893a9da058719ab5.txt')
const FIXTURES = join(import.meta.dirname, '../fixtures/reports')
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')

function parsed(text: string): { report: ParsedReport; warnings: string[] } {
  const result = parseReport(text)
  if (!result.ok) throw new Error(`expected a report, got: ${result.reason}`)
  return result
}

describe('parseReport on the seed report', () => {
  const seed = readFileSync(SEED, 'utf8')
  const { report, warnings } = parsed(seed)

  it('reads the header', () => {
    expect(report.title).toBe("North Korea's $600M Covert IT Scheme Revealed")
    expect(report.outletDomain).toBe('bbc.com')
    expect(report.summary).toBe(
      'A North Korean defector revealed how thousands of his compatriots use fake identities to work remote IT jobs for ' +
        "Western companies, generating $250m-$600m annually for the regime, highlighting the scheme's growth during the " +
        'pandemic and its implications for cybersecurity.'
    )
    expect(report.language).toBe('English')
    expect(report.languageCode).toBe('en')
    expect(report.country).toBe('United Kingdom')
  })

  it('splits the three lists', () => {
    expect(report.topics).toEqual([
      'International Relations',
      'Human Rights',
      'Sanctions',
      'Cybersecurity',
      'North Korea',
      'Cybercrime',
      'Data Security',
      'It Fraud'
    ])
    expect(report.organisations).toEqual([
      'Bbc',
      'Un Security Council',
      'Lazarus Group',
      'Bybit',
      'Ally Security',
      'Vidoc Security Lab',
      'Pscore'
    ])
    expect(report.people).toEqual([
      'Beth Godwin',
      'Julie Yoonnyung Lee',
      'Jin-Su',
      'Hyun-Seung Lee',
      'Rob Henley',
      'Dawid Moczadło'
    ])
  })

  it('pairs each question with its answer', () => {
    expect(report.questions).toEqual([
      {
        question:
          "How significantly does North Korea's covert IT scheme impact its ability to fund its weapons programs and circumvent international sanctions?",
        answer:
          'North Korean operatives used fraudulent identities to obtain remote IT positions in Western companies, generating ' +
          '$250 million to $600 million annually for the regime. This scheme, facilitated by networks of collaborators in ' +
          "the West and China, intensified during the pandemic's rise in remote work."
      },
      {
        question:
          'What are the key methods employed by North Korean IT workers to obtain employment, maintain anonymity, and transfer funds back to the regime?',
        answer:
          'This operation leverages the anonymity of remote work and the prevalence of freelance platforms to circumvent ' +
          "sanctions and generate substantial funds for the North Korean regime, highlighting the regime's resourcefulness " +
          'in exploiting global technological advancements.'
      },
      {
        question:
          "What future strategies could be implemented by Western companies and governments to counter the North Korean regime's exploitation of the remote IT sector?",
        answer:
          'The increasing sophistication of these operations and the potential for data breaches and extortion pose ' +
          'significant cybersecurity risks to Western firms. The relatively high success rate of securing employment ' +
          'suggests the regime will likely continue to adapt and refine its tactics.'
      }
    ])
  })

  it('reads the three scores with their rationales', () => {
    expect(report.scores.map(({ dimension, score }) => [dimension, score])).toEqual([
      ['framing', 2],
      ['language', 1],
      ['omission', 3]
    ])
    const [framing, language, omission] = report.scores
    expect(framing?.rationale).toMatch(/^The framing is largely sympathetic to Jin-su .* their clients\.$/u)
    expect(language?.rationale).toMatch(/^The language used is generally neutral, .*"unauthorized activity\.$/u)
    expect(omission?.rationale).toMatch(/^The article focuses heavily on Jin-su's experiences .* not fully explored\.$/u)
    for (const score of report.scores) expect(score.rationale).not.toContain('\n')
  })

  it('reads the one SDG, mapping the name as written to goal 10', () => {
    expect(report.sdgs).toHaveLength(1)
    expect(report.sdgs[0]).toMatchObject({ goal: 10, name: 'Reduced Inequality', direction: 'negative', relevance: 'direct' })
    expect(report.sdgs[0]?.rationale).toMatch(/^The systematic exploitation .* contribution to global inequality\.$/u)
  })

  it('has nothing to warn about', () => {
    expect(warnings).toEqual([])
  })

  it('gives the same result with CRLF line endings, trailing spaces and extra blank lines', () => {
    const messy = seed
      .split('\n')
      .map((line) => `  ${line}  `)
      .join('\r\n\r\n')
    expect(parseReport(messy)).toEqual(parseReport(seed))
  })

  it('is recognised as a report', () => {
    expect(looksLikeReport(seed)).toBe(true)
  })
})

describe('parseReport on other reports', () => {
  it('reads two SDGs and skips an unknown goal with a warning naming it', () => {
    const { report, warnings } = parsed(fixture('two-sdgs-unknown-goal.txt'))
    expect(report.title).toBe('Florida Suspends Offshore Wind Permits After Storm Season')
    expect(report.outletDomain).toBe('example-tribune.com')
    // A summary wrapped over two lines is one paragraph.
    expect(report.summary).toBe(
      "Florida's governor paused new offshore wind permits for eighteen months, citing storm damage to a test platform, " +
        'while developers and two utilities warned that the pause would raise power prices along the Gulf coast.'
    )
    expect(report).toMatchObject({ language: 'English', languageCode: 'en', country: 'United States' })
    expect(report.topics).toEqual(['Renewable Energy', 'Climate Change', 'Energy Policy', 'Infrastructure', 'It Systems'])
    expect(report.organisations).toEqual(['BlackRock', 'NextEra Energy', 'McKinsey', 'Us Department of Energy', 'SpaceX'])
    expect(report.people).toEqual([
      'Ron DeSantis',
      'Maria MacArthur',
      'LeBron James',
      'Élodie Fauré',
      "Danielle O'Connor-McDonald"
    ])
    expect(report.questions.map((q) => q.question)).toEqual([
      'Will the permit pause change where developers invest in the south-east?',
      'How reliable was the storm-damage evidence the governor cited?',
      'What do ratepayers stand to lose?'
    ])
    // An answer wrapped over two lines.
    expect(report.questions[0]?.answer).toBe(
      'Developers interviewed for the piece said they would move pending projects to Georgia and the Carolinas. ' +
        'Several said a second pause would end their interest in the state.'
    )
    expect(report.scores.map((s) => s.score)).toEqual([4, 2, 3])
    expect(report.sdgs).toEqual([
      {
        goal: 7,
        name: 'Affordable and Clean Energy',
        direction: 'negative',
        relevance: 'indirect',
        rationale: 'Pausing permits delays new generating capacity, which the utilities say will keep prices high.'
      },
      {
        goal: 13,
        name: 'Climate Action',
        direction: 'negative',
        relevance: 'direct',
        rationale:
          "Fewer offshore wind projects mean slower cuts to the state's power-sector emissions. The article does not quantify the difference."
      }
    ])
    expect(warnings).toEqual(['unknown Sustainable Development Goal "Interplanetary Colonisation" was skipped'])
  })

  it('reads a German report with CRLF endings, trailing spaces, extra blank lines and no SDG section', () => {
    const text = fixture('german-crlf.txt')
    expect(text).toContain('\r\n')
    const { report, warnings } = parsed(text)
    expect(report).toMatchObject({
      title: 'Neue Regeln für Mietpreisbremse beschlossen',
      outletDomain: 'spiegel.de',
      language: 'German',
      languageCode: 'de',
      country: 'Germany',
      topics: ['Wohnungspolitik', 'Mietrecht', 'Verfassungsrecht'],
      organisations: ['Bundestag', 'Deutscher Mieterbund', 'Haus & Grund', 'Bundesverfassungsgericht'],
      people: ['Klara Weiß', 'Jürgen Müller-Lüdenscheidt', 'Łukasz Zieliński'],
      sdgs: []
    })
    expect(report.summary).toMatch(/^Der Bundestag hat .* Verfassungsbeschwerde an\.$/u)
    expect(report.questions).toEqual([
      {
        question: 'Wer profitiert von der Verlängerung?',
        answer: 'Vor allem Mieter in Großstädten mit angespannten Märkten, laut den zitierten Zahlen.'
      },
      {
        question: 'Welche Folgen hat die Streichung der Ausnahme?',
        answer: 'Möblierte Wohnungen fallen künftig unter dieselbe Obergrenze.'
      },
      {
        question: 'Was sagen die Vermieterverbände?',
        answer: 'Sie halten das Gesetz für einen unzulässigen Eingriff in das Eigentum.'
      }
    ])
    expect(report.scores).toEqual([
      {
        dimension: 'framing',
        score: 1,
        rationale: 'Beide Seiten kommen zu Wort; der Aufbau folgt der Chronologie der Abstimmung.'
      },
      {
        dimension: 'language',
        score: 2,
        rationale: 'Der Begriff "Mietenwahnsinn" wird einmal ohne Anführungszeichen verwendet.'
      },
      {
        dimension: 'omission',
        score: 1,
        rationale: 'Die Zahlen des Mieterbundes werden genannt, die der Vermieter ebenfalls.'
      }
    ])
    expect(warnings).toEqual(['"Sustainable Development Goals" section is missing'])
  })

  it('rejects a report without the omission score, naming it', () => {
    const result = parseReport(fixture('missing-omission-score.txt'))
    expect(result).toEqual({ ok: false, reason: 'missing omission score ("Bias by Omission")' })
  })

  it('rejects a score outside 1-5 with the score and dimension in the reason', () => {
    const result = parseReport(fixture('score-out-of-range.txt'))
    expect(result).toEqual({ ok: false, reason: 'language score "7/5" is outside 1-5' })
  })

  it('rejects scores that are not whole numbers out of 5, or given twice', () => {
    const seed = readFileSync(SEED, 'utf8')
    expect(parseReport(seed.replace('\n2/5\n', '\n0/5\n'))).toEqual({
      ok: false,
      reason: 'framing score "0/5" is outside 1-5'
    })
    expect(parseReport(seed.replace('\n2/5\n', '\n2.5/5\n'))).toEqual({
      ok: false,
      reason: 'framing score "2.5/5" is outside 1-5'
    })
    expect(parseReport(seed.replace('\n3/5\n', '\n3/10\n'))).toEqual({
      ok: false,
      reason: 'omission score "3/10" is not out of 5'
    })
    expect(parseReport(seed.replace('Bias by Omission', 'Framing Bias'))).toEqual({
      ok: false,
      reason: 'framing score is given twice'
    })
  })

  it('rejects a report without a title or without any scores', () => {
    expect(parseReport('')).toEqual({ ok: false, reason: 'title is missing (nothing before the bias scores)' })
    expect(parseReport('\n\nCognitive Concepts\n\n2/5\n\nFraming Bias\n')).toEqual({
      ok: false,
      reason: 'title is missing (nothing before the bias scores)'
    })
    expect(parseReport('bbc.com\n\nSome summary.\n\n2/5\nFraming Bias\nx')).toEqual({
      ok: false,
      reason: 'title is missing (the report starts with the outlet domain)'
    })
    expect(parseReport('A headline\n\nbbc.com\n\nA summary.\nEnglish\n')).toEqual({
      ok: false,
      reason: 'bias scores are missing (no "N/5" lines)'
    })
  })

  it('warns about missing optional parts but keeps what it can', () => {
    const text = [
      'A Headline',
      '',
      'A one-line summary of the article.',
      '',
      'Cognitive Concepts',
      '2/5',
      'Framing Bias',
      'Rationale one.',
      '3/5',
      'Language Bias',
      '4/5',
      'Bias by Omission',
      'Rationale three.'
    ].join('\n')
    const { report, warnings } = parsed(text)
    expect(report).toMatchObject({
      title: 'A Headline',
      outletDomain: null,
      summary: 'A one-line summary of the article.',
      language: '',
      languageCode: null,
      country: '',
      topics: [],
      organisations: [],
      people: [],
      questions: [],
      sdgs: []
    })
    expect(report.scores.map((s) => [s.dimension, s.score, s.rationale])).toEqual([
      ['framing', 2, 'Rationale one.'],
      ['language', 3, ''],
      ['omission', 4, 'Rationale three.']
    ])
    expect(warnings).toEqual([
      'outlet domain is missing',
      'language is missing',
      'country line is missing',
      'topics line is missing',
      'organisations line is missing',
      'people line is missing',
      'questions are missing',
      'language rationale is missing',
      '"Sustainable Development Goals" section is missing'
    ])
  })

  it('skips a score for a dimension it does not know, with a warning', () => {
    const seed = readFileSync(SEED, 'utf8')
    const text = seed.replace('\nSustainable Development Goals', '\n4/5\n\nSensationalism\n\nSome text.\n\nSustainable Development Goals')
    const { report, warnings } = parsed(text)
    expect(report.scores.map((s) => s.score)).toEqual([2, 1, 3])
    expect(report.scores[2]?.rationale).toMatch(/not fully explored\.$/u)
    expect(warnings).toEqual(['score 4/5 for unknown dimension "Sensationalism" was ignored'])
  })

  it('skips an SDG without a relevance line, with a warning', () => {
    const seed = readFileSync(SEED, 'utf8')
    const { report, warnings } = parsed(seed.replace('Direct Relevance\n', ''))
    expect(report.sdgs).toEqual([])
    expect(warnings).toEqual(['Sustainable Development Goal "Reduced Inequality" has no relevance line and was skipped'])
  })

  it('keeps a language it has no code for, with a warning', () => {
    const seed = readFileSync(SEED, 'utf8')
    const { report, warnings } = parsed(seed.replace('\nEnglish\n', '\nKlingon\n'))
    expect(report).toMatchObject({ language: 'Klingon', languageCode: null, country: 'United Kingdom' })
    expect(report.topics).toHaveLength(8)
    expect(warnings).toEqual(['language "Klingon" has no known ISO 639-1 code'])
  })

  it.each([
    ['French', 'fr'],
    ['Spanish', 'es'],
    ['Italian', 'it'],
    ['Portuguese', 'pt'],
    ['Dutch', 'nl'],
    ['Russian', 'ru'],
    ['Chinese', 'zh'],
    ['Japanese', 'ja'],
    ['Arabic', 'ar'],
    ['Polish', 'pl'],
    ['Turkish', 'tr'],
    ['Ukrainian', 'uk'],
    ['Korean', 'ko'],
    ['Swedish', 'sv'],
    ['german', 'de']
  ])('maps the language %s to %s', (language, code) => {
    const seed = readFileSync(SEED, 'utf8')
    expect(parsed(seed.replace('\nEnglish\n', `\n${language}\n`)).report.languageCode).toBe(code)
  })

  it('does not take a rationale sentence ending in "positive" for a new goal', () => {
    const seed = readFileSync(SEED, 'utf8')
    const text = `${seed}\n\nOverall, the coverage of remote work is broadly positive\n\nClimate Action Positive\nIndirect Relevance\nA note.`
    const { report, warnings } = parsed(text)
    expect(report.sdgs.map((s) => s.goal)).toEqual([10, 13])
    expect(report.sdgs[0]?.rationale).toMatch(/inequality\.\n\nOverall, the coverage of remote work is broadly positive$/u)
    expect(warnings).toEqual([])
  })
})

describe('looksLikeReport', () => {
  it('accepts the report fixtures, including rejected ones, so they are not imported as articles', () => {
    for (const name of ['two-sdgs-unknown-goal.txt', 'german-crlf.txt', 'missing-omission-score.txt', 'score-out-of-range.txt']) {
      expect(looksLikeReport(fixture(name)), name).toBe(true)
    }
  })

  it('rejects plain articles, even ones that mention the dimensions or a score', () => {
    expect(looksLikeReport('')).toBe(false)
    expect(looksLikeReport('A headline\n\nThe council met on Tuesday. Critics spoke of framing bias and language bias.')).toBe(false)
    expect(looksLikeReport('Ratings\n\n4/5\n\nThe film is framed well.')).toBe(false)
    expect(looksLikeReport('4/5\nFraming Bias\nJust one dimension.')).toBe(false)
  })
})

describe('goalNumberForName', () => {
  it('maps every official name to its number', () => {
    expect(SDG_GOALS.map((goal) => goal.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1))
    for (const goal of SDG_GOALS) expect(goalNumberForName(goal.name)).toBe(goal.number)
  })

  it.each([
    ['Reduced Inequality', 10],
    ['reduced inequalities', 10],
    ['Good Health and Well-Being', 3],
    ['Good Health and Wellbeing', 3],
    ['Peace Justice and Strong Institutions', 16],
    ['Peace, Justice & Strong Institutions', 16],
    ['Clean Water', 6],
    ['Industry Innovation and Infrastructure', 9],
    ['Decent Work', 8],
    ['Life On Land', 15],
    ['Partnership for the Goals', 17],
    ['  CLIMATE ACTION.  ', 13],
    ['SDG 14', 14],
    ['Goal 5: Gender Equality', 5]
  ])('maps "%s" to %i', (name, number) => {
    expect(goalNumberForName(name)).toBe(number)
  })

  it.each(['Interplanetary Colonisation', 'Life', 'Clean', '', 'SDG 18', 'No'])('gives null for "%s"', (name) => {
    expect(goalNumberForName(name)).toBeNull()
  })
})

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    const reportish = fc.string({
      unit: fc.constantFrom(
        '\n',
        '\r\n',
        ' ',
        '2/5',
        '7/5',
        'Framing Bias',
        'Language Bias',
        'Bias by Omission',
        'Cognitive Concepts',
        'Sustainable Development Goals',
        'Reduced Inequality Negative',
        'Direct Relevance',
        'English',
        'bbc.com',
        'Why?',
        'BbcUn',
        'x'
      )
    })
    const strings = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), reportish)
    fc.assert(
      fc.property(strings, (text) => {
        const result = parseReport(text)
        expect(typeof result.ok).toBe('boolean')
        expect(typeof looksLikeReport(text)).toBe('boolean')
        goalNumberForName(text)
      }),
      { numRuns: 500 }
    )
  })
})
