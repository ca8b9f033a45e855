import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/** Half-open character range [start, end) into the stored article text. */
export interface TextSpan {
  start: number
  end: number
}

export interface Token extends TextSpan {
  /** The token as it stands in the text. */
  value: string
  /** Lower-cased normal form (wink's `normal`). */
  normal: string
  lemma: string
  /** Universal POS tag: NOUN, VERB, PROPN, ADJ, ADV, PUNCT... */
  pos: string
  /** Index of the sentence the token belongs to. */
  sentence: number
}

export interface Sentence extends TextSpan {
  index: number
  text: string
  /** Index of its first token and one past its last. */
  firstToken: number
  endToken: number
}

export interface TokenizedText {
  text: string
  tokens: Token[]
  sentences: Sentence[]
}

// Loading the model takes ~150 ms; once per process (each worker thread has its own). Only sentence
// boundaries and parts of speech are used: without the negation, sentiment and entity pipes reading
// a document costs 27% less, with the same tokens and sentences (checked by bench/tools/analysis-profile.ts).
let nlp: ReturnType<typeof winkNLP> | null = null
function instance(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos'])
  return nlp
}

/**
 * Sentences and tokens with exact character offsets into `text`, so every span Slant stores points at
 * the stored article text itself. Offsets are found by locating each token from a moving cursor,
 * because wink reports token indices, not characters.
 */
export function tokenize(text: string): TokenizedText {
  const engine = instance()
  const its = engine.its
  const doc = engine.readDoc(text)
  const values = doc.tokens().out(its.value) as string[]
  const normals = doc.tokens().out(its.normal) as string[]
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const tokens: Token[] = []
  let cursor = 0
  values.forEach((value, index) => {
    const found = text.indexOf(value, cursor)
    // wink can normalise a token (odd quotes, ellipses); it then keeps the previous end as its start.
    const start = found >= 0 && found - cursor < 200 ? found : cursor
    const end = found >= 0 && found - cursor < 200 ? found + value.length : cursor
    cursor = end
    tokens.push({ start, end, value, normal: normals[index] ?? value.toLowerCase(), lemma: lemmas[index] ?? value.toLowerCase(), pos: tags[index] ?? 'X', sentence: 0 })
  })
  const sentences: Sentence[] = []
  doc.sentences().each((sentence: { out(what: unknown): unknown }) => {
    const [first, last] = sentence.out(its.span) as [number, number]
    const index = sentences.length
    for (let position = first; position <= last; position++) {
      const token = tokens[position]
      if (token) token.sentence = index
    }
    let start = tokens[first]?.start ?? 0
    let end = tokens[last]?.end ?? start
    // Line breaks can open or close a sentence as tokens of their own; spans hold only the words.
    while (start < end && /\s/.test(text[start] as string)) start++
    while (end > start && /\s/.test(text[end - 1] as string)) end--
    sentences.push({ index, start, end, text: text.slice(start, end), firstToken: first, endToken: last + 1 })
  })
  return { text, tokens, sentences }
}
