/**
 * The frame cue list (resources/frames/frame-cues.json): 14 of the Policy Frames Codebook's 15
 * dimensions with the words that signal them, validated and compiled for the matcher once per thread.
 */
import { z } from 'zod'
import type { PhraseIndex } from '../language-bias/compile-lexicon'
import { describeFirstIssue, flattenGroups, loadGroupedPhraseIndex, type GroupedPhrase } from '../language-bias/grouped-phrases'

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

const fileSchema = z.array(
  z.strictObject({
    frame: z.enum(POLICY_FRAMES.filter((frame) => frame !== 'other') as [PolicyFrame, ...PolicyFrame[]]),
    cues: z.array(z.string().trim().min(1, 'a cue is empty').max(60)).min(1)
  })
)

export function parseFrameCues(data: unknown, source: string): { term: string; key: PolicyFrame }[] {
  const parsed = fileSchema.safeParse(data)
  if (!parsed.success) throw new Error(describeFirstIssue(source, parsed.error, 'frame cue list'))
  if (new Set(parsed.data.map((entry) => entry.frame)).size !== POLICY_FRAMES.length - 1) {
    throw new Error(`${source}: each of the ${POLICY_FRAMES.length - 1} frames other than "other" must appear once`)
  }
  return flattenGroups(
    parsed.data.map((entry) => ({ key: entry.frame, phrases: entry.cues })),
    source,
    (frame) => `the ${frame} frame`
  )
}

export type FrameCue = GroupedPhrase<PolicyFrame>

/** Every frame's cues in one index; an entry lists each frame that names it. */
export function frameCueIndex(): PhraseIndex<FrameCue> {
  return loadGroupedPhraseIndex(FRAME_CUES_FILE, parseFrameCues)
}
