import { useState } from 'react'
import type { ArticleLabels } from '../../../../shared/rows'
import { POLICY_FRAMES, type PolicyFrame } from '../../../../shared/labels'
import { useCodingStore } from '../coding/coding-store'
import { describeFrames, SOURCE_NAMES } from './label-format'

/**
 * The article's Policy Frames: the final set with its source, the machine's and each coder's beside
 * it, and the current coder's own to edit: a checkbox per frame used, a radio for the primary one.
 */
export function FrameEditor({ labels, adjudicate }: { labels: ArticleLabels; adjudicate: boolean }) {
  const { coderId, recordLabel } = useCodingStore()
  const [rationale, setRationale] = useState('')
  const frames = labels.frames
  const mine = adjudicate ? (frames.adjudication ?? null) : (frames.humans.find((human) => human.coderId === coderId) ?? null)
  const kind = adjudicate ? 'adjudication' : 'label'
  const machineFrames = new Set(frames.machine?.frames.map((item) => item.frame) ?? [])
  const save = async (frame: PolicyFrame, present: boolean, primary: boolean) => {
    const saved = await recordLabel({ articleId: labels.articleId, scheme: 'frame', frame, present, primary, kind, ...(rationale.trim() ? { rationale: rationale.trim() } : {}) })
    if (saved) setRationale('')
  }
  return (
    <div className="label-editor-part" data-testid="frame-editor">
      <div>
        <strong>Frames</strong>{' '}
        <span data-testid="final-frames">
          final {describeFrames(frames.value)} {frames.source ? <span className="muted">({SOURCE_NAMES[frames.source]})</span> : null}
        </span>
      </div>
      <p className="muted label-others">
        machine: {frames.machine ? describeFrames(frames.machine) : 'not analysed'}
        {frames.humans.map((human) => ` · ${human.coderName}: ${describeFrames(human)}`).join('')}
        {frames.adjudication ? ` · adjudicated by ${frames.adjudication.coderNames.join(', ')}` : ''}
      </p>
      {coderId === null ? null : (
        <>
          <table className="frame-table">
            <thead>
              <tr>
                <th scope="col">Frame</th>
                <th scope="col">Used</th>
                <th scope="col">Primary</th>
              </tr>
            </thead>
            <tbody>
              {POLICY_FRAMES.map((frame) => {
                const used = mine?.frames.some((item) => item.frame === frame) ?? false
                const primary = mine?.primary === frame
                return (
                  <tr key={frame} className={machineFrames.has(frame) ? 'machine-frame' : undefined}>
                    <td>
                      {frame}
                      {frames.machine?.primary === frame ? <span className="muted"> · machine's primary</span> : machineFrames.has(frame) ? <span className="muted"> · machine</span> : null}
                    </td>
                    <td>
                      <input type="checkbox" aria-label={`Uses ${frame}`} checked={used} onChange={(event) => void save(frame, event.target.checked, event.target.checked ? primary : false)} />
                    </td>
                    <td>
                      <input type="radio" name={`primary-frame-${labels.articleId}`} aria-label={`${frame} is the primary frame`} checked={primary} onChange={() => void save(frame, true, true)} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          <input aria-label="Frame rationale" className="frame-rationale" placeholder="Rationale (saved with your next frame change)" value={rationale} onChange={(event) => setRationale(event.target.value)} />
        </>
      )}
    </div>
  )
}
