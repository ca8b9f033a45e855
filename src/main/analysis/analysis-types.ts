/**
 * What Slant's own analyzers find in one article. Every span is a character range into the stored
 * article text (`text`, not the title), so evidence can be highlighted and checked exactly.
 */
import type { TextSpan } from './text/tokenize'

export type EvidenceKind = 'loaded_term' | 'intensifier' | 'hedge' | 'weasel' | 'label' | 'quote' | 'claim' | 'frame_cue'

export interface EvidenceSpan extends TextSpan {
  kind: EvidenceKind
  /** Short name of what was found, e.g. the lexicon entry or "figure". */
  label: string
  /** A neutral alternative, for loaded terms that have one. */
  suggestion: string | null
  /** Why it counts, shown on hover: the category, the rule, the speaker... */
  note: string | null
}

export interface SentenceScore extends TextSpan {
  index: number
  text: string
  /** Loaded terms found in the sentence, as written. */
  loadedTerms: string[]
  /** 0-1 loaded-language score. */
  score: number
  /** The engine's yes/no: is this sentence loaded? */
  flag: boolean
}

export type SpeakerType = 'official' | 'expert' | 'company' | 'affected' | 'other'

export interface QuoteFinding extends TextSpan {
  /** The quoted words without the quotation marks. */
  text: string
  /** The speaker as named in the text, or null when no speaker could be attributed. */
  speaker: string | null
  speakerType: SpeakerType | null
  /** How the speaker was found: "said X", "according to X", pronoun resolved to X... */
  attribution: string | null
}

export interface EntityFinding {
  kind: 'person' | 'organisation' | 'place'
  name: string
  mentions: number
  firstOffset: number
}

export interface ClaimFinding extends TextSpan {
  text: string
  /** What makes it a claim: a figure, an attribution, a quote. */
  reasons: ('figure' | 'attribution' | 'quote')[]
}

export interface ScoreWithRationale {
  /** 1-5 per the codebook: 1 = least biased. */
  score: number
  rationale: string
  /** 0-1: how sure the analyzer is of the score. */
  confidence: number
}
