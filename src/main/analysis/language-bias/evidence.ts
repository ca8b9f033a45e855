/** Lexicon matches as the evidence spans Slant stores and highlights. */
import type { EvidenceKind, EvidenceSpan } from '../analysis-types'
import type { LexiconCategory } from './lexicon-schema'
import type { TermMatch } from './match-terms'

const KIND: Record<LexiconCategory, EvidenceKind> = {
  loaded: 'loaded_term',
  emotive: 'loaded_term',
  derogatory: 'loaded_term',
  label: 'label',
  intensifier: 'intensifier',
  hedge: 'hedge',
  weasel: 'weasel'
}

export function toEvidence(match: TermMatch): EvidenceSpan {
  const { entry } = match
  return {
    start: match.start,
    end: match.end,
    kind: KIND[entry.category],
    // The lexicon entry, so every "slammed", "slams" and "slamming" is grouped under "slam".
    label: entry.term,
    suggestion: entry.neutral[0] ?? null,
    note: match.quoted ? `${entry.category}, inside a quotation` : entry.category
  }
}
