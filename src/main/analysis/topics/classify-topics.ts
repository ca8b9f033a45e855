import type { TokenizedText } from '../text/tokenize'
import { countKeywords } from './match-keywords'
import { loadTaxonomy, type Taxonomy } from './taxonomy'

export interface TopicScore {
  /** The topic's label from the taxonomy ("Cybersecurity", "International Relations"). */
  topic: string
  /** Weighted keyword hits per 100 words (see resources/topics/README.md). */
  weight: number
}

/**
 * The article's main topics from Slant's fixed taxonomy, by keyword. A keyword's weight counts once
 * plus the log of its repeats (a word said ten times is not ten times the evidence); the sum is
 * divided by the article's length, so a long article needs proportionally more evidence.
 */
export function classifyTopics(tokenized: TokenizedText, taxonomy: Taxonomy = loadTaxonomy()): TopicScore[] {
  const scores = new Array<number>(taxonomy.topics.length).fill(0)
  const distinct = new Array<number>(taxonomy.topics.length).fill(0)
  for (const [keyword, count] of countKeywords(tokenized, taxonomy)) {
    scores[keyword.topic] = (scores[keyword.topic] ?? 0) + keyword.weight * (1 + Math.log(count))
    distinct[keyword.topic] = (distinct[keyword.topic] ?? 0) + 1
  }
  const { scoring } = taxonomy
  const words = tokenized.tokens.reduce((sum, token) => (/[\p{L}\p{N}]/u.test(token.value) ? sum + 1 : sum), 0)
  const per100 = 100 / Math.max(words, scoring.lengthFloor, 1)
  const ranked = taxonomy.topics
    .map((topic, index) => ({ topic: topic.label, weight: (scores[index] ?? 0) * per100, distinct: distinct[index] ?? 0 }))
    .filter((entry) => entry.distinct >= scoring.minimumDistinctKeywords && entry.weight >= scoring.minimumWeight)
    .sort((a, b) => b.weight - a.weight)
  const top = ranked[0]?.weight ?? 0
  return ranked
    .filter((entry) => entry.weight >= top * scoring.relativeToTop)
    .slice(0, scoring.maximumTopics)
    .map((entry) => ({ topic: entry.topic, weight: Math.round(entry.weight * 100) / 100 }))
}
