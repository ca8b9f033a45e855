import { useEffect, useState } from 'react'
import type { AgreementDimension, AgreementReport } from '../../../../shared/rows'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError, useAppStore } from '../frame/app-store'
import { useAdjudicationStore } from '../adjudication/adjudication-store'
import { AgreementBreakdown } from './agreement-breakdown'

const DIMENSIONS: { value: AgreementDimension; label: string }[] = [
  { value: 'framing', label: 'Framing bias' },
  { value: 'language', label: 'Language bias' },
  { value: 'omission', label: 'Bias by omission' },
  { value: 'frames', label: 'Frames (primary frame)' },
  { value: 'sdgs', label: 'Sustainable Development Goals' }
]

const shown = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3))

/** How far the coders agree on a dimension, pair by pair, with the machine as one more coder, and the articles most in dispute. */
export function AgreementView() {
  const [dimension, setDimension] = useState<AgreementDimension>('language')
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
  const adjudicate = (articleId: number) => {
    if (dimension === 'frames' || dimension === 'sdgs') return
    useAdjudicationStore.getState().focus(articleId, dimension)
    showView('adjudication')
  }
  const scores = dimension !== 'frames' && dimension !== 'sdgs'
  return (
    <section className="agreement-view" data-testid="agreement-view">
      <h1>Agreement</h1>
      <label className="inline-field">
        Dimension{' '}
        <select aria-label="Dimension" value={dimension} onChange={(event) => setDimension(event.target.value as AgreementDimension)}>
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
          No article has a human {scores ? 'score' : 'value'} on this dimension yet. Pick or create a coder (bottom left), open an article and{' '}
          {scores ? 'score it with keys 1-5' : 'set its goals or frames in the panel'}; once two coders have coded the same articles, their agreement appears here (and
          from <code>slant agreement</code>).
        </p>
      ) : null}
      {report && report.unitsCoded > 0 ? (
        <>
          <dl className="agreement-figures" data-testid="agreement-figures">
            <dt>Articles coded</dt>
            <dd>
              {report.unitsCoded} by {report.coders.length} coder{report.coders.length === 1 ? '' : 's'}; {report.unitsCodedByTwoOrMore} by two or more
            </dd>
            <dt>Unit</dt>
            <dd>{report.unit}</dd>
            <dt>Krippendorff&apos;s alpha</dt>
            <dd data-testid="agreement-alpha">
              {scores
                ? `ordinal ${shown(report.alphaOrdinal)} · interval ${shown(report.alphaInterval)} · with the machine as a coder (ordinal) ${shown(report.alphaOrdinalWithMachine)}`
                : `nominal ${shown(report.alphaNominal)} · with the machine as a coder ${shown(report.alphaNominalWithMachine)}`}
            </dd>
            {report.secondary ? (
              <>
                <dt>Frames used</dt>
                <dd>
                  {report.secondary.unit}: alpha nominal {shown(report.secondary.alphaNominal)} · agreement {shown(report.secondary.percentAgreement)} · with the machine{' '}
                  {shown(report.secondary.alphaWithMachine)}
                </dd>
              </>
            ) : null}
            <dt>Percent agreement</dt>
            <dd>{shown(report.percentAgreement)}</dd>
            <dt>Machine against the coders</dt>
            <dd>
              {report.machineAgainstHuman.units === 0
                ? 'no article has both'
                : dimension === 'frames'
                  ? `${report.machineAgainstHuman.units} article${report.machineAgainstHuman.units === 1 ? '' : 's'}: the same primary frame in ${shown(report.confusion.agreement)}`
                  : `${report.machineAgainstHuman.units} ${dimension === 'sdgs' ? 'article-goal unit' : 'article'}${report.machineAgainstHuman.units === 1 ? '' : 's'}: mean absolute error ${shown(report.machineAgainstHuman.meanAbsoluteError)}, mean signed error ${shown(report.machineAgainstHuman.meanSignedError)} (machine minus human)`}
            </dd>
          </dl>
          {report.pairs.length > 0 ? (
            <table className="agreement-pairs" data-testid="agreement-pairs">
              <thead>
                <tr>
                  <th>Coders</th>
                  <th>Shared articles</th>
                  <th>{scores ? 'Weighted kappa (quadratic)' : "Cohen's kappa"}</th>
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
          <AgreementBreakdown report={report} />
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
                  <span className="muted"> · {unit.values.map((item) => `${item.coder} ${item.value}`).join(', ')} (apart by {unit.spread})</span>{' '}
                  {scores ? (
                    <button type="button" className="link-button" onClick={() => adjudicate(unit.articleId)}>
                      Adjudicate
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  )
}
