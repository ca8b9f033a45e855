import type { OutletProfile } from '../outlet-comparison-rows'
import type { BiasDimension } from '../rows'
import { clip, escapeXml, svgDocument, type FigureFrame } from './svg-document'

const LEFT = 230
const AXIS = 400
const ROW = 30

/**
 * One score across outlets: for each outlet its articles as a dot per value (area by count), its mean
 * as a bar and the 95% confidence interval as a line through it.
 */
export function outletScoresSvg(profiles: OutletProfile[], dimension: BiasDimension, frame: FigureFrame): string {
  const xOf = (value: number) => LEFT + ((value - 1) / 4) * AXIS
  const parts: string[] = []
  const largest = Math.max(1, ...profiles.flatMap((profile) => profile.scores[dimension].distribution))
  profiles.forEach((profile, row) => {
    const y = 16 + row * ROW
    const { distribution, mean } = profile.scores[dimension]
    parts.push(`<text x="${LEFT - 14}" y="${y + 4}" font-size="11" text-anchor="end" fill="#1d1f21">${escapeXml(clip(profile.outlet, 26))} (n = ${mean.n})</text>`)
    parts.push(`<line x1="${xOf(1)}" y1="${y}" x2="${xOf(5)}" y2="${y}" stroke="#e2e2dd"/>`)
    distribution.forEach((count, index) => {
      if (count > 0) parts.push(`<circle cx="${xOf(index + 1)}" cy="${y}" r="${(2 + 8 * Math.sqrt(count / largest)).toFixed(2)}" fill="#9fb8d1" fill-opacity="0.8"><title>${count} article${count === 1 ? '' : 's'} scored ${index + 1}</title></circle>`)
    })
    if (mean.low !== null && mean.high !== null) {
      parts.push(`<line x1="${xOf(Math.max(1, mean.low))}" y1="${y}" x2="${xOf(Math.min(5, mean.high))}" y2="${y}" stroke="#1d1f21" stroke-width="2"><title>95% interval ${mean.low} to ${mean.high}</title></line>`)
    }
    if (mean.mean !== null) parts.push(`<rect x="${xOf(mean.mean) - 1.5}" y="${y - 8}" width="3" height="16" fill="#a4262c"><title>mean ${mean.mean}</title></rect>`)
  })
  const axisY = 16 + profiles.length * ROW - 8
  for (let value = 1; value <= 5; value++) parts.push(`<text x="${xOf(value)}" y="${axisY + 10}" font-size="10" text-anchor="middle" fill="#444">${value}</text>`)
  parts.push(`<text x="${xOf(3)}" y="${axisY + 26}" font-size="10" text-anchor="middle" fill="#444">score: dots are articles (area by count), red bar the mean, black line its 95% interval</text>`)
  return svgDocument(frame, LEFT + AXIS + 40, axisY + 36, parts.join('\n'))
}
