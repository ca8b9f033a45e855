import type { AgreementDimension } from '../../shared/rows'
import type { Backend } from '../api/backend'
import { agreementReport } from '../annotation/corpus-agreement'
import { agreementLines } from './agreement-lines'
import { stringOption, UsageError, type ParsedArguments } from './parse-arguments'
import type { Terminal } from './terminal'

const DIMENSIONS: AgreementDimension[] = ['framing', 'language', 'omission', 'frames', 'sdgs']

/** `slant agreement [--dimension D]`: inter-coder agreement per dimension (scores, frames, goals), pair by pair and by outlet, and the machine against the coders. */
export function agreementCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): number {
  const asked = stringOption(parsed, 'dimension')
  if (asked !== undefined && !DIMENSIONS.includes(asked as AgreementDimension)) throw new UsageError(`--dimension takes ${DIMENSIONS.join(', ')} (got "${asked}")`)
  const dimensions = asked ? [asked as AgreementDimension] : DIMENSIONS
  let anything = false
  for (const dimension of dimensions) {
    const report = agreementReport(backend.db, dimension)
    if (report.unitsCoded === 0) {
      terminal.out(`${dimension}: no article has a human value yet.`)
      continue
    }
    anything = true
    for (const line of agreementLines(report)) terminal.out(line)
  }
  return anything ? 0 : 1
}
