/**
 * Which Sustainable Development Goals an article bears on: the goal's phrases matched in the text,
 * the relevance from how often and where they match, the direction from the tone of the sentences
 * that hold them, and a rationale that names the phrases and quotes the passage.
 */
import { matchTerms, type TermMatch } from '../language-bias/match-terms'
import { createSentenceTone, type SentenceTone } from '../text/sentence-tone'
import type { TokenizedText } from '../text/tokenize'
import { sdgPhraseIndex, type SdgPhrase } from './sdg-phrases'

export interface SdgFinding {
  goal: number
  direction: 'positive' | 'negative'
  relevance: 'direct' | 'indirect'
  rationale: string
  /** Phrase matches behind the finding. */
  matches: number
}

/** Fewer matches than this say too little: one "election" does not make an article about institutions. */
const MINIMUM_MATCHES = 2
const DIRECT_MATCHES = 4
/** The opening sentences, where a news article states what it is about. */
const LEAD_SENTENCES = 3
const DIRECT_LEAD_MATCHES = 2
/** VADER's threshold for a negative compound score. */
const NEGATIVE_TONE = -0.05
const QUOTE_CHARACTERS = 160


/** The passage in quotation marks, unless it is itself a quotation that brings its own. */
function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  const cut = clean.length > QUOTE_CHARACTERS ? `${clean.slice(0, QUOTE_CHARACTERS - 1).trimEnd()}…` : clean
  return /^["“‘']/.test(cut) ? cut : `"${cut}"`
}

function listed(phrases: string[]): string {
  const quoted = phrases.slice(0, 4).map((phrase) => `"${phrase}"`)
  const more = phrases.length > 4 ? ` and ${phrases.length - 4} more` : ''
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}${more}` : `${quoted[0] ?? ''}${more}`
}

export function mapSdgs(tokenized: TokenizedText, tone: SentenceTone = createSentenceTone(tokenized)): SdgFinding[] {
  const byGoal = new Map<number, TermMatch<SdgPhrase>[]>()
  for (const match of matchTerms<SdgPhrase>(tokenized, { index: sdgPhraseIndex() }, [])) {
    for (const goal of match.entry.groups) {
      const list = byGoal.get(goal)
      if (list) list.push(match)
      else byGoal.set(goal, [match])
    }
  }
  const findings: SdgFinding[] = []
  for (const [goal, found] of byGoal) {
    if (found.length < MINIMUM_MATCHES) continue
    const sentences = [...new Set(found.map((match) => match.sentence))]
    const meanTone = sentences.reduce((sum, index) => sum + tone(index), 0) / sentences.length
    const inLead = found.filter((match) => match.sentence < LEAD_SENTENCES).length
    const relevance = found.length >= DIRECT_MATCHES || inLead >= DIRECT_LEAD_MATCHES ? 'direct' : 'indirect'
    const direction = meanTone < NEGATIVE_TONE ? 'negative' : 'positive'
    const phrases = [...new Set(found.map((match) => match.text.toLowerCase()))]
    // The passage to quote: the sentence with the most matches, the earliest among equals.
    const perSentence = new Map<number, number>()
    for (const match of found) perSentence.set(match.sentence, (perSentence.get(match.sentence) ?? 0) + 1)
    const [quoted] = [...perSentence.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0]
    const rationale =
      `${listed(phrases)} ${found.length === 1 ? 'appears once' : `appear ${found.length} times`} in ${sentences.length} sentence${sentences.length === 1 ? '' : 's'}` +
      `${inLead > 0 ? `, ${inLead} of them in the opening` : ''}, so the article bears ${relevance === 'direct' ? 'directly' : 'indirectly'} on the goal. ` +
      `The tone around them is ${direction} (${meanTone >= 0 ? '+' : ''}${meanTone.toFixed(2)} on -1..1): ${excerpt(tokenized.sentences[quoted]?.text ?? '')}`
    findings.push({ goal, direction, relevance, rationale, matches: found.length })
  }
  return findings.sort((a, b) => (a.relevance === b.relevance ? b.matches - a.matches || a.goal - b.goal : a.relevance === 'direct' ? -1 : 1))
}
