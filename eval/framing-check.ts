/**
 * Framing on the sample corpus: the 1-5 framing score against the score each article was written to
 * earn, and the primary Policy Frame against the one its author designed. Like the language check,
 * a sanity check on hand-written articles, not a measurement on research data.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadServices } from '../bench/lib/services.ts'
import { readSampleCorpus } from './sample-corpus.ts'

export async function framingCheck(): Promise<string[]> {
  const services = await loadServices()
  const { articles, annotations } = readSampleCorpus()
  // The analyzer reads corpus statistics from a database; an empty one keeps this check about the texts alone.
  const directory = mkdtempSync(join(tmpdir(), 'slant-eval-'))
  try {
    const databasePath = join(directory, 'empty.sqlite')
    services.openDatabase(databasePath).db.close()
    const analyze = services.createArticleAnalyzer({ databasePath })
    let exact = 0
    let withinOne = 0
    let frameHits = 0
    let judged = 0
    const confusion = new Map<string, number>()
    articles.forEach((article, index) => {
      const annotation = annotations[article.external_id]
      if (!annotation) return
      judged++
      const result = analyze({ id: index + 1, title: article.title, text: article.text })
      const intended = annotation.intended.framing
      const score = result.framingBias.score
      if (score === intended) exact++
      if (Math.abs(score - intended) <= 1) withinOne++
      if (result.frames[0]?.frame === annotation.primary_frame) frameHits++
      const key = `${intended}->${score}`
      confusion.set(key, (confusion.get(key) ?? 0) + 1)
    })
    const pairs = [...confusion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `${key}: ${count}`)
    return [
      `  framing score equals the designed one for ${exact} of ${judged}, within one point for ${withinOne}; designed->engine ${pairs.join(', ')}`,
      `  primary frame equals the designed one for ${frameHits} of ${judged} (${((100 * frameHits) / Math.max(1, judged)).toFixed(0)}%; 14 frames, so chance is about 7%)`
    ]
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}
