import type { CoverageKind, StoryComparison } from '../../../../shared/story-rows'

const KIND_WORDS: Record<CoverageKind, string> = { name: 'name', figure: 'figure', voice: 'voice', claim: 'claim' }

/** Per article: what it alone says, and what it leaves out that the others carry (most carried first). */
export function DifferencesSummary({ comparison }: { comparison: StoryComparison }) {
  const others = comparison.articles.length - 1
  return (
    <section className="differences-summary" aria-label="Differences" data-testid="differences-summary">
      <h3>Differences</h3>
      <div className="differences-grid" style={{ gridTemplateColumns: `repeat(${comparison.articles.length}, minmax(0, 1fr))` }}>
        {comparison.differences.map((difference, index) => {
          const article = comparison.articles[index]
          return (
            <div key={difference.articleId} className="differences-article" data-testid={`differences-${index}`}>
              <h4>{article?.outlet ?? `Article ${difference.articleId}`}</h4>
              <p className="muted">Only this one:</p>
              {difference.only.length === 0 ? (
                <p className="muted">nothing the others lack</p>
              ) : (
                <ul>
                  {difference.only.map((item) => (
                    <li key={`${item.kind}:${item.item}`}>
                      <span className="muted">{KIND_WORDS[item.kind]}</span> {item.item}
                    </li>
                  ))}
                </ul>
              )}
              <p className="muted">Leaves out:</p>
              {difference.leftOut.length === 0 ? (
                <p className="muted">nothing most others carry</p>
              ) : (
                <ul className="left-out">
                  {difference.leftOut.map((item) => (
                    <li key={`${item.kind}:${item.item}`}>
                      <span className="muted">{KIND_WORDS[item.kind]}</span> {item.item}{' '}
                      <span className="muted">
                        (in {item.carriedBy} of {others})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
