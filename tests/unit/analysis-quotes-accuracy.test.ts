import { describe, expect, it } from 'vitest'
import type { SpeakerType } from '../../src/main/analysis/analysis-types'
import { extractQuotes } from '../../src/main/analysis/quotes/extract-quotes'
import { tokenize } from '../../src/main/analysis/text/tokenize'

/**
 * Hand-labelled sets: news-like texts written for this test, each quote labelled with the speaker a
 * careful reader would name (null: nobody speaks it) and the speaker's type. SET mixes every
 * attribution pattern the extractor claims and was tuned on; HELD_OUT and FRESH were written later
 * (see their notes). These are figures for these texts, not for news in general.
 */
interface Labelled {
  /** The start of the quoted words. */
  quote: string
  speaker: string | null
  type: SpeakerType | null
}

const SET: { text: string; quotes: Labelled[] }[] = [
  {
    text: `Mayor Lena Ortiz said on Tuesday that the Elm Street bridge would close for repairs costing £4.2m. "We cannot wait any longer," she said. "The bridge is failing."

Councillor Mark Bell, who chairs the transport committee, disagreed. "This is a rushed decision," Mr Bell told the Evening Post. "Residents were not consulted."

“It is a disgrace,” said Tom Reed, a resident of Elm Street who has lived there for 30 years. “My children cross that bridge every day.”

A council spokesperson said the closure would last about six months.`,
    quotes: [
      { quote: 'We cannot wait', speaker: 'Lena Ortiz', type: 'official' },
      { quote: 'The bridge is failing', speaker: 'Lena Ortiz', type: 'official' },
      { quote: 'This is a rushed', speaker: 'Mark Bell', type: 'official' },
      { quote: 'Residents were not', speaker: 'Mark Bell', type: 'official' },
      { quote: 'It is a disgrace', speaker: 'Tom Reed', type: 'affected' },
      { quote: 'My children cross', speaker: 'Tom Reed', type: 'affected' }
    ]
  },
  {
    text: `Inflation rose to 4.5% in March, the highest rate for a year, according to the Office for National Statistics. According to Dr Amira Shah, an economist at the University of Leeds, "the figures show that food prices are still the main driver." She added that a third of households had cut back on heating.

"We expect rates to stay on hold until the summer," said Professor Li Wei of the London School of Economics. "Anything else would be a surprise."

Analysts at Barclays were more cautious. "The second half of the year looks weaker," the bank's chief economist, Sarah Cole, wrote in a note to clients.`,
    quotes: [
      { quote: 'the figures show', speaker: 'Amira Shah', type: 'expert' },
      { quote: 'We expect rates', speaker: 'Li Wei', type: 'expert' },
      { quote: 'Anything else', speaker: 'Li Wei', type: 'expert' },
      { quote: 'The second half', speaker: 'Sarah Cole', type: 'expert' }
    ]
  },
  {
    text: `Acme Ltd will cut 1,200 jobs, its second round of redundancies this year. The company's chief executive, Jane Doe, told the BBC: "These are difficult but necessary decisions." She said the firm had lost $30m in the first quarter.

A spokesperson for Acme Ltd later said: "We will support every affected employee." "We are talking to the unions," the spokesperson added.

Union leaders reacted angrily. “Workers are paying for management’s mistakes,” the union's spokesperson, Raj Patel, said. Gary Hughes, a worker at the plant for 22 years, said he felt betrayed. "I gave them everything," he said.`,
    quotes: [
      { quote: 'These are difficult', speaker: 'Jane Doe', type: 'company' },
      { quote: 'We will support', speaker: 'A spokesperson for Acme Ltd', type: 'company' },
      { quote: 'We are talking', speaker: 'A spokesperson for Acme Ltd', type: 'company' },
      { quote: 'Workers are paying', speaker: 'Raj Patel', type: 'other' },
      { quote: 'I gave them', speaker: 'Gary Hughes', type: 'affected' }
    ]
  },
  {
    text: `Waiting lists at St Mary’s Hospital have doubled since 2021, figures released on Monday show. “I waited 14 months for a hip operation,” said Margaret Evans, a 72-year-old patient from Leeds. “Some days,” she said, “I could not walk to the shops.”

Nurse Priya Sharma told reporters the ward was short of staff. “We are exhausted,” she said. “Every shift is a fight.”

The Health Secretary, Wes Streeting, said the government would publish a recovery plan. “Patients deserve better,” the minister said.`,
    quotes: [
      { quote: 'I waited 14 months', speaker: 'Margaret Evans', type: 'affected' },
      { quote: 'Some days', speaker: 'Margaret Evans', type: 'affected' },
      { quote: 'I could not walk', speaker: 'Margaret Evans', type: 'affected' },
      { quote: 'We are exhausted', speaker: 'Priya Sharma', type: 'affected' },
      { quote: 'Every shift', speaker: 'Priya Sharma', type: 'affected' },
      { quote: 'Patients deserve', speaker: 'Wes Streeting', type: 'official' }
    ]
  },
  {
    text: `Police said a 34-year-old man had been arrested after the fire, which destroyed three homes on Friday night. Detective Inspector Sam Ward said: "This was a deliberate and reckless act. We are appealing for witnesses.
"Anyone with information should contact us."
Neighbours described scenes of panic. "The flames were higher than the roof," said Ahmed Khan, whose family escaped unhurt. "We lost everything," he added.
A sign on the door of the burnt-out house read "Keep out".`,
    quotes: [
      { quote: 'This was a deliberate', speaker: 'Sam Ward', type: 'official' },
      { quote: 'Anyone with information', speaker: 'Sam Ward', type: 'official' },
      { quote: 'The flames were', speaker: 'Ahmed Khan', type: 'affected' },
      { quote: 'We lost everything', speaker: 'Ahmed Khan', type: 'affected' },
      { quote: 'Keep out', speaker: null, type: null }
    ]
  },
  {
    text: `Senator Maria Gonzalez has introduced a bill to cap rents at 5%. "Families are being priced out of their homes," Gonzalez told reporters on Capitol Hill. "This bill gives them a fighting chance," she added.

Critics say it will backfire. "Rent caps reduce supply, full stop," according to Daniel Brooks, a housing analyst at the Urban Institute. Landlord groups estimate the cap would cost owners $2bn a year.

At a rally in Los Angeles, shopper Kim Lee said the bill was overdue 🏠. "Prices here are insane," she said, adding: "Something has to give."`,
    quotes: [
      { quote: 'Families are being', speaker: 'Maria Gonzalez', type: 'official' },
      { quote: 'This bill gives', speaker: 'Maria Gonzalez', type: 'official' },
      { quote: 'Rent caps reduce', speaker: 'Daniel Brooks', type: 'expert' },
      { quote: 'Prices here', speaker: 'Kim Lee', type: 'affected' },
      { quote: 'Something has to give', speaker: 'Kim Lee', type: 'affected' }
    ]
  },
  {
    text: `Rail workers in Berlin walked out on Wednesday, the third strike this month. „We have no other choice“, said Jonas Weber, a train driver for 19 years. The rail operator Deutsche Bahn said in a statement that talks would resume. „We regret the disruption to passengers“, the company said.
In Tokyo (東京), commuters were unaffected. «It is a German problem», said Kenji Sato, a commuter, with a shrug 🤷.`,
    quotes: [
      { quote: 'We have no other', speaker: 'Jonas Weber', type: 'affected' },
      { quote: 'We regret', speaker: 'Deutsche Bahn', type: 'company' },
      { quote: 'It is a German', speaker: 'Kenji Sato', type: 'affected' }
    ]
  },
  {
    text: `Two senior politicians clashed over the budget on Thursday. Chancellor Rachel Reeves said borrowing would fall by a quarter over five years. The shadow chancellor, Mel Stride, called the plan "a fantasy". "It simply does not add up," he said. "Nobody believes these numbers." Reeves hit back. "The numbers are audited by the OBR," she said.
Green Party campaigners staged a protest outside the Treasury. "Cuts cost lives," they said.`,
    quotes: [
      { quote: 'a fantasy', speaker: 'Mel Stride', type: 'official' },
      { quote: 'It simply does not', speaker: 'Mel Stride', type: 'official' },
      { quote: 'Nobody believes', speaker: 'Mel Stride', type: 'official' },
      { quote: 'The numbers are audited', speaker: 'Rachel Reeves', type: 'official' },
      { quote: 'Cuts cost lives', speaker: 'Green Party campaigners', type: 'other' }
    ]
  }
]

/** Written after tuning on SET and first run unchanged, to see how far the tuning carried. */
const HELD_OUT: { text: string; quotes: Labelled[] }[] = [
  {
    text: `Manchester United have appointed Omar Berrada as chief executive, the club announced on Friday. Berrada, 45, previously worked at Manchester City. "This is a club with extraordinary history," Berrada said in a statement. "I am honoured to lead it."
Sir Jim Ratcliffe, the club's co-owner, told reporters he expected "a new era". Fans were less sure. "We've heard it all before," said season-ticket holder Dave Mills, 58.`,
    quotes: [
      { quote: 'This is a club', speaker: 'Omar Berrada', type: 'company' },
      { quote: 'I am honoured', speaker: 'Omar Berrada', type: 'company' },
      { quote: 'a new era', speaker: 'Jim Ratcliffe', type: 'company' },
      { quote: "We've heard", speaker: 'Dave Mills', type: 'affected' }
    ]
  },
  {
    text: `A report by the Environment Agency warned that 2.4 million homes face flood risk by 2050. "We are seeing the consequences of climate change now, not in the future," the agency's chair, Alan Lovell, said.
Farmers in Somerset, where fields were under water for weeks last winter, said help had been slow. "I lost half my crop," said Jenny Clark, who farms near Taunton. "Nobody from the government has visited."
A Defra spokesperson said: "We are investing £5.6bn in flood defences." Professor Hannah Cloke, a hydrologist at the University of Reading, said the sum was "nowhere near enough". She added: "The defences we have are ageing fast."`,
    quotes: [
      { quote: 'We are seeing', speaker: 'Alan Lovell', type: 'official' },
      { quote: 'I lost half', speaker: 'Jenny Clark', type: 'affected' },
      { quote: 'Nobody from', speaker: 'Jenny Clark', type: 'affected' },
      { quote: 'We are investing', speaker: 'A Defra spokesperson', type: 'official' },
      { quote: 'nowhere near', speaker: 'Hannah Cloke', type: 'expert' },
      { quote: 'The defences', speaker: 'Hannah Cloke', type: 'expert' }
    ]
  },
  {
    text: `Shares in Nvidia fell 6% on Tuesday after the chipmaker said it would delay a product launch. "Demand remains extraordinary," chief executive Jensen Huang told analysts on a call. He said supply problems would be fixed "within weeks".
"The delay is a warning sign," said Rita Gomez, an analyst at Morgan Stanley. "Investors will want answers."
The company declined to comment further. In a statement, it said: "We remain confident in our roadmap."`,
    quotes: [
      { quote: 'Demand remains', speaker: 'Jensen Huang', type: 'company' },
      { quote: 'within weeks', speaker: 'Jensen Huang', type: 'company' },
      { quote: 'The delay is', speaker: 'Rita Gomez', type: 'expert' },
      { quote: 'Investors will', speaker: 'Rita Gomez', type: 'expert' },
      { quote: 'We remain confident', speaker: 'Nvidia', type: 'company' }
    ]
  },
  {
    text: `Hundreds of protesters gathered outside the town hall in Dover on Saturday. "We want safe routes, not walls," they chanted. Home Secretary Yvette Cooper said the government would "not be swayed". Local resident Paul Carter, 61, watched from his doorstep. "It's been like this every weekend," he said. "I just want some peace."`,
    quotes: [
      { quote: 'We want safe', speaker: 'Hundreds of protesters', type: 'affected' },
      { quote: 'not be swayed', speaker: 'Yvette Cooper', type: 'official' },
      { quote: "It's been like", speaker: 'Paul Carter', type: 'affected' },
      { quote: 'I just want', speaker: 'Paul Carter', type: 'affected' }
    ]
  }
]

/**
 * Written last, after tuning on both sets above, and first run unchanged. Its labels are a careful
 * reader's, including types the lexicons cannot know (an MTA chair is an official).
 */
const FRESH: { text: string; quotes: Labelled[] }[] = [
  {
    text: `A former care home manager has been jailed for six years for stealing £240,000 from elderly residents. Judge Karen Walsh told Leeds Crown Court that Michael Dunn had shown "a callous disregard" for the people in his care. "You exploited their trust for your own gain," she said.
Dunn's barrister, Andrew Pike, said his client was "deeply ashamed". Outside court, the daughter of one victim, Susan Hale, said the sentence was too lenient. "My mother lost her life savings," she said. "Six years is nothing."`,
    quotes: [
      { quote: 'a callous disregard', speaker: 'Karen Walsh', type: 'official' },
      { quote: 'You exploited', speaker: 'Karen Walsh', type: 'official' },
      { quote: 'deeply ashamed', speaker: 'Andrew Pike', type: 'other' },
      { quote: 'My mother lost', speaker: 'Susan Hale', type: 'affected' },
      { quote: 'Six years is nothing', speaker: 'Susan Hale', type: 'affected' }
    ]
  },
  {
    text: `Subway service in New York was suspended for three hours on Monday after a signal failure at a major junction, the Metropolitan Transportation Authority says. "We know how frustrating this is for riders," MTA chair Janno Lieber says. "Our crews worked as fast as they could."
Commuter Luis Ortega, 34, waited at Union Square for an hour. "Nobody told us anything," he says. Transit advocate Danny Pearlstein of the Riders Alliance says the failure was "entirely predictable" given decades of underinvestment.`,
    quotes: [
      { quote: 'We know how', speaker: 'Janno Lieber', type: 'official' },
      { quote: 'Our crews worked', speaker: 'Janno Lieber', type: 'official' },
      { quote: 'Nobody told us', speaker: 'Luis Ortega', type: 'affected' },
      { quote: 'entirely predictable', speaker: 'Danny Pearlstein', type: 'other' }
    ]
  },
  {
    text: `A new drug halved the risk of heart attacks in a trial of 12,000 patients, researchers reported in the New England Journal of Medicine on Wednesday. "This is the biggest advance in cardiology in a decade," said Dr Priya Nair, who led the study at Imperial College London. The drug's maker, Novacor Pharmaceuticals, said it would seek approval later this year. "We expect to file with regulators by September," its chief executive, Tom Hartley, told investors.
Some experts urged caution. "The trial was short, and the side effects need watching," said Professor Ian Webb, a cardiologist at the University of Edinburgh.`,
    quotes: [
      { quote: 'This is the biggest', speaker: 'Priya Nair', type: 'expert' },
      { quote: 'We expect to file', speaker: 'Tom Hartley', type: 'company' },
      { quote: 'The trial was short', speaker: 'Ian Webb', type: 'expert' }
    ]
  },
  {
    text: `Residents of the Riverside estate say they have been living with damp and mould for two years. "The children are always ill," said Fatima Ali, who shares a two-bedroom flat with her four children. Her neighbour, Kevin Brown, agreed. "We pay our rent, we deserve a safe home," he said.
Riverside Housing, which manages the estate, said repairs would begin next month. "We apologise to residents for the delays," it said in a statement. Councillor Joan Price said the council would inspect every flat. "If the landlord fails, we will act," she said.`,
    quotes: [
      { quote: 'The children are', speaker: 'Fatima Ali', type: 'affected' },
      { quote: 'We pay our rent', speaker: 'Kevin Brown', type: 'affected' },
      { quote: 'We apologise', speaker: 'Riverside Housing', type: 'company' },
      { quote: 'If the landlord', speaker: 'Joan Price', type: 'official' }
    ]
  }
]

/** Speakers compare case-insensitively: "A spokesperson" and "a spokesperson" are the same reading. */
function same(found: string | null, expected: string | null): boolean {
  return (found ?? '').toLowerCase() === (expected ?? '').toLowerCase()
}

type LabelledSet = { text: string; quotes: Labelled[] }[]

interface Scored {
  total: number
  missing: string[]
  speakers: number
  types: number
}

/** Scores a set and prints its figure and every miss, so the test log doubles as the report. */
function score(name: string, set: LabelledSet): Scored {
  const rows = set.flatMap(({ text, quotes }) => {
    const found = extractQuotes(tokenize(text))
    return quotes.map((label) => ({ label, found: found.find((quote) => quote.text.startsWith(label.quote)) ?? null }))
  })
  const speakers = rows.filter((row) => row.found && same(row.found.speaker, row.label.speaker)).length
  const types = rows.filter((row) => row.found && row.found.speakerType === row.label.type).length
  const percent = (count: number): string => ((100 * count) / rows.length).toFixed(1)
  console.info(`${name}: speaker ${speakers}/${rows.length} = ${percent(speakers)}%, type ${types}/${rows.length} = ${percent(types)}%`)
  for (const row of rows.filter((row) => !row.found || !same(row.found.speaker, row.label.speaker) || row.found.speakerType !== row.label.type)) {
    console.info(`  "${row.label.quote}": expected ${row.label.speaker} (${row.label.type}), got ${row.found?.speaker} (${row.found?.speakerType}) by ${row.found?.attribution}`)
  }
  return { total: rows.length, missing: rows.filter((row) => !row.found).map((row) => row.label.quote), speakers, types }
}

/*
 * First-run figures, before the fixes each set prompted (all fixes are general rules, not per-text):
 * speakers SET 33/39 = 84.6%, HELD_OUT 16/19 = 84.2%, FRESH 13/16 = 81.3%; types 35/39, 11/19, 9/16.
 * Expect roughly the first-run figures on unseen news.
 */
const SETS: [string, LabelledSet, number][] = [
  ['labelled set', SET, 30],
  ['held-out set', HELD_OUT, 15],
  ['fresh set', FRESH, 15]
]

describe('attribution accuracy', () => {
  for (const [name, set, size] of SETS) {
    it(`${name}: finds every quote, names at least 90% of speakers and types 70% right`, () => {
      const scored = score(name, set)
      expect(scored.missing).toEqual([])
      expect(scored.total).toBeGreaterThanOrEqual(size)
      expect(scored.speakers / scored.total).toBeGreaterThanOrEqual(0.9)
      expect(scored.types / scored.total).toBeGreaterThanOrEqual(0.7)
    })
  }

  it('names at least 95% of speakers over all three sets', () => {
    const all = SETS.map(([name, set]) => score(name, set))
    const total = all.reduce((sum, scored) => sum + scored.total, 0)
    const right = all.reduce((sum, scored) => sum + scored.speakers, 0)
    console.info(`all sets: speaker ${right}/${total} = ${((100 * right) / total).toFixed(1)}%`)
    expect(right / total).toBeGreaterThanOrEqual(0.95)
  })
})
