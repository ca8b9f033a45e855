import { z } from 'zod'
import { readResourceJson } from '../entities/resource-file'
import { tokenize } from '../text/tokenize'

/**
 * resources/topics/taxonomy.json compiled for matching. Each keyword is run through the same
 * tokenizer as the articles, so "sanctions" in the file meets "sanction" in a text through its lemma
 * and a phrase is matched word by word ("data breach", "cross-border").
 */
export interface KeywordWord {
  /** The word's lower-case form and its lemma. */
  forms: Set<string>
  /**
   * How the keyword was written: "lower" words also match capitalised words, except proper nouns
   * mid-sentence ("Bill Thackeray" is no bill); "capital" ("Pyongyang") matches capitalised words
   * only; "caps" ("UN", "IT") matches words in capitals only, never the pronoun "it".
   */
  mode: 'lower' | 'capital' | 'caps'
}

export interface Keyword {
  topic: number
  weight: number
  words: KeywordWord[]
  text: string
}

export interface Topic {
  id: string
  label: string
}

export interface TopicScoring {
  /** Weighted keyword hits per 100 words a topic needs to be reported. */
  minimumWeight: number
  /** Different keywords a topic needs, so one repeated word never makes a topic. */
  minimumDistinctKeywords: number
  maximumTopics: number
  /** A reported topic needs at least this share of the top topic's weight. */
  relativeToTop: number
  /** Texts shorter than this many words are scored as if they had this many, so a caption with two keywords is no topic. */
  lengthFloor: number
}

export interface Taxonomy {
  topics: Topic[]
  keywords: Keyword[]
  /** Keywords by each form of their first word. */
  byFirstWord: Map<string, Keyword[]>
  scoring: TopicScoring
}

const schema = z.object({
  description: z.string(),
  scoring: z.object({
    minimumWeight: z.number().nonnegative(),
    minimumDistinctKeywords: z.number().int().positive(),
    maximumTopics: z.number().int().positive(),
    relativeToTop: z.number().min(0).max(1),
    lengthFloor: z.number().int().nonnegative()
  }),
  topics: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'topic ids are kebab-case'),
        label: z.string().min(1),
        keywords: z.record(z.string().min(1), z.number().positive().max(5))
      })
    )
    .min(1)
})

let cached: Taxonomy | null = null

export function loadTaxonomy(): Taxonomy {
  cached ??= compileTaxonomy(readResourceJson('topics/taxonomy.json', schema))
  return cached
}

function modeOf(value: string): KeywordWord['mode'] {
  if (!/\p{Lu}/u.test(value)) return 'lower'
  return /\p{Ll}/u.test(value) ? 'capital' : 'caps'
}

export function compileTaxonomy(data: z.infer<typeof schema>): Taxonomy {
  const topics: Topic[] = []
  const keywords: Keyword[] = []
  const byFirstWord = new Map<string, Keyword[]>()
  data.topics.forEach((topic, index) => {
    topics.push({ id: topic.id, label: topic.label })
    for (const [text, weight] of Object.entries(topic.keywords)) {
      const words = tokenize(text).tokens.filter((token) => token.pos !== 'SPACE').map((token) => ({
        forms: new Set([token.normal.toLowerCase(), token.lemma.toLowerCase()]),
        mode: modeOf(token.value)
      }))
      const first = words[0]
      if (!first) continue
      const keyword: Keyword = { topic: index, weight, words, text }
      keywords.push(keyword)
      for (const form of first.forms) {
        const list = byFirstWord.get(form) ?? []
        if (!list.includes(keyword)) list.push(keyword)
        byFirstWord.set(form, list)
      }
    }
  })
  // Longest first, so a phrase claims its words before a keyword inside it can ("data breach", "breach").
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length)
  return { topics, keywords, byFirstWord, scoring: data.scoring }
}
