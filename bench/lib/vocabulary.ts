import { seededRandom, zipfSampler, type Random } from './prng.ts'
import { FUNCTION_WORDS, NEWS_WORDS, TOPICS } from './word-lists.ts'

export interface Vocabulary {
  /** Every word, most frequent first. */
  words: readonly string[]
  /** How many leading entries are real English words; the rest is the invented long tail. */
  realWords: number
  sample(random: Random): string
}

/** Invented words stand in for the names, jargon and typos that give real corpora their long tail. */
const TAIL_SIZE = 80_000
const ONSETS = ['b', 'br', 'c', 'cl', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w']
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou']
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'm', 'nd', 'st']

function inventWords(count: number, taken: Set<string>, random: Random): string[] {
  const words: string[] = []
  while (words.length < count) {
    let word = ''
    const syllables = random.int(2, 3)
    for (let index = 0; index < syllables; index++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS)
    if (taken.has(word)) continue
    taken.add(word)
    words.push(word)
  }
  return words
}

let cached: Vocabulary | null = null

/** Deterministic: the corpus generator and the search bench's query set must agree on every word. */
export function vocabulary(): Vocabulary {
  if (cached) return cached
  const real = [...new Set([...FUNCTION_WORDS, ...NEWS_WORDS, ...TOPICS.flatMap((topic) => topic.words)])]
  const tail = inventWords(TAIL_SIZE, new Set(real), seededRandom(7))
  const words = [...real, ...tail]
  const rank = zipfSampler(words.length, 1.15, 2.7)
  cached = { words, realWords: real.length, sample: (random) => words[rank(random)] as string }
  return cached
}
