import type { FinalScore } from '../../../../shared/rows'
import { DIMENSION_NAMES } from './blind-score-editor'

export const SOURCE_NAMES = { adjudicated: 'adjudicated', consensus: 'coders agree', human: 'latest coder', machine: 'machine' } as const

/** After the coder has saved every dimension: the final value by the rule, with its source, the machine's value and every coder's. */
export function RevealedValues({ scores }: { scores: FinalScore[] }) {
  return (
    <section className="revealed-values" aria-label="Values after saving" data-testid="revealed-values">
      <h3>After your save: everyone&apos;s values</h3>
      <ul>
        {scores.map((score) => (
          <li key={score.dimension} data-testid={`revealed-${score.dimension}`}>
            <strong>{DIMENSION_NAMES[score.dimension]}</strong>: final {score.value ?? 'none'}
            {score.source ? <span className="muted"> ({SOURCE_NAMES[score.source]})</span> : null}
            <span className="muted"> · machine {score.machine ? score.machine.value : 'none'}</span>
            {score.humans.map((human) => (
              <span key={human.coderId} className="muted">
                {' '}
                · {human.coderName} {human.value}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  )
}
