/**
 * The researcher's own lexicon terms, kept in the corpus (resources are read-only once installed).
 * A user term with the same spelling as a shipped one replaces it. Light on purpose: reading and
 * editing terms, and naming the lexicon a run uses, load no analyzer.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { ContractFailure } from '../../shared/errors'
import type { LexiconTermRow, ShippedTerm } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { lexiconPath, shippedEntries } from './language-bias/lexicon-file'
import { LexiconError, termKey, validateLexiconEntries, type LexiconCategory, type LexiconEntryInput } from './language-bias/lexicon-schema'

interface StoredTerm {
  term: string
  category: string
  weight: number
  neutral: string
  created_at: string
}

export function userLexiconEntries(db: Db): LexiconEntryInput[] {
  return (db.prepare('SELECT term, category, weight, neutral FROM lexicon_terms ORDER BY term').all() as StoredTerm[]).map(
    (row) => ({ term: row.term, category: row.category, weight: row.weight, neutral: JSON.parse(row.neutral) as string[] }) as LexiconEntryInput
  )
}

/** Identifies the lexicon a run used (shipped file plus user terms), recorded in the run's parameters. */
export function lexiconVersion(db: Db): string {
  const hash = createHash('sha256')
  const path = lexiconPath()
  if (existsSync(path)) hash.update(readFileSync(path))
  hash.update(JSON.stringify(userLexiconEntries(db)))
  return hash.digest('hex').slice(0, 16)
}

let shippedIndex: Map<string, ShippedTerm> | null = null

function shippedByKey(): Map<string, ShippedTerm> {
  shippedIndex ??= new Map(shippedEntries().map((entry) => [termKey(entry.term), { term: entry.term, category: entry.category, weight: entry.weight, neutral: entry.neutral }]))
  return shippedIndex
}

/** The shipped entry for a term, so a researcher sees what a term of their own would replace. */
export function lookupShippedTerm(term: string): ShippedTerm | null {
  return shippedByKey().get(termKey(term)) ?? null
}

/** The user's terms, each with the shipped entry it replaces, if any. */
export function listUserTerms(db: Db): LexiconTermRow[] {
  const shipped = shippedByKey()
  return (db.prepare('SELECT term, category, weight, neutral, created_at FROM lexicon_terms ORDER BY term COLLATE NOCASE').all() as StoredTerm[]).map(
    (row) => ({
      term: row.term,
      category: row.category as LexiconCategory,
      weight: row.weight,
      neutral: JSON.parse(row.neutral) as string[],
      createdAt: row.created_at,
      replacesShipped: shipped.get(termKey(row.term)) ?? null
    })
  )
}

/** Adds a term or replaces the user's entry for it; validated exactly as the shipped lexicon is. */
export function saveUserTerm(db: Db, input: LexiconEntryInput): LexiconTermRow {
  let entry
  try {
    ;[entry] = validateLexiconEntries([input], 'your term')
  } catch (error) {
    if (error instanceof LexiconError) throw new ContractFailure('invalid_input', error.issues.join('; ').replace(/^entry 1 /, ''))
    throw error
  }
  if (!entry) throw new ContractFailure('invalid_input', 'no term given')
  const term = entry.term.replace(/\s+/g, ' ')
  db.prepare(
    `INSERT INTO lexicon_terms (term, category, weight, neutral) VALUES (?, ?, ?, ?)
     ON CONFLICT(term) DO UPDATE SET term = excluded.term, category = excluded.category, weight = excluded.weight, neutral = excluded.neutral`
  ).run(term, entry.category, entry.weight, JSON.stringify(entry.neutral))
  const saved = listUserTerms(db).find((row) => termKey(row.term) === termKey(term))
  if (!saved) throw new Error(`the term "${term}" was not stored`)
  return saved
}

export function removeUserTerm(db: Db, term: string): void {
  const removed = db.prepare('DELETE FROM lexicon_terms WHERE term = ?').run(term).changes
  if (removed === 0) throw new ContractFailure('not_found', `"${term}" is not one of your terms`)
}
