/**
 * Framing bias (codebook: 1 = perspectives get comparable space and neutral presentation, 5 =
 * advocacy with no other perspective). Which Policy Frames the article uses comes from cue words;
 * the score comes from three measurable signs of one-sided presentation:
 *   - voices: how much of the quoting goes to one speaker (from the quote analysis);
 *   - tone toward the main actors: how far apart the tone of the sentences naming each actor is;
 *   - the headline against the body: a headline much more charged than the article under it.
 */
import type { EntityFinding, EvidenceSpan, QuoteFinding, ScoreWithRationale } from '../analysis-types'
import { matchTerms } from '../language-bias/match-terms'
import { createSentenceTone, textTone, type SentenceTone } from '../text/sentence-tone'
import type { TokenizedText } from '../text/tokenize'
import { frameCueIndex, type FrameCue, type PolicyFrame } from './frame-cues'

export interface FrameUse {
  frame: PolicyFrame
  matches: number
  /** The cues found, as written, most frequent first. */
  cues: string[]
}

export interface FramingResult {
  /** Frames the article uses, most signalled first; "other" alone when none is. */
  frames: FrameUse[]
  primaryFrame: PolicyFrame
  bias: ScoreWithRationale
  evidence: EvidenceSpan[]
}

/** A frame signalled once is a passing word, not a frame. */
const FRAME_MINIMUM = 2
const ACTORS = 3
/** The opening sentences a headline sums up: its tone is compared with theirs. */
const LEAD_SENTENCES = 3
/** Index cut points between the codebook's levels. */
const LEVELS = [0.2, 0.35, 0.5, 0.65]
const WEIGHTS = { voices: 0.45, actors: 0.3, headline: 0.25 }

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(2)}`
}

/** 0 when quoting is spread evenly over speakers, 1 when one speaker has it all; null without quotes. */
function voiceImbalance(quotes: QuoteFinding[]): { value: number | null; note: string } {
  const attributed = quotes.filter((quote) => quote.speaker)
  if (attributed.length === 0) return { value: null, note: quotes.length > 0 ? `${quotes.length} unattributed quote${quotes.length === 1 ? '' : 's'}` : 'no quoted voices' }
  const words = new Map<string, number>()
  for (const quote of attributed) {
    const speaker = quote.speaker as string
    words.set(speaker, (words.get(speaker) ?? 0) + quote.text.split(/\s+/).length)
  }
  const total = [...words.values()].reduce((sum, value) => sum + value, 0)
  const [topSpeaker, topWords] = [...words.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number]
  const share = topWords / total
  const speakers = words.size
  if (speakers === 1) return { value: 0.9, note: `one voice only (${topSpeaker})` }
  const even = 1 / speakers
  const value = Math.min(1, Math.max(0, (share - even) / (1 - even)))
  return { value, note: `${speakers} voices; ${topSpeaker} has ${Math.round(share * 100)}% of the quoted words` }
}

function sentencesNaming(tokenized: TokenizedText, entity: EntityFinding): number[] {
  const names = [entity.name]
  // People are named in full once, then by surname.
  if (entity.kind === 'person' && entity.name.includes(' ')) names.push(entity.name.split(' ').pop() as string)
  return tokenized.sentences.filter((sentence) => names.some((name) => sentence.text.includes(name))).map((sentence) => sentence.index)
}

/** The spread of tone between the most and least favourably described of the main actors. */
function actorTone(tokenized: TokenizedText, entities: EntityFinding[], tone: SentenceTone): { value: number | null; note: string } {
  const actors = entities
    .filter((entity) => entity.kind !== 'place')
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, ACTORS)
    .map((entity) => {
      const sentences = sentencesNaming(tokenized, entity)
      return { name: entity.name, tone: sentences.length > 0 ? sentences.reduce((sum, index) => sum + tone(index), 0) / sentences.length : null }
    })
    .filter((actor): actor is { name: string; tone: number } => actor.tone !== null)
  if (actors.length < 2) return { value: null, note: actors.length === 1 ? `one main actor (${actors[0]?.name})` : 'no main actors named' }
  const sorted = [...actors].sort((a, b) => b.tone - a.tone)
  const best = sorted[0] as { name: string; tone: number }
  const worst = sorted[sorted.length - 1] as { name: string; tone: number }
  const spread = best.tone - worst.tone
  return { value: Math.min(1, spread / 1.2), note: `tone toward ${best.name} ${signed(best.tone)}, toward ${worst.name} ${signed(worst.tone)}` }
}

function headlineGap(title: TokenizedText, tokenized: TokenizedText, tone: SentenceTone): { value: number | null; note: string } {
  const lead = Math.min(LEAD_SENTENCES, tokenized.sentences.length)
  if (!title.text.trim() || lead === 0) return { value: null, note: 'no headline' }
  const head = textTone(title)
  let body = 0
  for (let index = 0; index < lead; index++) body += tone(index)
  body /= lead
  // A neutral headline over a neutral opening is 0; a charged headline over a calmer opening approaches 1.
  const value = Math.min(1, Math.max(0, Math.abs(head) - Math.abs(body)) / 0.8)
  return { value, note: `headline tone ${signed(head)} against the opening ${signed(body)}` }
}

function framesUsed(tokenized: TokenizedText, title: TokenizedText): { frames: FrameUse[]; evidence: EvidenceSpan[] } {
  const index = frameCueIndex()
  const inBody = matchTerms<FrameCue>(tokenized, { index }, [])
  const found = new Map<PolicyFrame, { matches: number; cues: Map<string, number>; first: number }>()
  const count = (frame: PolicyFrame, cue: string, at: number) => {
    const use = found.get(frame) ?? { matches: 0, cues: new Map<string, number>(), first: at }
    use.matches++
    use.cues.set(cue, (use.cues.get(cue) ?? 0) + 1)
    use.first = Math.min(use.first, at)
    found.set(frame, use)
  }
  // The headline counts as coming first.
  for (const match of matchTerms<FrameCue>(title, { index }, [])) for (const frame of match.entry.groups) count(frame, match.text.toLowerCase(), -1)
  const evidence: EvidenceSpan[] = []
  for (const match of inBody) {
    for (const frame of match.entry.groups) count(frame, match.text.toLowerCase(), match.start)
    evidence.push({ start: match.start, end: match.end, kind: 'frame_cue', label: match.entry.groups.join(', '), suggestion: null, note: `cue for the ${match.entry.groups.join(' and ')} frame` })
  }
  // Most signalled first; a tie goes to the frame whose first cue comes earlier.
  const frames = [...found.entries()]
    .sort(([, a], [, b]) => b.matches - a.matches || a.first - b.first)
    .filter(([, use]) => use.matches >= FRAME_MINIMUM)
    .map(([frame, use]) => ({ frame, matches: use.matches, cues: [...use.cues.entries()].sort((a, b) => b[1] - a[1]).map(([cue]) => cue) }))
  return { frames, evidence }
}

export function analyzeFraming(input: {
  tokenized: TokenizedText
  title: TokenizedText
  quotes: QuoteFinding[]
  entities: EntityFinding[]
  tone?: SentenceTone
}): FramingResult {
  const tone = input.tone ?? createSentenceTone(input.tokenized)
  const { frames, evidence } = framesUsed(input.tokenized, input.title)
  const used = frames.length > 0 ? frames : [{ frame: 'other' as const, matches: 0, cues: [] }]
  const primaryFrame = (used[0] as FrameUse).frame
  const signs = {
    voices: voiceImbalance(input.quotes),
    actors: actorTone(input.tokenized, input.entities, tone),
    headline: headlineGap(input.title, input.tokenized, tone)
  }
  const known = (Object.keys(signs) as (keyof typeof signs)[]).filter((key) => signs[key].value !== null)
  const weight = known.reduce((sum, key) => sum + WEIGHTS[key], 0)
  const index = weight > 0 ? known.reduce((sum, key) => sum + WEIGHTS[key] * (signs[key].value as number), 0) / weight : 0
  const score = 1 + LEVELS.filter((cut) => index >= cut).length
  // Each sign measured adds to the confidence; voices count most, since quoting is what balance is made of.
  const confidence = Math.round(Math.min(0.9, 0.2 + known.reduce((sum, key) => sum + WEIGHTS[key], 0) * 0.7) * 100) / 100
  const frameText =
    primaryFrame === 'other'
      ? 'No Policy Frame is clearly signalled.'
      : `Primary frame: ${primaryFrame} (${used[0]?.cues.slice(0, 3).map((cue) => `"${cue}"`).join(', ')})` +
        (used.length > 1 ? `; also ${used.slice(1, 4).map((use) => use.frame).join(', ')}.` : '.')
  const rationale =
    `${frameText} Voices: ${signs.voices.note}. Actors: ${signs.actors.note}. Headline: ${signs.headline.note}. ` +
    `One-sidedness ${index.toFixed(2)} on a 0-1 scale from ${known.length} of 3 signs, so level ${score}.`
  return { frames: used, primaryFrame, bias: { score, rationale, confidence }, evidence }
}
