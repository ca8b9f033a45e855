/**
 * Phrase lists grouped under keys (the SDG phrases by goal, the frame cues by frame): flattened with
 * a clear error for a repeated phrase, and compiled into one matcher index whose entries know their
 * groups, so a phrase listed under two groups counts for both.
 */
import type { z } from 'zod'
import { readResourceJson } from '../../resources/resources-directory'
import { compilePhraseIndex, type PhraseIndex } from './compile-lexicon'

/** "file.json: 3.phrases.0: a phrase is empty": the first problem zod found, where it is. */
export function describeFirstIssue(source: string, error: z.ZodError, what: string): string {
  const issue = error.issues[0]
  return `${source}: ${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : `not a valid ${what}`}`
}

/** One entry per phrase; `describe` names a group in the error for a phrase it lists twice. */
export function flattenGroups<Key>(groups: readonly { key: Key; phrases: readonly string[] }[], source: string, describe: (key: Key) => string): { term: string; key: Key }[] {
  const entries: { term: string; key: Key }[] = []
  for (const { key, phrases } of groups) {
    const seen = new Set<string>()
    for (const phrase of phrases) {
      if (seen.has(phrase.toLowerCase())) throw new Error(`${source}: ${describe(key)} lists "${phrase}" twice`)
      seen.add(phrase.toLowerCase())
      entries.push({ term: phrase, key })
    }
  }
  return entries
}

/** An entry that may belong to several groups: a phrase listed under two goals is one entry with both. */
export interface GroupedPhrase<Key> {
  term: string
  weight: number
  groups: Key[]
}

/** One matcher index for all groups, so matching an article takes a single pass over its tokens. */
export function groupedPhraseIndex<Key>(entries: readonly { term: string; key: Key }[]): PhraseIndex<GroupedPhrase<Key>> {
  const byTerm = new Map<string, GroupedPhrase<Key>>()
  for (const { term, key } of entries) {
    const found = byTerm.get(term.toLowerCase())
    if (found) found.groups.push(key)
    else byTerm.set(term.toLowerCase(), { term, weight: 1, groups: [key] })
  }
  return compilePhraseIndex([...byTerm.values()])
}

const loaded = new Map<string, PhraseIndex<GroupedPhrase<unknown>>>()

/** The index of a grouped phrase file under resources/, read, checked and compiled once per thread. */
export function loadGroupedPhraseIndex<Key>(relativePath: string, parse: (data: unknown, source: string) => { term: string; key: Key }[]): PhraseIndex<GroupedPhrase<Key>> {
  let index = loaded.get(relativePath)
  if (!index) {
    const { path, data } = readResourceJson(relativePath)
    index = groupedPhraseIndex(parse(data, path)) as PhraseIndex<GroupedPhrase<unknown>>
    loaded.set(relativePath, index)
  }
  return index as PhraseIndex<GroupedPhrase<Key>>
}
