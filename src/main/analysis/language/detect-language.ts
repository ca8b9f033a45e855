import { eld } from 'eld/medium'

export interface DetectedLanguage {
  /** ISO 639-1 code ("en", "de"), or null when the text is too short or the answer unreliable. */
  code: string | null
  /** 0-1: how clearly the best language beat the next one, scaled down for short texts. */
  confidence: number
}

/** Below this many letters n-gram statistics say little ("Hello there", "BBC News"). */
const MINIMUM_LETTERS = 20
/** Letters from which the length no longer lowers the confidence. */
const FULL_LENGTH_LETTERS = 200
/** A relative lead of the best language over the second that counts as a clear win. */
const CLEAR_MARGIN = 0.2
const MINIMUM_CONFIDENCE = 0.15
/**
 * eld is as accurate on a news lead as on a whole article: on the sample corpus, the test fixtures and
 * 500 bench articles, 600 characters gave the same language as 1,200 for every text, in half the time.
 */
const SAMPLE_CHARACTERS = 600

/**
 * The text's language by eld (Nito-ELD, "medium" n-gram database, 60 languages). Links, e-mail
 * addresses and numbers are removed first, because they carry no language and skew short texts.
 * eld's own isReliable() is required too, but it alone passes "Hola amigo" as Portuguese, so the
 * lead of the best language over the second is what sets the confidence.
 */
export function detectLanguage(text: string): DetectedLanguage {
  let sample = text.slice(0, SAMPLE_CHARACTERS)
  // Most texts hold no link or address, and these patterns are the costly part on long ones.
  if (sample.includes('://') || sample.includes('www.')) sample = sample.replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
  if (sample.includes('@')) sample = sample.replace(/[^\s@]+@[^\s@]+\.[^\s@]+/gu, ' ')
  sample = sample.replace(/[\p{N}_]+/gu, ' ')
  const letters = countLetters(sample)
  if (letters < MINIMUM_LETTERS) return { code: null, confidence: 0 }
  const result = eld.detect(sample)
  const scores = Object.values(result.getScores()).sort((a, b) => b - a)
  const best = scores[0] ?? 0
  if (!result.language || best <= 0) return { code: null, confidence: 0 }
  const lead = (best - (scores[1] ?? 0)) / best
  const confidence = Math.min(1, lead / CLEAR_MARGIN) * Math.min(1, Math.sqrt(letters / FULL_LENGTH_LETTERS))
  const rounded = Math.round(confidence * 100) / 100
  return { code: result.isReliable() && confidence >= MINIMUM_CONFIDENCE ? result.language : null, confidence: rounded }
}

function countLetters(text: string): number {
  let letters = 0
  for (const match of text.matchAll(/\p{L}+/gu)) letters += match[0].length
  return letters
}
