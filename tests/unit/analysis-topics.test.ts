import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/main/analysis/text/tokenize'
import { classifyTopics } from '../../src/main/analysis/topics/classify-topics'
import { loadTaxonomy } from '../../src/main/analysis/topics/taxonomy'

// Articles written for these tests.
const CYBER_CRIME = `North Korean hackers stole $1.5bn in cryptocurrency from the Dubai-based exchange Bybit, according to a panel of the UN Security Council that monitors sanctions against Pyongyang. Investigators said the Lazarus Group laundered the money within weeks.

A defector told the BBC that thousands of North Korean IT workers use fake identities to take remote jobs at Western companies, sending the money back to the regime in breach of international sanctions. Security researchers say some of the workers install malware and steal data, then demand ransoms when they are fired.

Diplomats at the United Nations said the scheme showed how the regime finances its weapons programme despite the sanctions. The US and South Korea have frozen accounts and offered rewards, and the foreign ministers of both countries are due to discuss the hacking at a summit next month.`

const MEASLES = `Health officials began a catch-up vaccination campaign on Monday after 212 cases of measles were confirmed since August, most of them in children under ten. The outbreak has put 31 children in hospital.

Nurses will run clinics in 40 schools, and parents of unvaccinated pupils have been sent letters. Uptake of the MMR vaccine is 81%, well below the 95% needed to stop the infection spreading, the director of public health said.`

describe('the topic taxonomy', () => {
  const taxonomy = loadTaxonomy()
  const data = JSON.parse(readFileSync('resources/topics/taxonomy.json', 'utf8')) as { topics: { id: string; label: string; keywords: Record<string, number> }[] }

  it('has about forty topics, each with 15 to 40 weighted keywords', () => {
    expect(taxonomy.topics.length).toBeGreaterThanOrEqual(38)
    expect(taxonomy.topics.length).toBeLessThanOrEqual(45)
    expect(new Set(taxonomy.topics.map((topic) => topic.id)).size).toBe(taxonomy.topics.length)
    expect(new Set(taxonomy.topics.map((topic) => topic.label)).size).toBe(taxonomy.topics.length)
    for (const topic of data.topics) {
      const weights = Object.values(topic.keywords)
      expect(weights.length, topic.id).toBeGreaterThanOrEqual(15)
      expect(weights.length, topic.id).toBeLessThanOrEqual(40)
      for (const weight of weights) expect([1, 2, 3], topic.id).toContain(weight)
    }
  })

  it('covers the topics the issue names', () => {
    const labels = taxonomy.topics.map((topic) => topic.label)
    for (const label of ['International Relations', 'Human Rights', 'Cybersecurity', 'Economy', 'Labour and Employment', 'Public Health', 'Immigration', 'Climate Change', 'Elections', 'Sanctions', 'Corruption', 'Data and Privacy']) {
      expect(labels).toContain(label)
    }
  })

  it('lists no keyword twice within a topic', () => {
    const text = readFileSync('resources/topics/taxonomy.json', 'utf8')
    for (const topic of data.topics) {
      const block = text.slice(text.indexOf(`"id": "${topic.id}"`))
      const keywords = block.slice(block.indexOf('"keywords": {'), block.indexOf('}'))
      const keys = [...keywords.matchAll(/"([^"]+)": \d/g)].map((match) => match[1])
      expect(keys.length, topic.id).toBe(Object.keys(topic.keywords).length)
    }
  })
})

describe('classifyTopics', () => {
  it('finds cybersecurity and international relations in a cyber-crime story', () => {
    const topics = classifyTopics(tokenize(CYBER_CRIME))
    const labels = topics.map((topic) => topic.topic)
    expect(labels).toContain('Cybersecurity')
    expect(labels).toContain('International Relations')
    expect(labels).toContain('Sanctions')
    expect(labels.indexOf('Cybersecurity')).toBeLessThan(2)
    expect(topics.length).toBeLessThanOrEqual(5)
    for (let index = 1; index < topics.length; index++) expect(topics[index - 1]?.weight).toBeGreaterThanOrEqual(topics[index]?.weight ?? 0)
  })

  it('puts public health first for a vaccination story', () => {
    const topics = classifyTopics(tokenize(MEASLES))
    expect(topics[0]?.topic).toBe('Public Health')
    expect(topics.map((topic) => topic.topic)).not.toContain('Cybersecurity')
  })

  it('needs more than one keyword, and returns nothing for a text without any', () => {
    expect(classifyTopics(tokenize('The strike went ahead.'))).toEqual([])
    expect(classifyTopics(tokenize('The weather was pleasant and the afternoon passed quietly by the river.'))).toEqual([])
  })

  it('matches keywords by lemma, and never a common keyword in a name', () => {
    const sanctions = classifyTopics(tokenize('The sanctions were tightened. Officials said the embargo and the asset freeze would stay, and sanctioned banks appealed.'))
    expect(sanctions[0]?.topic).toBe('Sanctions')
    // "Bill", "Strike" and "Council" here are parts of names, not the words.
    const names = classifyTopics(tokenize('Bill Strike met Council Smith and Nurse Jones at the Union Inn.'))
    expect(names).toEqual([])
  })

  it('normalises by length: the same evidence in a longer text weighs less', () => {
    const short = classifyTopics(tokenize(MEASLES))
    const filler = ' The afternoon was quiet and the town went about its business as usual.'.repeat(20)
    const long = classifyTopics(tokenize(MEASLES + filler))
    const weight = (list: { topic: string; weight: number }[]): number => list.find((topic) => topic.topic === 'Public Health')?.weight ?? 0
    expect(weight(long)).toBeGreaterThan(0)
    expect(weight(long)).toBeLessThan(weight(short) * 0.6)
  })
})

describe('classifyTopics on the sample corpus', () => {
  // Each story's main topic, by the story numbers of resources/sample-corpus/README.md.
  const STORY_TOPICS: Record<string, string[]> = {
    '01': ['Labour and Employment', 'Health'],
    '02': ['Transport'],
    '03': ['Business and Industry'],
    '04': ['Courts and Law', 'Protest and Activism'],
    '05': ['Energy'],
    '06': ['Infrastructure', 'Environment'],
    '07': ['Cybersecurity', 'Data and Privacy'],
    '08': ['Immigration', 'Disasters and Emergencies'],
    '09': ['Public Health']
  }
  const articles = readFileSync('resources/sample-corpus/articles.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { external_id: string; language: string; text: string })

  it("reports each English article's story topic, and no topic for German ones", () => {
    for (const article of articles) {
      const labels = classifyTopics(tokenize(article.text)).map((topic) => topic.topic)
      if (article.language !== 'en') {
        expect(labels, article.external_id).toEqual([])
        continue
      }
      const story = article.external_id.slice('sample-'.length, 'sample-'.length + 2)
      expect(labels.some((label) => STORY_TOPICS[story]?.includes(label)), `${article.external_id}: ${labels.join(', ')}`).toBe(true)
    }
  })
})
