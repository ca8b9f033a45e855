/**
 * `npm run eval`: every registered sentence scorer against the experts' labels in BABE (dev split).
 * "No agreement" sentences are left out of every measure: they belong to neither class. Each scorer is
 * reported on the tuning part (id <= 850, where the language-bias parameters were fitted), on the
 * held-out rest, and on both, next to published reference figures.
 */
import { existsSync } from 'node:fs'
import { BABE_FILE, babeDataPath, loadBabe, type BabeSentence } from './babe-dataset.ts'
import { babePart, PART_LABELS, type BabePart } from './babe-split.ts'
import { formatTable } from './format-table.ts'
import { addWordCounts, classificationMetrics, confusionMatrix, rocAuc, wordMetrics, wordOverlap } from './metrics.ts'
import { loadLanguageBiasEngine } from './language-bias-engine.ts'
import { framingCheck } from './framing-check.ts'
import { sampleCorpusCheck } from './sample-corpus-check.ts'
import { storyCheck } from './story-check.ts'
import { createScorers, type SentenceScore } from './scorers.ts'

const path = babeDataPath()
if (!existsSync(path)) {
  console.error(
    `The evaluation data is missing: ${path} does not exist.\n` +
      `Put ${BABE_FILE} in ../shared/eval/ beside the repository, or set SLANT_EVAL_DIR to the folder that holds it.`
  )
  process.exit(1)
}

const all = loadBabe(path)
const sentences = all.filter((sentence) => sentence.label !== 'No agreement')
const expected = sentences.map((sentence) => sentence.label === 'Biased')
const biasedCount = expected.filter(Boolean).length
const biasedRate = biasedCount / Math.max(1, sentences.length)
const expertTokens = addWordCounts(sentences.map((sentence) => wordOverlap([], sentence.biasedWords))).expected
const percent = (value: number) => `${(value * 100).toFixed(1)}%`
const fixed = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(3))

console.log(`BABE SG1 dev: ${path}`)
console.log(
  `${all.length} sentences: ${biasedCount} Biased, ${sentences.length - biasedCount} Non-biased, ` +
    `${all.length - sentences.length} No agreement (excluded); base rate ${percent(biasedRate)} Biased; ` +
    `${expertTokens} expert-marked word tokens in the ${sentences.length} evaluated sentences`
)
const parts: { name: string; rows: number[] }[] = (['tune', 'held-out'] as BabePart[]).map((part) => ({
  name: part,
  rows: sentences.flatMap((sentence, index) => (babePart(sentence) === part ? [index] : []))
}))
parts.push({ name: 'all', rows: sentences.map((_, index) => index) })
for (const part of parts.slice(0, 2)) {
  const biased = part.rows.filter((index) => expected[index]).length
  console.log(`  ${PART_LABELS[part.name as BabePart]}: ${part.rows.length} sentences, ${biased} Biased (${percent(biased / Math.max(1, part.rows.length))})`)
}
console.log('')

function measure(name: string, part: { name: string; rows: number[] }, scores: SentenceScore[], data: BabeSentence[]): string[] {
  const gold = part.rows.map((index) => expected[index] as boolean)
  const picked = part.rows.map((index) => scores[index] as SentenceScore)
  const sentenceLevel = classificationMetrics(confusionMatrix(gold, picked.map((score) => score.biased)))
  const auc = rocAuc(gold, picked.map((score) => score.score))
  const words = wordMetrics(addWordCounts(part.rows.map((index) => wordOverlap(scores[index]?.flaggedWords ?? [], data[index]?.biasedWords ?? []))))
  return [
    name,
    part.name,
    String(sentenceLevel.n),
    fixed(sentenceLevel.accuracy),
    fixed(sentenceLevel.precision),
    fixed(sentenceLevel.recall),
    fixed(sentenceLevel.f1),
    fixed(sentenceLevel.macroF1),
    fixed(auc),
    fixed(words.precision),
    fixed(words.recall),
    fixed(words.f1)
  ]
}

const rows: string[][] = []
const distributions: string[] = []
for (const scorer of createScorers({ biasedRate })) {
  const started = performance.now()
  const scores = sentences.map((sentence) => scorer.score(sentence.text))
  const milliseconds = performance.now() - started
  for (const part of parts) rows.push(measure(scorer.name, part, scores, sentences))
  const predicted = scores.map((score) => score.biased)
  const predictedBiased = predicted.filter(Boolean).length
  const words = wordMetrics(addWordCounts(scores.map((score, index) => wordOverlap(score.flaggedWords, sentences[index]?.biasedWords ?? []))))
  distributions.push(
    `${scorer.name}${scorer.description ? `: ${scorer.description}` : ''}\n` +
      `  predicted ${predictedBiased} Biased / ${predicted.length - predictedBiased} Non-biased (${percent(predictedBiased / Math.max(1, predicted.length))} Biased); ` +
      `gold ${biasedCount} / ${sentences.length - biasedCount} (${percent(biasedRate)})\n` +
      `  words: ${words.flagged} tokens flagged, ${words.matched} of them marked by the experts; ${words.matched} of ${words.expected} marked tokens found\n` +
      `  ${(milliseconds / sentences.length).toFixed(2)} ms per sentence`
  )
}

// Published figures on BABE (Spinde et al. 2021 and follow-ups), for scale: not run here.
const reference = (name: string, macroF1: string) => [name, 'published', '', '', '', '', '', macroF1, '', '', '', '']
rows.push(reference('ref: subjectivity-lexicon baseline', '~0.61'))
rows.push(reference('ref: fine-tuned transformers', '~0.80'))
rows.push(['ref: expert agreement', 'published', '', '', '', '', '', "alpha 0.40", '', '', '', ''])

console.log(formatTable(['scorer', 'part', 'n', 'accuracy', 'P', 'R', 'F1', 'macro-F1', 'ROC-AUC', 'word P', 'word R', 'word F1'], rows))
console.log(
  '\nP/R/F1 are for the Biased class; ROC-AUC ranks the 0-1 score (no threshold); word-level scores are micro-averaged over tokens, case-insensitive.' +
    `\nThe language-bias parameters (category factors, quote factor, valence weights, threshold) were fitted on ${PART_LABELS.tune} only` +
    ' (node eval/tune-language-bias.ts); its lexicon was written by hand, not taken from this data. Judge it on the held-out rows.' +
    "\nThe experts' own agreement (Krippendorff's alpha 0.40) bounds how well any scorer can match single labels.\n"
)
for (const line of distributions) console.log(line)
console.log('')
for (const line of sampleCorpusCheck(await loadLanguageBiasEngine())) console.log(line)
for (const line of await framingCheck()) console.log(line)
console.log('\nStories and omission (the app\'s analysis job on labelled corpora):')
for (const line of await storyCheck()) console.log(line)
