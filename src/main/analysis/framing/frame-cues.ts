/**
 * The frame cue list (resources/frames/frame-cues.json): 14 of the Policy Frames Codebook's 15
 * dimensions with the words that signal them, validated and compiled for the matcher once per thread.
 */
import { z } from 'zod'
import { readResourceJson } from '../../resources/resources-directory'
import { compilePhraseIndex, type PhraseIndex } from '../language-bias/compile-lexicon'

export const FRAME_CUES_FILE = 'frames/frame-cues.json'

/** The codebook's dimensions; "other" is what an article gets when none is signalled. */
export const POLICY_FRAMES = [
  'economic',
  'capacity and resources',
  'morality',
  'fairness and equality',
  'legality, constitutionality and jurisprudence',
  'policy prescription and evaluation',
  'crime and punishment',
  'security and defense',
  'health and safety',
  'quality of life',
  'cultural identity',
  'public opinion',
  'political',
  'external regulation and reputation',
  'other'
] as const
export type PolicyFrame = (typeof POLICY_FRAMES)[number]

export interface FrameCue {
  term: string
  frame: PolicyFrame
  weight: number
}

const fileSchema = z.array(
  z.strictObject({
    frame: z.enum(POLICY_FRAMES.filter((frame) => frame !== 'other') as [PolicyFrame, ...PolicyFrame[]]),
    cues: z.array(z.string().trim().min(1, 'a cue is empty').max(60)).min(1)
  })
)

export function parseFrameCues(data: unknown, source: string): FrameCue[] {
  const parsed = fileSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${source}: ${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'not a valid frame cue list'}`)
  }
  if (new Set(parsed.data.map((entry) => entry.frame)).size !== POLICY_FRAMES.length - 1) {
    throw new Error(`${source}: each of the ${POLICY_FRAMES.length - 1} frames other than "other" must appear once`)
  }
  const cues: FrameCue[] = []
  for (const { frame, cues: list } of parsed.data) {
    const seen = new Set<string>()
    for (const cue of list) {
      if (seen.has(cue.toLowerCase())) throw new Error(`${source}: the ${frame} frame lists "${cue}" twice`)
      seen.add(cue.toLowerCase())
      cues.push({ term: cue, frame, weight: 1 })
    }
  }
  return cues
}

let compiled: ReadonlyMap<PolicyFrame, PhraseIndex<FrameCue>> | null = null

/** One index per frame, so a cue listed under two frames counts for both. */
export function frameCueIndexes(): ReadonlyMap<PolicyFrame, PhraseIndex<FrameCue>> {
  if (compiled) return compiled
  const { path, data } = readResourceJson(FRAME_CUES_FILE)
  const cues = parseFrameCues(data, path)
  const frames = [...new Set(cues.map((cue) => cue.frame))]
  compiled = new Map(frames.map((frame) => [frame, compilePhraseIndex(cues.filter((cue) => cue.frame === frame))]))
  return compiled
}
