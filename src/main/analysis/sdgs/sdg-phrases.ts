/**
 * The SDG phrase list (resources/sdg/sdg-phrases.json), validated and compiled for the matcher once
 * per thread. A bad file is refused with the goal and phrase at fault, like a bad lexicon.
 */
import { join } from 'node:path'
import { z } from 'zod'
import { readResourceJson } from '../../resources/resources-directory'
import { compilePhraseIndex, type PhraseIndex } from '../language-bias/compile-lexicon'

export const SDG_PHRASES_FILE = join('sdg', 'sdg-phrases.json')

export interface SdgPhrase {
  term: string
  goal: number
  /** Every phrase counts the same; the matcher prefers the heavier of two equally long matches. */
  weight: number
}

const fileSchema = z
  .array(
    z.strictObject({
      goal: z.number().int().min(1).max(17),
      phrases: z.array(z.string().trim().min(1, 'a phrase is empty').max(60)).min(1)
    })
  )
  .length(17, 'the file must list the 17 goals')

export function parseSdgPhrases(data: unknown, source: string): SdgPhrase[] {
  const parsed = fileSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${source}: ${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'not a valid SDG phrase list'}`)
  }
  const goals = parsed.data.map((entry) => entry.goal)
  if (new Set(goals).size !== 17) throw new Error(`${source}: each of the goals 1 to 17 must appear once`)
  const phrases: SdgPhrase[] = []
  for (const { goal, phrases: list } of parsed.data) {
    const seen = new Set<string>()
    for (const phrase of list) {
      const key = phrase.toLowerCase()
      if (seen.has(key)) throw new Error(`${source}: goal ${goal} lists "${phrase}" twice`)
      seen.add(key)
      phrases.push({ term: phrase, goal, weight: 1 })
    }
  }
  return phrases
}

let compiled: ReadonlyMap<number, PhraseIndex<SdgPhrase>> | null = null

/** One index per goal, so a phrase listed under two goals counts for both. */
export function sdgPhraseIndexes(): ReadonlyMap<number, PhraseIndex<SdgPhrase>> {
  if (compiled) return compiled
  const { path, data } = readResourceJson(SDG_PHRASES_FILE)
  const phrases = parseSdgPhrases(data, path)
  const goals = [...new Set(phrases.map((phrase) => phrase.goal))]
  compiled = new Map(goals.map((goal) => [goal, compilePhraseIndex(phrases.filter((phrase) => phrase.goal === goal))]))
  return compiled
}
