/**
 * General sentiment strength of words, from the lexicon that ships with vader-sentiment (7,500 words
 * rated -4..4 by human raters; Hutto & Gilbert 2014). It is a second signal beside our own lexicon:
 * emotive wording our list does not name still moves a sentence's score. Only the word list is read,
 * not VADER's per-sentence analyzer, which costs ~16 ms per article and would halve throughput.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

let cached: ReadonlyMap<string, number> | null = null

export function parseValenceLexicon(content: string): Map<string, number> {
  const valence = new Map<string, number>()
  for (const line of content.split('\n')) {
    const [word, mean] = line.split('\t')
    // Emoticons and their kind (":-)") say nothing about news prose.
    if (!word || mean === undefined || !/^[a-z][a-z'-]*$/.test(word)) continue
    const value = Number(mean)
    if (Number.isFinite(value)) valence.set(word, value)
  }
  return valence
}

/** Empty (and the score then rests on our lexicon alone) if the package's word list cannot be read. */
export function loadValenceLexicon(): ReadonlyMap<string, number> {
  if (cached) return cached
  try {
    const path = createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt')
    cached = parseValenceLexicon(readFileSync(path, 'utf8'))
  } catch {
    cached = new Map()
  }
  return cached
}
