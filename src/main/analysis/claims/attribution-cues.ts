import type { Token } from '../text/tokenize'

/** Verbs that put a statement in someone's mouth or source: the sentence is a claim to check against them. */
const ATTRIBUTION_VERBS = new Set([
  'say', 'tell', 'report', 'announce', 'estimate', 'claim', 'state', 'confirm', 'warn', 'reveal', 'insist', 'argue',
  'allege', 'predict', 'forecast', 'calculate', 'admit', 'deny', 'suggest', 'add'
])

/** "add" counts only as speech, after a quote or a comma ("…," she added), never "added 200 homes". */
function isSpeechAdd(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]
  return next === undefined || next.pos === 'PUNCT' || next.normal === 'that'
}

export function isAttributionCue(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  if (token.normal === 'according' && tokens[index + 1]?.normal === 'to') return true
  if (token.pos !== 'VERB' || !ATTRIBUTION_VERBS.has(token.lemma)) return false
  return token.lemma !== 'add' || isSpeechAdd(tokens, index)
}

export function hasAttribution(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isAttributionCue(tokens, index)) return true
  return false
}
