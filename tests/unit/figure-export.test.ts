import { describe, expect, it } from 'vitest'
import { coverageMatrixSvg } from '../../src/shared/figures/coverage-matrix-svg'
import { csvText } from '../../src/shared/figures/csv-text'
import { svgDocument } from '../../src/shared/figures/svg-document'
import type { StoryComparison } from '../../src/shared/story-rows'

const comparison: StoryComparison = {
  articles: [
    { articleId: 1, title: 'Bridge closed', outlet: 'V <Courier> & Co', publishedAt: '2026-05-08', storyId: 3, analysed: true },
    { articleId: 2, title: 'Bridge "chaos"', outlet: 'The Daily Blaze', publishedAt: '2026-05-08', storyId: 3, analysed: true }
  ],
  rows: [
    { key: 'name:hanna verlo', kind: 'name', item: 'Hanna Verlo', detail: 'person', carriedBy: 1, cells: [{ mentioned: true, passage: { start: 0, end: 5 } }, { mentioned: false, passage: null }] },
    { key: 'figure:18000', kind: 'figure', item: '18,000', detail: null, carriedBy: 2, cells: [{ mentioned: true, passage: null }, { mentioned: true, passage: null }] },
    { key: 'voice:x', kind: 'voice', item: '<script>alert(1)</script>', detail: null, carriedBy: 1, cells: [{ mentioned: false, passage: null }, { mentioned: true, passage: null }] }
  ],
  quotes: [[], []],
  differences: [],
  headlines: []
}

describe('figures and tables out', () => {
  it('draws the coverage matrix as a standalone SVG with its title, n and source, imported text escaped', () => {
    const svg = coverageMatrixSvg(comparison, comparison.rows, { title: 'Coverage of “Tallow”', n: 'n = 2 articles', source: 'Slant corpus, story #3' })
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('<title>Coverage of “Tallow”</title>')
    expect(svg).toContain('n = 2 articles')
    expect(svg).toContain('Source: Slant corpus, story #3')
    expect(svg).toContain('V &lt;Courier&gt; &amp; Co')
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(svg).not.toContain('<script>')
    // One mark per cell: four carried, two left out, and the legend's one of each.
    expect(svg.match(/<title>mentioned<\/title>/g)).toHaveLength(4)
    expect(svg.match(/<title>left out<\/title>/g)).toHaveLength(2)
    // Well-formed enough for an XML parser: every tag that opens closes.
    const opened = (svg.match(/<(svg|g|text|title)[\s>]/g) ?? []).length
    const closed = (svg.match(/<\/(svg|g|text|title)>/g) ?? []).length
    expect(opened).toBe(closed)
  })

  it('grows the document around the body and keeps the size a PNG is drawn at', () => {
    const svg = svgDocument({ title: 'T', n: 'n = 1', source: 's' }, 400, 100, '<rect width="1" height="1"/>')
    expect(svg).toMatch(/width="400" height="206" viewBox="0 0 400 206"/)
  })

  it('writes CSV that spreadsheets read as written: quoted fields, doubled quotes, no formulas, UTF-8 mark', () => {
    const text = csvText(['a', 'b'], [['plain', 'with, comma'], ['say "hi"', '=HYPERLINK("x")'], [null, 3], ['line\nbreak', -2]])
    expect(text).toBe('\uFEFFa,b\r\nplain,"with, comma"\r\n"say ""hi""","\'=HYPERLINK(""x"")"\r\n,3\r\n"line\nbreak",-2\r\n')
  })
})
