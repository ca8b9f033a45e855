import { useState } from 'react'
import type { AgreementFigures, AgreementReport, ConfusionMatrix } from '../../../../shared/rows'
import '../labels/labels.css'

const shown = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3))

/** Rows: the machine's value; columns: the human reference. The diagonal is where they agree. */
export function ConfusionTable({ matrix, caption }: { matrix: ConfusionMatrix; caption: string }) {
  if (matrix.units === 0) return <p className="muted">No unit has both a machine value and a human one yet.</p>
  return (
    <>
      <p className="muted">{caption}</p>
      <table className="confusion-matrix" data-testid="confusion-matrix">
        <caption className="visually-hidden">The machine&apos;s values by row against the coders&apos; by column</caption>
        <thead>
          <tr>
            <th scope="col">machine \ human</th>
            {matrix.labels.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.counts.map((row, rowIndex) => (
            <tr key={matrix.labels[rowIndex]}>
              <th scope="row">{matrix.labels[rowIndex]}</th>
              {row.map((count, columnIndex) => (
                <td key={matrix.labels[columnIndex]} className={rowIndex === columnIndex ? 'diagonal' : undefined}>
                  {count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

function machineCell(figures: AgreementFigures, dimension: AgreementReport['dimension']): string {
  const machine = figures.machineAgainstHuman
  if (machine.units === 0) return '—'
  if (dimension === 'frames') return `same primary frame ${shown(figures.confusion.agreement)} (${machine.units})`
  return `${shown(machine.meanAbsoluteError)} / ${shown(machine.meanSignedError)} (${machine.units})`
}

/** Every figure again per outlet, then where the machine is off: the confusion matrix. */
export function AgreementBreakdown({ report }: { report: AgreementReport }) {
  const scores = report.kappa === 'quadratic'
  const [outletKey, setOutletKey] = useState('all')
  const outlet = report.byOutlet.find((item) => String(item.outletId) === outletKey) ?? null
  const matrix = outlet ? outlet.confusion : report.confusion
  return (
    <>
      <h2>By outlet</h2>
      <table className="agreement-outlets" data-testid="agreement-by-outlet">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Articles (by two or more)</th>
            <th scope="col">{scores ? 'Alpha ordinal / interval' : 'Alpha nominal'}</th>
            <th scope="col">Agreement</th>
            <th scope="col">Alpha with the machine</th>
            <th scope="col">{report.dimension === 'frames' ? 'Machine against the coders' : 'Machine error: absolute / signed (units)'}</th>
          </tr>
        </thead>
        <tbody>
          {report.byOutlet.map((outlet) => (
            <tr key={outlet.outletId ?? 'none'}>
              <td>{outlet.outlet}</td>
              <td>
                {outlet.unitsCoded} ({outlet.unitsCodedByTwoOrMore})
              </td>
              <td>{scores ? `${shown(outlet.alphaOrdinal)} / ${shown(outlet.alphaInterval)}` : shown(outlet.alphaNominal)}</td>
              <td>{shown(outlet.percentAgreement)}</td>
              <td>{shown(scores ? outlet.alphaOrdinalWithMachine : outlet.alphaNominalWithMachine)}</td>
              <td>{machineCell(outlet, report.dimension)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Machine against the coders</h2>
      {report.byOutlet.length > 1 ? (
        <label className="inline-field">
          Outlet{' '}
          <select aria-label="Confusion matrix outlet" value={outletKey} onChange={(event) => setOutletKey(event.target.value)}>
            <option value="all">All outlets</option>
            {report.byOutlet.map((item) => (
              <option key={String(item.outletId)} value={String(item.outletId)}>
                {item.outlet}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ConfusionTable
        matrix={matrix}
        caption={`${outlet ? `${outlet.outlet}: ` : ''}${matrix.units} unit${matrix.units === 1 ? '' : 's'} (${report.unit}); the machine's value by row, the coders' (adjudicated, else consensus, else latest) by column; on the diagonal in ${shown(matrix.agreement)}`}
      />
    </>
  )
}
