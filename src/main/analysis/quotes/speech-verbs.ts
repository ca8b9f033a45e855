import type { Token } from '../text/tokenize'

/** Lemmas of verbs that report what someone said; a quote next to one is theirs. */
const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'explain', 'state', 'warn', 'insist', 'claim', 'argue', 'write', 'note', 'ask', 'reply',
  'respond', 'continue', 'conclude', 'declare', 'announce', 'admit', 'acknowledge', 'suggest', 'comment', 'complain',
  'recall', 'describe', 'call', 'urge', 'tweet', 'confirm', 'deny', 'agree', 'predict', 'stress', 'emphasise',
  'emphasize', 'remark', 'shout', 'whisper', 'plead', 'promise', 'vow', 'pledge', 'concede', 'observe', 'maintain',
  'contend', 'reveal', 'allege', 'joke', 'sigh', 'exclaim', 'answer', 'counter', 'retort', 'caution', 'estimate',
  'chant', 'yell', 'scream', 'cry', 'murmur', 'mutter'
])

/**
 * The verbs that report speech whatever follows them. A quote-only sentence right after "X said the
 * bridge was failing." is X's by news convention; after "X added 200 homes." it is not, so the
 * follow-on rule only trusts these.
 */
const CORE_SPEECH_VERBS = new Set([
  'say', 'tell', 'explain', 'warn', 'insist', 'claim', 'argue', 'state', 'write', 'announce', 'respond', 'reply',
  'admit', 'stress', 'declare', 'confirm', 'concede', 'vow', 'promise', 'predict', 'complain'
])

const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", '’s', '’re'])

/** A speech verb used as a verb: "told" yes, "a claim" or "the call" no, "were told" (passive) no. */
export function isSpeechVerb(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (!token || !SPEECH_VERBS.has(token.lemma)) return false
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false
  const previous = tokens[index - 1]
  if (previous && (previous.pos === 'DET' || PASSIVE_AUXILIARIES.has(previous.normal))) return false
  return true
}

export function isCoreSpeechVerb(token: Token): boolean {
  return CORE_SPEECH_VERBS.has(token.lemma)
}

/** "adding that", "saying": a participle that borrows its subject from the clause it hangs on. */
export function isParticiple(token: Token): boolean {
  return token.normal.endsWith('ing')
}

export function isAccordingTo(tokens: Token[], index: number): boolean {
  return tokens[index]?.normal === 'according' && tokens[index + 1]?.normal === 'to'
}
