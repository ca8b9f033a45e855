/**
 * The fixed split of the BABE file: weights and thresholds are tuned on rows with id <= 850 only, and
 * every figure is reported for that part and the held-out rest separately, so a result on the
 * held-out part is not fitted to itself. The boundary is by id, not by a random draw, so it never
 * moves between runs or machines.
 */
import type { BabeSentence } from './babe-dataset.ts'

export const TUNE_MAX_ID = 850

export type BabePart = 'tune' | 'held-out'

export function babePart(sentence: Pick<BabeSentence, 'id'>): BabePart {
  return Number(sentence.id) <= TUNE_MAX_ID ? 'tune' : 'held-out'
}

export const PART_LABELS: Record<BabePart, string> = {
  tune: `tune (id <= ${TUNE_MAX_ID})`,
  'held-out': `held-out (id > ${TUNE_MAX_ID})`
}
