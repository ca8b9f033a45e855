/**
 * Figures as standalone SVG documents, each with its title, its n and where its data come from, so a
 * figure cut out of Slant still says what it shows. PNG copies are drawn from the same SVG.
 */

/** Print resolution: 300 dots per inch against the 96 CSS pixels per inch an SVG is laid out in. */
export const PRINT_SCALE = 300 / 96

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character] as string)
}

/** Cuts a label to a number of characters, with an ellipsis when cut. */
export function clip(text: string, characters: number): string {
  return text.length > characters ? `${text.slice(0, characters - 1).trimEnd()}…` : text
}

export interface FigureFrame {
  title: string
  /** "n = …" and what was counted. */
  n: string
  /** Where the data come from (corpus, run, date). */
  source: string
}

/** Wraps a figure's body (drawn from y = 0) with its title above and its n and data source below. */
export function svgDocument(frame: FigureFrame, width: number, bodyHeight: number, body: string): string {
  const top = 58
  const height = top + bodyHeight + 48
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="16" font-weight="bold" fill="#1d1f21">${escapeXml(clip(frame.title, 110))}</text>`,
    `<text x="16" y="46" font-size="12" fill="#444">${escapeXml(frame.n)}</text>`,
    `<g transform="translate(0 ${top})">${body}</g>`,
    `<text x="16" y="${height - 16}" font-size="10" fill="#6b6f76">${escapeXml(clip(`Source: ${frame.source}`, 180))}</text>`,
    '</svg>'
  ].join('\n')
}
