import type { ClaimFinding, QuoteFinding } from '../analysis-types'
import type { TokenizedText } from '../text/tokenize'
import { hasAttribution } from './attribution-cues'
import { hasFigure } from './figures'

/** Words a quote needs to carry a claim when nobody is named for it; shorter ones are scare quotes. */
const CLAIM_QUOTE_WORDS = 4

function carriesClaim(quote: QuoteFinding): boolean {
  return quote.speaker !== null || quote.text.split(/\s+/u).filter(Boolean).length >= CLAIM_QUOTE_WORDS
}

/**
 * Sentences a fact-checker would check: those stating a figure, attributing a statement to a source,
 * or quoting someone. One finding per sentence, with every reason that applies.
 */
export function extractClaims(tokenized: TokenizedText, quotes: QuoteFinding[]): ClaimFinding[] {
  const { tokens, sentences } = tokenized
  const quoted = quotes.filter(carriesClaim)
  const claims: ClaimFinding[] = []
  let cursor = 0
  for (const sentence of sentences) {
    const reasons: ClaimFinding['reasons'] = []
    if (hasFigure(tokens, sentence.firstToken, sentence.endToken)) reasons.push('figure')
    if (hasAttribution(tokens, sentence.firstToken, sentence.endToken)) reasons.push('attribution')
    // Quotes and sentences are both in text order: skip quotes that ended before this sentence.
    while (cursor < quoted.length && (quoted[cursor] as QuoteFinding).end <= sentence.start) cursor++
    const quote = quoted[cursor]
    if (quote && quote.start < sentence.end) reasons.push('quote')
    if (reasons.length > 0) claims.push({ start: sentence.start, end: sentence.end, text: sentence.text, reasons })
  }
  return claims
}
