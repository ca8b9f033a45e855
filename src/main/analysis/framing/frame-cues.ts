/**
 * The frame cue list (resources/frames/frame-cues.json): 14 of the Policy Frames Codebook's 15
 * dimensions with the words that signal them, validated and compiled for the matcher once per thread.
 */
import { z } from 'zod'
import type { PhraseIndex } from '../language-bias/compile-lexicon'
import { describeFirstIssue, flattenGroups, loadGroupedPhraseIndex, type GroupedPhrase } from '../language-bias/grouped-phrases'
import { POLICY_FRAMES, type PolicyFrame } from '../../../shared/labels'

export const FRAME_CUES_FILE = 'frames/frame-cues.json'

// The list lives in src/shared so coders pick from the same frames the engine finds.
export { POLICY_FRAMES, type PolicyFrame } from '../../../shared/labels'

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
