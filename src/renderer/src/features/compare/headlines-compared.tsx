import { formatDate } from '../../components/format'
import type { StoryComparison } from '../../../../shared/story-rows'
import { csvBlob } from '../../../../shared/figures/csv-text'
import { FigureButtons } from './figure-buttons'

/** The headlines one under another, each word no other headline uses marked. */
export function HeadlinesCompared({ comparison, title }: { comparison: StoryComparison; title: string }) {
  const csv = () =>
    csvBlob(
      ['article_id', 'outlet', 'published_at', 'headline', 'words_only_this_headline_uses'],
      comparison.headlines.map((headline, index) => {
        const article = comparison.articles[index]
        return [headline.articleId, article?.outlet, article?.publishedAt, article?.title, headline.words.filter((word) => word.unique).map((word) => word.text).join(' ')]
      })
    )
  return (
    <section className="headlines-compared" aria-label="Headlines compared" data-testid="headlines-compared">
      <div className="compare-section-head">
        <h3>Headlines</h3>
        <FigureButtons title={title} csv={csv} testId="headlines-export" />
      </div>
      <table className="data-table compact">
        <tbody>
          {comparison.headlines.map((headline, index) => {
            const article = comparison.articles[index]
            return (
              <tr key={headline.articleId}>
                <th>{article?.outlet ?? `Article ${headline.articleId}`}</th>
                <td className="headline-words">
                  {headline.words.map((word, position) => (
                    <span key={position}>
                      {word.unique ? <mark className="headline-unique" title="No other headline uses this word">{word.text}</mark> : word.text}{' '}
                    </span>
                  ))}
                </td>
                <td className="muted">{formatDate(article?.publishedAt ?? null)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="muted small-print">Marked: words only that headline uses.</p>
    </section>
  )
}
