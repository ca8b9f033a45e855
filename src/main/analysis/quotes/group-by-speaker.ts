import type { QuoteFinding, SpeakerType } from '../analysis-types'

export interface Voice {
  /** null collects the quotes nobody could be found for. */
  speaker: string | null
  speakerType: SpeakerType | null
  quotes: number
  words: number
  /** Share of all quoted words, 0-1: how much of the quoted space this voice gets. */
  share: number
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}

/** Voices in an article, most quoted words first; the unattributed group, if any, comes last. */
export function groupBySpeaker(quotes: QuoteFinding[]): Voice[] {
  const voices = new Map<string | null, Voice>()
  let total = 0
  for (const quote of quotes) {
    const words = countWords(quote.text)
    total += words
    const voice = voices.get(quote.speaker) ?? { speaker: quote.speaker, speakerType: quote.speakerType, quotes: 0, words: 0, share: 0 }
    voice.quotes++
    voice.words += words
    voices.set(quote.speaker, voice)
  }
  const list = [...voices.values()]
  for (const voice of list) voice.share = total > 0 ? voice.words / total : 0
  return list.sort((a, b) => (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) || b.words - a.words || b.quotes - a.quotes)
}
