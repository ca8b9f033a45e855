import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/**
 * Whether wink's English vocabulary knows a lower-cased word, and its usual part of speech. It tells
 * "Locals said", "Health officials" or "Ceramics, chemicals" (ordinary words that open a sentence)
 * from "Bybit said" (an unknown word, so likely a name): compromise's lexicon is too small for that.
 *
 * tokenize() keeps its wink instance private, so this module has its own. A second instance shares
 * the model's data (about 1.5 MB more, 0.2 s to build once per worker). wink numbers the words it
 * meets for the first time after its vocabulary, so an id below the first new word's id is known.
 */
export interface VocabularyEntry {
  known: boolean
  pos: string
  lemma: string
}

let engine: ReturnType<typeof winkNLP> | null = null
let vocabularySize = 0
const cache = new Map<string, VocabularyEntry>()
const CACHE_LIMIT = 50_000

function instance(): ReturnType<typeof winkNLP> {
  if (!engine) {
    engine = winkNLP(model)
    vocabularySize = probe(engine, 'qqxzqqxzslantprobe').id
  }
  return engine
}

function probe(nlp: ReturnType<typeof winkNLP>, word: string): { id: number; pos: string; lemma: string } {
  const its = nlp.its
  const token = nlp.readDoc(word).tokens().itemAt(0)
  return {
    id: Number(token.out(its.uniqueId)),
    pos: String(token.out(its.pos)),
    lemma: String(token.out(its.lemma as never))
  }
}

export function vocabularyEntry(word: string): VocabularyEntry {
  const key = word.toLowerCase()
  const cached = cache.get(key)
  if (cached) return cached
  const nlp = instance()
  const found = probe(nlp, key)
  const entry: VocabularyEntry = { known: found.id < vocabularySize, pos: found.pos, lemma: found.lemma }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, entry)
  return entry
}
