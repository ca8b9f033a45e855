import { useMemo } from 'react'
import type { BiasDimension } from '../../../../shared/rows'
import type { StoryArticleRow } from '../../../../shared/story-rows'
import { csvBlob } from '../../../../shared/figures/csv-text'
import { FigureButtons } from './figure-buttons'
import { clip, escapeXml, svgDocument, type FigureFrame } from '../../../../shared/figures/svg-document'

const DIMENSIONS: { key: BiasDimension; name: string }[] = [
  { key: 'language', name: 'Language bias' },
  { key: 'framing', name: 'Framing bias' },
  { key: 'omission', name: 'Bias by omission' }
]
/** Distinct for readers with the common colour-vision deficiencies (Okabe-Ito), and a shape each. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7']
const LEFT = 130
const AXIS = 360
const ROW = 46

function marker(index: number, x: number, y: number): string {
  const colour = COLOURS[index % COLOURS.length] as string
  if (index === 1) return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="${colour}"/>`
  if (index === 2) return `<path d="M ${x} ${y - 6} L ${x + 6} ${y + 5} L ${x - 6} ${y + 5} Z" fill="${colour}"/>`
  if (index === 3) return `<path d="M ${x} ${y - 6} L ${x + 6} ${y} L ${x} ${y + 6} L ${x - 6} ${y} Z" fill="${colour}"/>`
  return `<circle cx="${x}" cy="${y}" r="5" fill="${colour}"/>`
}

/** The compared articles' final scores on each dimension, one marker per article on a 1-5 scale. */
export function scoreChartSvg(articles: StoryArticleRow[], frame: FigureFrame): string {
  const parts: string[] = []
  const xOf = (value: number) => LEFT + ((value - 1) / 4) * AXIS
  DIMENSIONS.forEach((dimension, row) => {
    const y = 20 + row * ROW
    parts.push(`<text x="${LEFT - 12}" y="${y + 4}" font-size="11" text-anchor="end" fill="#1d1f21">${dimension.name}</text>`)
    parts.push(`<line x1="${xOf(1)}" y1="${y}" x2="${xOf(5)}" y2="${y}" stroke="#d0d0ca"/>`)
    articles.forEach((article, index) => {
      const value = article.scores[dimension.key]
      // Articles with the same value sit side by side above and below the line, not on top of each other.
      if (value !== null) parts.push(marker(index, xOf(value), y + (index - (articles.length - 1) / 2) * 7))
    })
  })
  const axisY = 20 + DIMENSIONS.length * ROW - 18
  for (let value = 1; value <= 5; value++) parts.push(`<text x="${xOf(value)}" y="${axisY + 12}" font-size="10" text-anchor="middle" fill="#444">${value}</text>`)
  parts.push(`<text x="${xOf(3)}" y="${axisY + 28}" font-size="10" text-anchor="middle" fill="#444">score (1 = no bias, 5 = strong bias)</text>`)
  const legendY = axisY + 46
  articles.forEach((article, index) => {
    const y = legendY + index * 16
    parts.push(marker(index, LEFT + 6, y - 4))
    parts.push(`<text x="${LEFT + 18}" y="${y}" font-size="10" fill="#1d1f21">${escapeXml(clip(`${article.outlet ?? 'No outlet'}: ${article.title}`, 70))}</text>`)
  })
  return svgDocument(frame, LEFT + AXIS + 60, legendY + articles.length * 16, parts.join('\n'))
}

/** The score chart beside the matrix, drawn from the same SVG it exports (as an image: no markup in the page). */
export function ScoreChart({ articles, frame }: { articles: StoryArticleRow[]; frame: FigureFrame }) {
  const svg = useMemo(() => scoreChartSvg(articles, frame), [articles, frame])
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  const csv = () =>
    csvBlob(
      ['article_id', 'outlet', 'title', 'published_at', ...DIMENSIONS.map((dimension) => `${dimension.key}_final`)],
      articles.map((article) => [article.articleId, article.outlet, article.title, article.publishedAt, ...DIMENSIONS.map((dimension) => article.scores[dimension.key])])
    )
  return (
    <section className="score-chart" aria-label="Scores compared" data-testid="score-chart">
      <div className="compare-section-head">
        <h3>Scores compared</h3>
        <span className="muted">final values: adjudicated, else coders&apos; consensus, else the latest coder, else Slant&apos;s</span>
        <FigureButtons title={frame.title} svg={() => svg} csv={csv} testId="score-chart-export" />
      </div>
      <img src={url} alt={`${frame.title}. ${articles.map((article) => `${article.outlet ?? 'No outlet'}: ${DIMENSIONS.map((dimension) => `${dimension.name} ${article.scores[dimension.key] ?? 'none'}`).join(', ')}`).join('; ')}`} />
    </section>
  )
}
