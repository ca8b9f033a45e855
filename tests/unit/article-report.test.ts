import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnalysisJob, runAnalysisJob } from '../../src/main/analysis/analysis-job'
import { createArticleAnalyzer } from '../../src/main/analysis/analyze-article'
import { createInlinePool } from '../../src/main/analysis/worker/worker-pool'
import { importFile } from '../../src/main/corpus/import-articles'
import { parseReport } from '../../src/main/corpus/report/parse-report'
import { openDatabase } from '../../src/main/db/open-database'
import { articleReport, reportDifferences } from '../../src/main/export/article-report'
import { useTempDirectory } from '../helpers/temp-directory'

const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', '000_893a9da058719ab5.txt')

describe("an article's report in the seed's shape", () => {
  const tempDirectory = useTempDirectory()

  it("shows Slant's report beside the imported one, with their differences, as text the importer reads back", async () => {
    const path = join(tempDirectory(), 'c.sqlite')
    const { db } = openDatabase(path)
    await importFile({ db }, SEED)
    const { jobId } = createAnalysisJob(db, { all: true }, 'test')
    await runAnalysisJob(db, jobId, createInlinePool(createArticleAnalyzer({ databasePath: path })))

    const report = articleReport(db, 1)
    expect(report.imported).toHaveLength(1)
    const imported = report.imported[0]
    expect(imported?.label).toBe('imported: bbc.com')
    // The imported report, rebuilt from what was stored, reads back as the seed did.
    const reparsed = parseReport(imported?.text ?? '')
    if (!reparsed.ok) throw new Error(reparsed.reason)
    expect(reparsed.report.title).toBe("North Korea's $600M Covert IT Scheme Revealed")
    expect(reparsed.report.outletDomain).toBe('bbc.com')
    expect(reparsed.report.language).toBe('English')
    expect(reparsed.report.scores.map((score) => `${score.dimension} ${score.score}`)).toEqual(['framing 2', 'language 1', 'omission 3'])
    expect(reparsed.report.sdgs).toMatchObject([{ goal: 10, direction: 'negative', relevance: 'direct' }])
    expect(reparsed.report.organisations).toEqual(expect.arrayContaining(['Lazarus Group', 'Un Security Council']))

    // Slant's own: every score (omission from its omission run, here the single-article fallback).
    const slant = report.slant
    expect(slant?.runIds).toHaveLength(2)
    expect(slant?.fields.scores.map((score) => score.dimension)).toEqual(['framing', 'language', 'omission'])
    expect(slant?.fields.scores[2]?.rationale).toMatch(/^Fallback:/)
    expect(slant?.text.split('\n\n').slice(0, 3)).toEqual([slant?.fields.title, slant?.fields.title, 'bbc.com'])
    const mine = parseReport(slant?.text ?? '')
    if (!mine.ok) throw new Error(mine.reason)
    expect(mine.report.scores.map((score) => score.score)).toEqual(slant?.fields.scores.map((score) => score.score))

    // Differences are listed field by field against the imported report.
    const fields = report.differences.map((difference) => difference.field)
    for (const dimension of ['Framing Bias', 'Language Bias', 'Bias by Omission']) {
      const mineScore = slant?.fields.scores.find((score) => score.dimension === ({ 'Framing Bias': 'framing', 'Language Bias': 'language', 'Bias by Omission': 'omission' } as const)[dimension as 'Framing Bias'])?.score
      const theirs = imported?.fields.scores.find((score) => score.dimension === ({ 'Framing Bias': 'framing', 'Language Bias': 'language', 'Bias by Omission': 'omission' } as const)[dimension as 'Framing Bias'])?.score
      expect(fields.includes(dimension)).toBe(mineScore !== theirs)
    }
    db.close()
  })

  it('finds no difference between a report and itself, and names each field that differs', () => {
    const base = {
      title: 'T',
      outlet: 'example.org',
      summary: 'S',
      language: 'English',
      country: 'France',
      topics: ['Economy'],
      organisations: ['Acme'],
      people: ['Ana Ruiz'],
      scores: [{ dimension: 'framing' as const, score: 2, rationale: 'r' }],
      sdgs: [{ goal: 13, name: 'Climate Action', direction: 'positive' as const, relevance: 'direct' as const, rationale: 'r' }]
    }
    expect(reportDifferences(base, base)).toEqual([])
    const other = { ...base, country: 'Spain', people: ['Ana Ruiz', 'Luis Vega'], scores: [{ dimension: 'framing' as const, score: 4, rationale: 'x' }] }
    expect(reportDifferences(base, other)).toEqual([
      { field: 'Framing Bias', slant: '2/5', imported: '4/5' },
      { field: 'Country', slant: 'France', imported: 'Spain' },
      { field: 'People found by one only', slant: '(none)', imported: 'Luis Vega' }
    ])
  })
})
