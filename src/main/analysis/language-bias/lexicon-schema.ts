/**
 * The shape of a loaded-language lexicon entry and its validation. Entries come from two places, the
 * shipped file (resources/lexicons/loaded-language.json) and the researcher's own terms (stored in
 * the corpus database), and both pass through here, so a bad user term is refused with the same
 * clear message as a bad shipped one instead of silently matching nothing.
 */
import { z } from 'zod'
import { LEXICON_CATEGORY_NAMES } from '../../../shared/contract'

export const LEXICON_CATEGORIES = LEXICON_CATEGORY_NAMES
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number]

/** Universal POS tags as wink reports them; a `pos` on an entry restricts where it can match. */
export const LEXICON_POS = ['ADJ', 'ADV', 'NOUN', 'VERB', 'PROPN', 'ADP', 'AUX', 'DET', 'INTJ', 'NUM', 'PRON'] as const

export const MIN_WEIGHT = 0.2
export const MAX_WEIGHT = 1

const entrySchema = z.strictObject({
  term: z
    .string()
    .trim()
    .min(1, 'term is empty')
    .max(60, 'term is longer than 60 characters')
    .regex(/\p{L}/u, 'term has no letters'),
  category: z.enum(LEXICON_CATEGORIES, { error: `category must be one of ${LEXICON_CATEGORIES.join(', ')}` }),
  weight: z
    .number({ error: 'weight must be a number' })
    .min(MIN_WEIGHT, `weight must be between ${MIN_WEIGHT} and ${MAX_WEIGHT}`)
    .max(MAX_WEIGHT, `weight must be between ${MIN_WEIGHT} and ${MAX_WEIGHT}`),
  neutral: z.array(z.string().trim().min(1, 'a neutral alternative is empty'), { error: 'neutral must be a list of strings' }).default([]),
  pos: z.enum(LEXICON_POS, { error: `pos must be one of ${LEXICON_POS.join(', ')}` }).optional(),
  /** The topical group the entry was written in ("verbs of saying", "immigration"...), for reviewers. */
  topic: z.string().trim().min(1).max(60).optional()
})

export type LexiconEntry = z.output<typeof entrySchema>
/** What a caller may pass: `neutral` can be left out. */
export type LexiconEntryInput = z.input<typeof entrySchema>

export class LexiconError extends Error {
  readonly issues: string[]

  constructor(source: string, issues: string[]) {
    const shown = issues.slice(0, 10).join('; ')
    const more = issues.length > 10 ? `; and ${issues.length - 10} more` : ''
    super(`${source}: ${issues.length} invalid lexicon entr${issues.length === 1 ? 'y' : 'ies'}: ${shown}${more}`)
    this.name = 'LexiconError'
    this.issues = issues
  }
}

/** Two spellings of one term ("So-called", "so‑called ") are the same term. */
export function termKey(term: string): string {
  return term.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
}

function describe(raw: unknown, index: number): string {
  const term = typeof raw === 'object' && raw !== null && 'term' in raw ? (raw as { term: unknown }).term : undefined
  return typeof term === 'string' && term.trim() ? `entry ${index + 1} ("${term}")` : `entry ${index + 1}`
}

/**
 * Validates every entry and reports all problems at once (a researcher fixing a file wants the whole
 * list, not one error per attempt). A term listed twice is an error within one source: which of the
 * two weights was meant cannot be guessed.
 */
export function validateLexiconEntries(data: unknown, source: string): LexiconEntry[] {
  if (!Array.isArray(data)) throw new LexiconError(source, ['the lexicon must be a JSON array of entries'])
  const issues: string[] = []
  const entries: LexiconEntry[] = []
  const seen = new Map<string, number>()
  data.forEach((raw, index) => {
    const parsed = entrySchema.safeParse(raw)
    if (!parsed.success) {
      // One message per field: an empty term is not also "a term without letters".
      const byField = new Map<string, string>()
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.')
        if (!byField.has(field)) byField.set(field, issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message)
      }
      issues.push(`${describe(raw, index)}: ${[...byField.values()].join(', ')}`)
      return
    }
    const key = termKey(parsed.data.term)
    const first = seen.get(key)
    if (first !== undefined) issues.push(`${describe(raw, index)}: duplicate of entry ${first + 1}`)
    else seen.set(key, index)
    entries.push(parsed.data)
  })
  if (issues.length > 0) throw new LexiconError(source, issues)
  return entries
}
