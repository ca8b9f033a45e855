import { describe, expect, it } from 'vitest'
import type { EntityFinding } from '../../src/main/analysis/analysis-types'
import { extractEntities } from '../../src/main/analysis/entities/extract-entities'
import { tokenize } from '../../src/main/analysis/text/tokenize'

// Written for these tests after the kind of story the seed report covers; not a real article.
const ARTICLE = `SEOUL - The Lazarus Group, a hacking unit that US officials link to North Korea's intelligence services, stole $1.5bn in cryptocurrency from the Dubai-based exchange Bybit in February, according to the UN Security Council. Investigators said the money was laundered within weeks.

Jin-su, a defector who spent years working remote IT jobs for Western companies under fake identities, told the BBC that he was expected to earn at least $5,000 a month. "We had no choice," Jin-su said. He now lives in Seoul.

Julie Yoonnyung Lee, a reporter who met him in Seoul, said the scheme grew during the pandemic. Lee said most workers operate from China and Russia.

In London, the Ministry of Defence said it was reviewing contractors, and the Bank of England warned banks about sanctions evasion. Lena Ortiz, a cybersecurity analyst at the London-based firm Ally Security, said hiring managers should check identities carefully. "Video interviews are not enough," Ms Ortiz said. Ortiz added that the United Nations had documented similar cases since 2019.

The council said it would meet again in March. Mr Rob Henley, the chief executive of Vidoc Security Lab, said the U.S. Treasury Department had frozen accounts linked to the scheme. President Donald Trump has not commented.`

function entities(text: string): EntityFinding[] {
  return extractEntities(tokenize(text))
}

function find(found: EntityFinding[], name: string): EntityFinding | undefined {
  return found.find((entity) => entity.name === name)
}

describe('extractEntities on a news article', () => {
  const found = entities(ARTICLE)

  it('types people, organisations and places, with counts and exact first offsets', () => {
    const expected: [string, EntityFinding['kind'], number, string][] = [
      ['Lazarus Group', 'organisation', 1, 'Lazarus Group'],
      ['Bybit', 'organisation', 1, 'Bybit'],
      ['UN Security Council', 'organisation', 1, 'UN Security Council'],
      ['BBC', 'organisation', 1, 'BBC'],
      ['Ministry of Defence', 'organisation', 1, 'Ministry of Defence'],
      ['Bank of England', 'organisation', 1, 'Bank of England'],
      ['Ally Security', 'organisation', 1, 'Ally Security'],
      ['Vidoc Security Lab', 'organisation', 1, 'Vidoc Security Lab'],
      ['United Nations', 'organisation', 1, 'United Nations'],
      ['Seoul', 'place', 3, 'SEOUL'],
      ['London', 'place', 2, 'London'],
      ['Dubai', 'place', 1, 'Dubai-based'],
      ['North Korea', 'place', 1, "North Korea's"],
      ['China', 'place', 1, 'China'],
      ['Russia', 'place', 1, 'Russia'],
      ['Jin-su', 'person', 2, 'Jin-su'],
      ['Julie Yoonnyung Lee', 'person', 2, 'Julie Yoonnyung Lee'],
      ['Lena Ortiz', 'person', 3, 'Lena Ortiz'],
      ['Rob Henley', 'person', 1, 'Rob Henley'],
      ['Donald Trump', 'person', 1, 'Donald Trump']
    ]
    for (const [name, kind, mentions, written] of expected) {
      expect(find(found, name), name).toEqual({ kind, name, mentions, firstOffset: ARTICLE.indexOf(written) })
    }
  })

  it('reports gazetteer aliases under their canonical names', () => {
    expect(find(found, 'United States')).toMatchObject({ kind: 'place', mentions: 1, firstOffset: ARTICLE.indexOf('US officials') })
    expect(find(found, 'US Treasury')).toMatchObject({ kind: 'organisation', firstOffset: ARTICLE.indexOf('U.S. Treasury') })
  })

  it('finds nothing else: no sentence openers, adjectives, months, titles or "the council"', () => {
    const names = found.map((entity) => entity.name)
    for (const word of ['Investigators', 'Western', 'Video', 'February', 'March', 'IT', 'council', 'Council', 'Ms Ortiz', 'Ortiz', 'Lee', 'Mr Rob Henley', 'President']) {
      expect(names, word).not.toContain(word)
    }
    expect(found).toHaveLength(22)
  })

  it('orders entities by mentions, then by first appearance', () => {
    expect(found.slice(0, 3).map((entity) => entity.name)).toEqual(['Seoul', 'Lena Ortiz', 'Jin-su'])
    for (let index = 1; index < found.length; index++) {
      const before = found[index - 1] as EntityFinding
      const after = found[index] as EntityFinding
      expect(before.mentions > after.mentions || (before.mentions === after.mentions && before.firstOffset < after.firstOffset)).toBe(true)
    }
  })
})

describe('extractEntities rules', () => {
  it('joins names across "of", "for" and "and" only inside organisations and listed places', () => {
    const text = 'The Department of Health and Social Care wrote to the Department for Education. Officials from China and Russia met in Bosnia and Herzegovina.'
    const found = entities(text)
    expect(find(found, 'Department of Health and Social Care')?.kind).toBe('organisation')
    expect(find(found, 'Department for Education')?.kind).toBe('organisation')
    expect(find(found, 'Bosnia and Herzegovina')?.kind).toBe('place')
    expect(find(found, 'China')?.kind).toBe('place')
    expect(find(found, 'Russia')?.kind).toBe('place')
  })

  it('strips possessives but keeps them inside names', () => {
    const text = "Staff at St Aldhelm's Hospital praised the People's Republic of China. Krämer's plant will close, Krämer Antriebstechnik said."
    const found = entities(text)
    expect(find(found, "St Aldhelm's Hospital")?.kind).toBe('organisation')
    expect(find(found, 'China')).toMatchObject({ kind: 'place', firstOffset: text.indexOf("People's Republic") })
    expect(find(found, 'Krämer Antriebstechnik')).toMatchObject({ kind: 'organisation', mentions: 2, firstOffset: text.indexOf("Krämer's") })
  })

  it('counts an acronym introduced in brackets, and its later uses, toward the full name', () => {
    const text = "The Nursing and Midwifery Workers' Union (NMWU) called a strike. The NMWU said talks had failed."
    expect(entities(text)).toEqual([{ kind: 'organisation', name: "Nursing and Midwifery Workers' Union", mentions: 3, firstOffset: 4 }])
  })

  it('splits titles from names and keeps a known place before the title', () => {
    const text = 'Health Secretary Daniel Whitcombe met US President Donald Trump and Chief Constable Mark Denholm of Wexmoor Police. Mr Justice Kerr ruled.'
    const found = entities(text)
    expect(find(found, 'Daniel Whitcombe')).toMatchObject({ kind: 'person', firstOffset: text.indexOf('Daniel') })
    expect(find(found, 'Donald Trump')?.kind).toBe('person')
    expect(find(found, 'United States')?.kind).toBe('place')
    expect(find(found, 'Mark Denholm')?.kind).toBe('person')
    expect(find(found, 'Wexmoor Police')?.kind).toBe('organisation')
    expect(find(found, 'Kerr')?.kind).toBe('person')
    expect(found.map((entity) => entity.name)).not.toContain('Health')
  })

  it('counts a surname toward the nearest full name before it', () => {
    const text = 'Julie Lee spoke first. Hyun-Seung Lee, a defector, spoke next. Lee said the scheme was growing.'
    const found = entities(text)
    expect(find(found, 'Julie Lee')?.mentions).toBe(1)
    expect(find(found, 'Hyun-Seung Lee')).toMatchObject({ kind: 'person', mentions: 2 })
  })

  it('types unknown names by name-forming words and by the words around them', () => {
    const text =
      'Carys Maddox, a nurse, joined the Marrowby-based Tideline Alliance. Marrowby Borough Council and Nordwind Energie objected, and a Helixdesk spokesman declined to comment. Maddox said the Nordwind plan was flawed.'
    const found = entities(text)
    expect(find(found, 'Carys Maddox')).toMatchObject({ kind: 'person', mentions: 2 })
    expect(find(found, 'Marrowby')).toMatchObject({ kind: 'place', firstOffset: text.indexOf('Marrowby-based') })
    expect(find(found, 'Tideline Alliance')?.kind).toBe('organisation')
    expect(find(found, 'Marrowby Borough Council')?.kind).toBe('organisation')
    expect(find(found, 'Nordwind Energie')).toMatchObject({ kind: 'organisation', mentions: 2 })
    expect(find(found, 'Helixdesk')?.kind).toBe('organisation')
  })

  it('ignores nationalities, shouted headlines and generic words', () => {
    const text = 'NURSES SLAM PAY OFFER AS STRIKE LOOMS\n\nA North Korean defector said Americans and the Government were wrong. The Council said nothing. Police said on Monday that the Ministry had not replied.'
    expect(entities(text)).toEqual([])
  })

  it('does not read a lower-case pronoun as an acronym from the gazetteer', () => {
    const text = 'Who will pay? The World Health Organization (WHO) said the WHO would.'
    expect(entities(text)).toEqual([{ kind: 'organisation', name: 'World Health Organization', mentions: 3, firstOffset: text.indexOf('World') }])
  })

  it('keeps offsets exact with curly apostrophes and line breaks', () => {
    const text = 'PORT ELLERY, Jan 28 - Nurses struck.\n\nKorea’s envoy visited Port Ellery on Tuesday.'
    const found = entities(text)
    expect(find(found, 'Port Ellery')).toEqual({ kind: 'place', name: 'Port Ellery', mentions: 2, firstOffset: 0 })
    expect(found.map((entity) => entity.name)).not.toContain('Nurses')
  })
})

describe('extractEntities on text that capitalises every noun', () => {
  it('reports only names the gazetteer knows', () => {
    const text =
      'Der Automobilzulieferer Krämer Antriebstechnik will sein Werk in Marrowby schließen und die Fertigung nach Lindenfeld in Deutschland verlagern. Die Gewerkschaft sprach von einem schweren Schlag für die Region. Die Bürgermeisterin forderte Hilfe von der Regierung in London, die Entscheidung sei ein Signal für die ganze Industrie des Landes.'
    expect(entities(text)).toEqual([
      { kind: 'place', name: 'Germany', mentions: 1, firstOffset: text.indexOf('Deutschland') },
      { kind: 'place', name: 'London', mentions: 1, firstOffset: text.indexOf('London') }
    ])
  })

  it('copes with empty and odd texts', () => {
    for (const text of ['', '   ', 'A', '—', '東京 🌏', "O'Brien's", 'Mr', 'The']) expect(entities(text), text).toEqual([])
  })
})
