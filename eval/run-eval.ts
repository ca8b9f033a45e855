/**
 * `npm run eval`: every registered sentence scorer against the experts' labels in BABE (dev split).
 * "No agreement" sentences are left out of every measure: they belong to neither class.
 */
import { existsSync } from 'node:fs'
import { BABE_FILE, babeDataPath, loadBabe } from './babe-dataset.ts'
import { formatTable } from './format-table.ts'
import { addWordCounts, classificationMetrics, confusionMatrix, wordMetrics, wordOverlap } from './metrics.ts'
import { createScorers } from './scorers.ts'

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
const fixed = (value: number) => value.toFixed(3)

console.log(`BABE SG1 dev: ${path}`)
console.log(
  `${all.length} sentences: ${biasedCount} Biased, ${sentences.length - biasedCount} Non-biased, ` +
    `${all.length - sentences.length} No agreement (excluded); base rate ${percent(biasedRate)} Biased; ` +
    `${expertTokens} expert-marked word tokens in the ${sentences.length} evaluated sentences\n`
)

const rows: string[][] = []
const distributions: string[] = []
for (const scorer of createScorers({ biasedRate })) {
  const scores = sentences.map((sentence) => scorer.score(sentence.text))
  const predicted = scores.map((score) => score.biased)
  const sentenceLevel = classificationMetrics(confusionMatrix(expected, predicted))
  const words = wordMetrics(addWordCounts(scores.map((score, index) => wordOverlap(score.flaggedWords, sentences[index]?.biasedWords ?? []))))
  rows.push([
    scorer.name,
    String(sentenceLevel.n),
    fixed(sentenceLevel.accuracy),
    fixed(sentenceLevel.precision),
    fixed(sentenceLevel.recall),
    fixed(sentenceLevel.f1),
    fixed(sentenceLevel.macroF1),
    fixed(words.precision),
    fixed(words.recall),
    fixed(words.f1)
  ])
  const predictedBiased = predicted.filter(Boolean).length
  distributions.push(
    `${scorer.name}${scorer.description ? `: ${scorer.description}` : ''}\n` +
      `  predicted ${predictedBiased} Biased / ${predicted.length - predictedBiased} Non-biased (${percent(predictedBiased / Math.max(1, predicted.length))} Biased); ` +
      `gold ${biasedCount} / ${sentences.length - biasedCount} (${percent(biasedRate)})\n` +
      `  words: ${words.flagged} tokens flagged, ${words.matched} of them marked by the experts; ${words.matched} of ${words.expected} marked tokens found`
  )
}

console.log(formatTable(['scorer', 'n', 'accuracy', 'P', 'R', 'F1', 'macro-F1', 'word P', 'word R', 'word F1'], rows))
console.log('\nP/R/F1 are for the Biased class; word-level scores are micro-averaged over tokens, case-insensitive.\n')
for (const line of distributions) console.log(line)
console.log('\nOnly baselines so far: the analysis scorers (loaded-language detection) join this table as the engine lands.')
