import { useEffect, useState } from 'react'
import type { AgreementReport, BiasDimension } from '../../../../shared/rows'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'

const DIMENSIONS: { value: BiasDimension; label: string }[] = [
  { value: 'framing', label: 'Framing bias' },
  { value: 'language', label: 'Language bias' },
  { value: 'omission', label: 'Bias by omission' }
]

const shown = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3))

/** How far the coders agree on a dimension, pair by pair, with the machine as one more coder, and the articles most in dispute. */
export function AgreementView() {
  const [dimension, setDimension] = useState<BiasDimension>('language')
  const [report, setReport] = useState<AgreementReport | null>(null)
  const generation = useCorpusStore((state) => state.generation)
  const select = useCorpusStore((state) => state.select)
  const showView = useAppStore((state) => state.showView)
  useEffect(() => {
    client.call('agreement.report', { dimension }).then(setReport, reportError)
  }, [dimension, generation])
  const open = (articleId: number) => {
    showView('corpus')
    select(articleId)
  }
  return (
    <section className="agreement-view" data-testid="agreement-view">
      <h1>Agreement</h1>
      <label className="inline-field">
        Dimension{' '}
        <select aria-label="Dimension" value={dimension} onChange={(event) => setDimension(event.target.value as BiasDimension)}>
          {DIMENSIONS.map((item) => (
            <option key={item.value} value={item.value}>
              {item.label}
            </option>
          ))}
        </select>
      </label>
      {!report ? <p className="muted">Loading…</p> : null}
      {report && report.unitsCoded === 0 ? (
        <p className="muted" data-testid="agreement-empty">
          No article has a human score on this dimension yet. Pick or create a coder (bottom left), open an article and score it with keys 1-5; once two coders
          have scored the same articles, their agreement appears here (and from <code>slant agreement</code>).
        </p>
      ) : null}
      {report && report.unitsCoded > 0 ? (
        <>
          <dl className="agreement-figures" data-testid="agreement-figures">
            <dt>Articles coded</dt>
            <dd>
              {report.unitsCoded} by {report.coders.length} coder{report.coders.length === 1 ? '' : 's'}; {report.unitsCodedByTwoOrMore} by two or more
            </dd>
            <dt>Krippendorff&apos;s alpha</dt>
            <dd>
              ordinal {shown(report.alphaOrdinal)} · interval {shown(report.alphaInterval)} · with the machine as a coder (ordinal) {shown(report.alphaOrdinalWithMachine)}
            </dd>
            <dt>Percent agreement</dt>
            <dd>{shown(report.percentAgreement)}</dd>
            <dt>Machine against the coders</dt>
            <dd>
              {report.machineAgainstHuman.units === 0
                ? 'no article has both'
                : `${report.machineAgainstHuman.units} article${report.machineAgainstHuman.units === 1 ? '' : 's'}: mean absolute error ${shown(report.machineAgainstHuman.meanAbsoluteError)}, mean signed error ${shown(report.machineAgainstHuman.meanSignedError)} (machine minus human)`}
            </dd>
          </dl>
          {report.pairs.length > 0 ? (
            <table className="agreement-pairs" data-testid="agreement-pairs">
              <thead>
                <tr>
                  <th>Coders</th>
                  <th>Shared articles</th>
                  <th>Weighted kappa (quadratic)</th>
                  <th>Agreement</th>
                </tr>
              </thead>
              <tbody>
                {report.pairs.map((pair) => (
                  <tr key={`${pair.first}/${pair.second}`}>
                    <td>
                      {pair.first} / {pair.second}
                    </td>
                    <td>{pair.units}</td>
                    <td>{shown(pair.weightedKappa)}</td>
                    <td>{shown(pair.percentAgreement)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h2>Most disputed articles</h2>
          {report.disagreements.length === 0 ? (
            <p className="muted">No article has coders who disagree on this dimension.</p>
          ) : (
            <ul className="disagreements" data-testid="disagreements">
              {report.disagreements.map((unit) => (
                <li key={unit.articleId}>
                  <button type="button" className="link-button" onClick={() => open(unit.articleId)}>
                    {unit.title || `Article ${unit.articleId}`}
                  </button>
                  <span className="muted"> · {unit.values.map((item) => `${item.coder} ${item.value}`).join(', ')} (apart by {unit.spread})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  )
}
