/** Input schemas of the span-annotation calls (the contract names them). */
import { z } from 'zod'

const id = z.number().int().positive()
/** UTF-16 code units into the stored text, as JavaScript strings and browser selections count. */
const offset = z.number().int().min(0).max(100_000_000)
const note = z.string().max(5000).optional()
const suggestion = z.string().max(1000).optional()
const labelName = z.string().trim().min(1).max(80)
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb')

/** One span action of the current coder; each appends a span judgment. */
export const spanRecordSchema = z.discriminatedUnion('action', [
  /** Marks a span of the text with a label; quote must be exactly the text between the offsets. */
  z.object({ action: z.literal('mark'), articleId: id, start: offset, end: offset, quote: z.string().min(1).max(100_000), label: labelName, note, suggestion }).strict(),
  /** Changes the label, note or suggestion of one's own span. */
  z.object({ action: z.literal('edit'), articleId: id, spanKey: z.string().min(1).max(200), label: labelName, note, suggestion }).strict(),
  z.object({ action: z.literal('remove'), articleId: id, spanKey: z.string().min(1).max(200) }).strict(),
  /** A verdict on a machine evidence span, named by its offsets and kind (and the run shown). */
  z.object({ action: z.literal('accept'), articleId: id, start: offset, end: offset, kind: z.string().min(1).max(60), note, runId: id.optional() }).strict(),
  z.object({ action: z.literal('reject'), articleId: id, start: offset, end: offset, kind: z.string().min(1).max(60), note, runId: id.optional() }).strict()
])

export const spanLabelCreateSchema = z.object({ name: labelName, colour, description: z.string().max(1000).optional() }).strict()
export const spanLabelUpdateSchema = z.object({ id, colour: colour.optional(), description: z.string().max(1000).optional() }).strict()
