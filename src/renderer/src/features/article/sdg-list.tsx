import type { ArticleAnalysis } from '../../../../shared/rows'

/** The goals a run found, each with its direction, relevance and the rationale naming the passages. */
export function SdgList({ sdgs }: { sdgs: ArticleAnalysis['sdgs'] }) {
  if (sdgs.length === 0) return null
  return (
    <>
      <h3>Sustainable Development Goals</h3>
      <ul className="sdg-list" data-testid="sdg-list">
        {sdgs.map((sdg) => (
          <li key={sdg.goal}>
            <strong>
              {sdg.goal}. {sdg.name}
            </strong>{' '}
            · {sdg.direction} · {sdg.relevance}
            {sdg.rationale ? <p className="muted">{sdg.rationale}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
