import type { BiasDimension } from '../../shared/rows'
import type { Backend } from '../api/backend'
import { corpusAgreement } from '../annotation/corpus-agreement'
import { stringOption, UsageError, type ParsedArguments } from './parse-arguments'
import type { Terminal } from './terminal'

const DIMENSIONS: BiasDimension[] = ['framing', 'language', 'omission']
const shown = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3))

/** `slant agreement [--dimension D]`: inter-coder agreement per dimension, pair by pair, and the machine against the coders. */
export function agreementCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): number {
  const asked = stringOption(parsed, 'dimension')
  if (asked !== undefined && !DIMENSIONS.includes(asked as BiasDimension)) throw new UsageError(`--dimension takes ${DIMENSIONS.join(', ')} (got "${asked}")`)
  const dimensions = asked ? [asked as BiasDimension] : DIMENSIONS
  let anything = false
  for (const dimension of dimensions) {
    const report = corpusAgreement(backend.db, dimension)
    if (report.unitsCoded === 0) {
      terminal.out(`${dimension}: no article has a human value yet.`)
      continue
    }
    anything = true
    terminal.out(
      `${dimension}: ${report.unitsCoded} articles coded by ${report.coders.length} coder${report.coders.length === 1 ? '' : 's'}, ${report.unitsCodedByTwoOrMore} by two or more; ` +
        `Krippendorff's alpha ordinal ${shown(report.alphaOrdinal)}, interval ${shown(report.alphaInterval)}; percent agreement ${shown(report.percentAgreement)}; ` +
        `alpha with the machine as a coder ${shown(report.alphaOrdinalWithMachine)}`
    )
    for (const pair of report.pairs) {
      terminal.out(`  ${pair.first} / ${pair.second}: ${pair.units} shared articles, weighted kappa (quadratic) ${shown(pair.weightedKappa)}, agreement ${shown(pair.percentAgreement)}`)
    }
    const machine = report.machineAgainstHuman
    if (machine.units > 0) terminal.out(`  machine against human on ${machine.units} articles: mean absolute error ${shown(machine.meanAbsoluteError)}, mean signed error ${shown(machine.meanSignedError)} (machine minus human)`)
  }
  return anything ? 0 : 1
}
