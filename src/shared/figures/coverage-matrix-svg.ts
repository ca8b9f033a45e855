import type { CoverageKind, StoryComparison } from '../story-rows'
import { clip, escapeXml, svgDocument, type FigureFrame } from './svg-document'

export const COVERAGE_KIND_LABELS: Record<CoverageKind, string> = { name: 'Names', figure: 'Figures', voice: 'Voices', claim: 'Claims' }

const LABEL_WIDTH = 330
const COLUMN_WIDTH = 120
const ROW_HEIGHT = 18
const HEADER_HEIGHT = 44

/**
 * The coverage matrix as an SVG figure: a row per name, figure, voice and claim, a column per
 * article, a filled square where the article carries it and an open one where it leaves it out.
 */
export function coverageMatrixSvg(comparison: StoryComparison, rows: StoryComparison['rows'], frame: FigureFrame): string {
  const columns = comparison.articles
  const width = LABEL_WIDTH + COLUMN_WIDTH * columns.length + 16
  const parts: string[] = []
  columns.forEach((article, index) => {
    const x = LABEL_WIDTH + index * COLUMN_WIDTH + COLUMN_WIDTH / 2
    parts.push(`<text x="${x}" y="14" font-size="11" font-weight="bold" text-anchor="middle" fill="#1d1f21">${escapeXml(clip(article.outlet ?? `Article ${article.articleId}`, 18))}</text>`)
    parts.push(`<text x="${x}" y="30" font-size="9" text-anchor="middle" fill="#6b6f76">${escapeXml(clip(article.title, 24))}</text>`)
  })
  let y = HEADER_HEIGHT
  let kind: CoverageKind | null = null
  for (const row of rows) {
    if (row.kind !== kind) {
      kind = row.kind
      parts.push(`<text x="16" y="${y + 13}" font-size="11" font-weight="bold" fill="#2f5d8a">${COVERAGE_KIND_LABELS[kind]}</text>`)
      y += ROW_HEIGHT
    }
    parts.push(`<text x="28" y="${y + 13}" font-size="10" fill="#1d1f21">${escapeXml(clip(row.item, 58))}</text>`)
    row.cells.forEach((cell, index) => {
      const x = LABEL_WIDTH + index * COLUMN_WIDTH + COLUMN_WIDTH / 2 - 6
      parts.push(
        cell.mentioned
          ? `<rect x="${x}" y="${y + 3}" width="12" height="12" fill="#2f5d8a"><title>mentioned</title></rect>`
          : `<rect x="${x + 0.5}" y="${y + 3.5}" width="11" height="11" fill="none" stroke="#a4262c" stroke-width="1"><title>left out</title></rect>`
      )
    })
    y += ROW_HEIGHT
  }
  parts.push(`<g font-size="10" fill="#444" transform="translate(16 ${y + 10})">`)
  parts.push('<rect x="0" y="0" width="10" height="10" fill="#2f5d8a"/><text x="16" y="9">carried by the article</text>')
  parts.push('<rect x="160.5" y="0.5" width="9" height="9" fill="none" stroke="#a4262c"/><text x="176" y="9">left out</text>')
  parts.push('</g>')
  return svgDocument(frame, width, y + 24, parts.join('\n'))
}
