import type { AgreementFigures, AgreementReport, ConfusionMatrix } from '../../shared/rows'

/** The lines `slant agreement` prints for one report: figures, pairs, the machine, the confusion matrix, then each outlet. */
const shown = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3))
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

function alphas(report: AgreementReport | AgreementFigures, scores: boolean): string {
  return scores
    ? `Krippendorff's alpha ordinal ${shown(report.alphaOrdinal)}, interval ${shown(report.alphaInterval)}`
    : `Krippendorff's alpha nominal ${shown(report.alphaNominal)}`
}

function machineLine(figures: AgreementFigures, dimension: AgreementReport['dimension']): string | null {
  const machine = figures.machineAgainstHuman
  if (machine.units === 0) return null
  if (dimension === 'frames') return `machine against human on ${plural(machine.units, 'article')}: the same primary frame in ${shown(figures.confusion.agreement)}`
  const units = dimension === 'sdgs' ? plural(machine.units, 'article-goal unit') : plural(machine.units, 'article')
  return `machine against human on ${units}: mean absolute error ${shown(machine.meanAbsoluteError)}, mean signed error ${shown(machine.meanSignedError)} (machine minus human)`
}

/** Rows are the machine's values, columns the human reference; long labels are numbered with a key. */
export function confusionLines(matrix: ConfusionMatrix, indent: string): string[] {
  if (matrix.units === 0) return []
  const long = matrix.labels.some((label) => label.length > 8)
  const heads = matrix.labels.map((label, index) => (long ? String(index + 1) : label))
  const width = Math.max(5, ...heads.map((head) => head.length), ...matrix.counts.flat().map((count) => String(count).length))
  const first = Math.max('machine \\ human'.length, ...heads.map((head) => head.length))
  const lines = [`${indent}${'machine \\ human'.padEnd(first)} ${heads.map((head) => head.padStart(width)).join(' ')}`]
  matrix.counts.forEach((row, index) => lines.push(`${indent}${(heads[index] as string).padEnd(first)} ${row.map((count) => String(count).padStart(width)).join(' ')}`))
  if (long) lines.push(`${indent}${matrix.labels.map((label, index) => `${index + 1} ${label}`).join('; ')}`)
  return lines
}

export function agreementLines(report: AgreementReport): string[] {
  const scores = report.kappa === 'quadratic'
  const lines = [
    `${report.dimension}: ${report.unitsCoded} articles coded by ${plural(report.coders.length, 'coder')}, ${report.unitsCodedByTwoOrMore} by two or more; ` +
      `${alphas(report, scores)}; percent agreement ${shown(report.percentAgreement)}; ` +
      `alpha with the machine as a coder ${shown(scores ? report.alphaOrdinalWithMachine : report.alphaNominalWithMachine)}` +
      (scores ? '' : ` (unit: ${report.unit})`)
  ]
  for (const pair of report.pairs) {
    lines.push(`  ${pair.first} / ${pair.second}: ${pair.units} shared articles, ${scores ? 'weighted kappa (quadratic)' : 'kappa'} ${shown(pair.weightedKappa)}, agreement ${shown(pair.percentAgreement)}`)
  }
  if (report.secondary) {
    lines.push(`  ${report.secondary.unit}: ${plural(report.secondary.units, 'unit')}, alpha nominal ${shown(report.secondary.alphaNominal)}, percent agreement ${shown(report.secondary.percentAgreement)}, with the machine ${shown(report.secondary.alphaWithMachine)}`)
  }
  const machine = machineLine(report, report.dimension)
  if (machine) {
    lines.push(`  ${machine}`)
    lines.push(...confusionLines(report.confusion, '    '))
  }
  if (report.byOutlet.length > 0) {
    lines.push('  by outlet:')
    for (const outlet of report.byOutlet) {
      const outletMachine = machineLine(outlet, report.dimension)
      lines.push(
        `    ${outlet.outlet}: ${plural(outlet.unitsCoded, 'article')}, ${outlet.unitsCodedByTwoOrMore} by two or more; ${alphas(outlet, scores)}; percent agreement ${shown(outlet.percentAgreement)}` +
          (outletMachine ? `; ${outletMachine}` : '')
      )
      // With one outlet its matrix is the one above.
      if (outletMachine && report.byOutlet.length > 1) lines.push(...confusionLines(outlet.confusion, '      '))
    }
  }
  return lines
}
