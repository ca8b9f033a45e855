/**
 * A sanity check beside BABE: the article-level 1-5 language score on the sample corpus's English
 * articles against the scores their authors wrote them to earn, and how many of the loaded terms
 * they marked the engine finds. 41 hand-written articles with designed scores validate nothing; they
 * show whether the codebook mapping behaves as intended (wire copy 1, tabloid 4-5).
 */
import type { LanguageBiasEngine } from './language-bias-engine.ts'
import { readSampleCorpus } from './sample-corpus.ts'

export function sampleCorpusCheck(engine: LanguageBiasEngine): string[] {
  const { articles, annotations } = readSampleCorpus()
  const lexicon = engine.loadLexicon()
  let exact = 0
  let withinOne = 0
  let marked = 0
  let found = 0
  const confusion = new Map<string, number>()
  for (const article of articles) {
    const annotation = annotations[article.external_id]
    if (!annotation) continue
    const { bias, evidence } = engine.analyzeLanguageBias(engine.tokenize(article.text), lexicon)
    const intended = annotation.intended.language
    if (bias.score === intended) exact++
    if (Math.abs(bias.score - intended) <= 1) withinOne++
    const key = `${intended}->${bias.score}`
    confusion.set(key, (confusion.get(key) ?? 0) + 1)
    for (const { term } of annotation.loaded_terms) {
      marked++
      const start = article.text.indexOf(term)
      if (evidence.some((span) => span.start < start + term.length && span.end > start)) found++
    }
  }
  const pairs = [...confusion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `${key}: ${count}`)
  return [
    `Sample corpus (${articles.length} English articles, designed scores; a sanity check, not research data):`,
    `  language score equals the designed one for ${exact}, within one point for ${withinOne}; designed->engine ${pairs.join(', ')}`,
    `  marked loaded terms found: ${found} of ${marked} (${((100 * found) / Math.max(1, marked)).toFixed(0)}%)`
  ]
}
