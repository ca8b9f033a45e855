/**
 * The SDG phrase list (resources/sdg/sdg-phrases.json), validated and compiled for the matcher once
 * per thread. A bad file is refused with the goal and phrase at fault, like a bad lexicon.
 */
import { join } from 'node:path'
import { z } from 'zod'
import type { PhraseIndex } from '../language-bias/compile-lexicon'
import { describeFirstIssue, flattenGroups, loadGroupedPhraseIndex, type GroupedPhrase } from '../language-bias/grouped-phrases'

export const SDG_PHRASES_FILE = join('sdg', 'sdg-phrases.json')

const fileSchema = z
  .array(
    z.strictObject({
      goal: z.number().int().min(1).max(17),
      phrases: z.array(z.string().trim().min(1, 'a phrase is empty').max(60)).min(1)
    })
  )
  .length(17, 'the file must list the 17 goals')

export function parseSdgPhrases(data: unknown, source: string): { term: string; key: number }[] {
  const parsed = fileSchema.safeParse(data)
  if (!parsed.success) throw new Error(describeFirstIssue(source, parsed.error, 'SDG phrase list'))
  if (new Set(parsed.data.map((entry) => entry.goal)).size !== 17) throw new Error(`${source}: each of the goals 1 to 17 must appear once`)
  return flattenGroups(
    parsed.data.map((entry) => ({ key: entry.goal, phrases: entry.phrases })),
    source,
    (goal) => `goal ${goal}`
  )
}

export type SdgPhrase = GroupedPhrase<number>

/** Every goal's phrases in one index; an entry lists each goal that names it. */
export function sdgPhraseIndex(): PhraseIndex<SdgPhrase> {
  return loadGroupedPhraseIndex(SDG_PHRASES_FILE, parseSdgPhrases)
}
