import type { Sentence, Token, TokenizedText } from '../text/tokenize'
import { STOP_WORDS } from './stop-words'
import { pageRank, similarityMatrix } from './textrank'

export interface SummarySentence {
  index: number
  start: number
  end: number
  text: string
}

export interface Summary {
  /** The chosen sentences, in document order. */
  sentences: SummarySentence[]
  text: string
}

export interface SummaryOptions {
  /** How many sentences to pick; 3 by default. */
  sentences?: number
}

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'])
/** Ranking beyond this many sentences costs quadratic time for sentences the lead bias all but rules out. */
const MAX_CANDIDATES = 300
/** A sentence with fewer content words than this is a fragment ("The bridge is failing.") and ranks lower. */
const FULL_SENTENCE_WORDS = 6
/** Two sentences sharing this share of the shorter one's words say the same thing: keep the first chosen. */
const REDUNDANT = 0.6
/** Opening with a pronoun ("She added that…") leans on a sentence the summary may not include. */
const DANGLING_PENALTY = 0.7
/** The first sentence counts 1 + this times its rank, the second 1 + this / 2...: the lead bias on top of the teleport. */
const LEAD_WEIGHT = 2
const DANGLING_OPENERS = new Set(['he', 'she', 'they', 'it', 'this', 'these', 'those', 'his', 'her', 'their', 'its'])

function isContent(token: Token): boolean {
  if (!CONTENT_TAGS.has(token.pos) || STOP_WORDS.has(token.normal)) return false
  const lemma = token.lemma.toLowerCase()
  if (STOP_WORDS.has(lemma)) return false
  // One Latin letter is noise ("m" of "£4.2m"); one Han character is a word.
  return lemma.length > 1 ? /[\p{L}\p{N}]/u.test(lemma) : /[\p{N}]|[^\p{Script=Latin}\P{L}]/u.test(lemma)
}

/** Each sentence's distinct content lemmas as sorted integer ids, for fast overlap counts. */
function contentTerms(tokens: Token[], sentences: Sentence[]): Int32Array[] {
  const ids = new Map<string, number>()
  return sentences.map((sentence) => {
    const seen = new Set<number>()
    for (let index = sentence.firstToken; index < sentence.endToken; index++) {
      const token = tokens[index] as Token
      if (!isContent(token)) continue
      const lemma = token.lemma.toLowerCase()
      let id = ids.get(lemma)
      if (id === undefined) {
        id = ids.size
        ids.set(lemma, id)
      }
      seen.add(id)
    }
    return Int32Array.from(seen).sort()
  })
}

/** News puts the key facts first: the random jumps of the ranking favour early sentences. */
function leadBias(n: number): Float64Array {
  const weights = new Float64Array(n)
  let total = 0
  for (let i = 0; i < n; i++) {
    weights[i] = 1 / Math.sqrt(1 + i)
    total += weights[i] as number
  }
  for (let i = 0; i < n; i++) weights[i] = (weights[i] as number) / total
  return weights
}

function redundant(a: Int32Array, b: Int32Array): boolean {
  const shorter = Math.min(a.length, b.length)
  if (shorter === 0) return false
  const set = new Set(a)
  let shared = 0
  for (const id of b) if (set.has(id)) shared++
  return shared / shorter >= REDUNDANT
}

function pick(sentence: Sentence): SummarySentence {
  return { index: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text }
}

function finish(chosen: Sentence[]): Summary {
  const sentences = [...chosen].sort((a, b) => a.start - b.start).map(pick)
  return { sentences, text: sentences.map((sentence) => sentence.text).join(' ') }
}

/**
 * An extractive summary: the sentences TextRank ranks highest over content-word overlap, with a lead
 * bias and a penalty for fragments and dangling pronouns, skipping near-repeats, in document order.
 * Texts no longer than the requested length are returned whole.
 */
export function summarize(tokenized: TokenizedText, options: SummaryOptions = {}): Summary {
  const wanted = Math.max(1, options.sentences ?? 3)
  const all = tokenized.sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence.text))
  if (all.length <= wanted) return finish(all)
  const candidates = all.slice(0, MAX_CANDIDATES)
  const n = candidates.length
  const terms = contentTerms(tokenized.tokens, candidates)
  const rank = pageRank(similarityMatrix(terms), n, leadBias(n))
  const scores = candidates.map((sentence, i) => {
    const size = (terms[i] as Int32Array).length
    const first = tokenized.tokens[sentence.firstToken]
    const dangling = first !== undefined && DANGLING_OPENERS.has(first.normal) ? DANGLING_PENALTY : 1
    const position = 1 + LEAD_WEIGHT / (1 + i)
    return (rank[i] as number) * position * Math.min(1, size / FULL_SENTENCE_WORDS) * dangling
  })
  const order = candidates.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
  const chosen: number[] = []
  for (const i of order) {
    if (chosen.length >= wanted) break
    if (chosen.some((j) => redundant(terms[i] as Int32Array, terms[j] as Int32Array))) continue
    chosen.push(i)
  }
  // Everything left repeats a chosen sentence: fill up by rank rather than return fewer than asked.
  for (const i of order) if (chosen.length < wanted && !chosen.includes(i)) chosen.push(i)
  return finish(chosen.map((i) => candidates[i] as Sentence))
}
