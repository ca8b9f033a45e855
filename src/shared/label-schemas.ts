/** Contract inputs for coding goals and frames by hand (kept beside the contract to keep it short). */
import { z } from 'zod'
import { POLICY_FRAMES } from './labels'

const articleId = z.number().int().positive()
const rationale = z.string().max(5000).optional()
/** 'adjudication' records part of the final set an adjudicator settles on. */
const kind = z.enum(['label', 'adjudication']).optional()

const sdgEdit = z
  .object({
    articleId,
    scheme: z.literal('sdg'),
    goal: z.number().int().min(1).max(17),
    present: z.boolean(),
    direction: z.enum(['positive', 'negative']).optional(),
    relevance: z.enum(['direct', 'indirect']).optional(),
    rationale,
    kind
  })
  .strict()
  .refine((edit) => !edit.present || (edit.direction !== undefined && edit.relevance !== undefined), {
    message: 'a goal the article has needs its direction (positive or negative) and relevance (direct or indirect)',
    path: ['direction']
  })

const frameEdit = z
  .object({
    articleId,
    scheme: z.literal('frame'),
    frame: z.enum(POLICY_FRAMES),
    present: z.boolean(),
    /** Marks the frame as the article's primary one; the coder's earlier primary frame stops being it. */
    primary: z.boolean().optional(),
    rationale,
    kind
  })
  .strict()
  .refine((edit) => edit.present || !edit.primary, { message: 'a removed frame cannot be the primary one', path: ['primary'] })

/** One goal or frame added, changed or removed by the current coder. */
export const labelEditSchema = z.discriminatedUnion('scheme', [sdgEdit, frameEdit])
export type LabelEdit = z.infer<typeof labelEditSchema>
