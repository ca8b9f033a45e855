import { useEffect, useState } from 'react'
import type { ArticleLabels } from '../../../../shared/rows'
import { client } from '../../api/client'
import { useCorpusStore } from '../corpus/corpus-store'
import { reportError } from '../frame/app-store'
import { useCodingStore } from '../coding/coding-store'
import { FrameEditor } from './frame-editor'
import { describeLabelRow } from './label-format'
import { SdgEditor } from './sdg-editor'
import { EditHistory } from '../../components/edit-history'
import './labels.css'

/** Goals and frames coded by hand in the article panel, with who changed what and when. Undo and redo are the frame's Ctrl+Z and Ctrl+Shift+Z. */
export function LabelEditor({ articleId }: { articleId: number }) {
  const generation = useCorpusStore((state) => state.generation)
  const coderId = useCodingStore((state) => state.coderId)
  const [labels, setLabels] = useState<ArticleLabels | null>(null)
  const [adjudicate, setAdjudicate] = useState(false)
  useEffect(() => {
    client.call('labels.forArticle', { articleId }).then(setLabels, reportError)
  }, [articleId, generation])
  const current = labels?.articleId === articleId ? labels : null
  if (!current) return null
  const disagree = (sets: { key: string }[]) => new Set(sets.map((set) => set.key)).size > 1
  const coderDisagreement =
    disagree(current.sdgs.humans.map((human) => ({ key: human.goals.map((goal) => `${goal.goal}${goal.direction}${goal.relevance}`).join() }))) ||
    disagree(current.frames.humans.map((human) => ({ key: `${human.frames.map((item) => item.frame).join()}|${human.primary ?? ''}` })))
  return (
    <section className="score-editor label-editor" aria-label="Goals and frames" data-testid="label-editor">
      <h3>Goals and frames</h3>
      {coderId !== null && (coderDisagreement || adjudicate) ? (
        <label className="inline-field">
          <input type="checkbox" checked={adjudicate} onChange={(event) => setAdjudicate(event.target.checked)} /> edit the final (adjudicated) sets
        </label>
      ) : null}
      <SdgEditor labels={current} adjudicate={adjudicate} />
      <FrameEditor labels={current} adjudicate={adjudicate} />
      <EditHistory rows={current.history} testId="label-history" describe={(row) => <>{row.coderName} · {describeLabelRow(row)}</>} comment={(row) => row.rationale} />
    </section>
  )
}
