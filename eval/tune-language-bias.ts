/**
 * `node eval/tune-language-bias.ts`: fits the language-bias scoring parameters on the tuning part of
 * BABE (id <= 850) and prints them for src/main/analysis/language-bias/scoring-parameters.ts. It never
 * reads the held-out part. Only the few numbers that combine the evidence are fitted, never the
 * lexicon: its entries are written from knowledge of news language, not from this data.
 *
 * Method: coordinate ascent on ROC-AUC (the score's ranking quality needs no threshold), each
 * parameter over a coarse grid, a few rounds; then the flag threshold that maximises macro-F1.
 */
import { babeDataPath, loadBabe } from './babe-dataset.ts'
import { babePart } from './babe-split.ts'
import { loadLanguageBiasEngine } from './language-bias-engine.ts'
import { classificationMetrics, confusionMatrix, rocAuc } from './metrics.ts'

const engine = await loadLanguageBiasEngine()
const lexicon = engine.loadLexicon()
const rows = loadBabe(babeDataPath()).filter((row) => row.label !== 'No agreement' && babePart(row) === 'tune')
const expected = rows.map((row) => row.label === 'Biased')
const categories = engine.LEXICON_CATEGORIES

/** Everything a parameter set needs, per wink sentence, split into unquoted and quoted parts. */
interface Parts {
  unquoted: Record<string, number>
  quoted: Record<string, number>
  modifier: [number, number]
  other: [number, number]
  words: number
}

const base = engine.SCORING_PARAMETERS
const rowParts: Parts[][] = rows.map((row) => {
  const tokenized = engine.tokenize(row.text)
  const all = engine.sentenceFeatures(tokenized, lexicon, { ...base, quoteFactor: 1 })
  const unquotedOnly = engine.sentenceFeatures(tokenized, lexicon, { ...base, quoteFactor: 0 })
  return all.map((features, index) => {
    const unquoted: Record<string, number> = {}
    const quoted: Record<string, number> = {}
    for (const match of features.matches) {
      const target = match.quoted ? quoted : unquoted
      target[match.entry.category] = (target[match.entry.category] ?? 0) + match.entry.weight
    }
    const plain = unquotedOnly[index] ?? features
    return {
      unquoted,
      quoted,
      modifier: [plain.modifierValence, features.modifierValence - plain.modifierValence],
      other: [plain.otherValence, features.otherValence - plain.otherValence],
      words: features.words
    }
  })
})

type Parameters = typeof base

function scoreRow(parts: Parts[], p: Parameters): number {
  let best = 0
  for (const sentence of parts) {
    let evidence = 0
    for (const category of categories) {
      evidence += p.categoryFactor[category] * ((sentence.unquoted[category] ?? 0) + p.quoteFactor * (sentence.quoted[category] ?? 0))
    }
    evidence += p.modifierValence * (sentence.modifier[0] + p.quoteFactor * sentence.modifier[1])
    evidence += p.otherValence * (sentence.other[0] + p.quoteFactor * sentence.other[1])
    const score = 1 - Math.exp(-evidence / Math.max(1, sentence.words / 25) ** p.lengthExponent)
    if (score > best) best = score
  }
  return best
}

const auc = (p: Parameters) => rocAuc(expected, rowParts.map((parts) => scoreRow(parts, p)))

type Knob = { name: string; grid: number[]; get: (p: Parameters) => number; set: (p: Parameters, value: number) => Parameters }
const factor = (category: (typeof categories)[number], grid: number[]): Knob => ({
  name: `categoryFactor.${category}`,
  grid,
  get: (p) => p.categoryFactor[category],
  set: (p, value) => ({ ...p, categoryFactor: { ...p.categoryFactor, [category]: value } })
})
const scalar = (name: 'quoteFactor' | 'modifierValence' | 'otherValence' | 'lengthExponent', grid: number[]): Knob => ({
  name,
  grid,
  get: (p) => p[name],
  set: (p, value) => ({ ...p, [name]: value })
})
const knobs: Knob[] = [
  // Never 0: quoted words still count a little, since printing a loaded quote is the outlet's choice too.
  scalar('quoteFactor', [0.25, 0.5, 0.75, 1]),
  scalar('modifierValence', [0, 0.25, 0.5, 0.75, 1, 1.5, 2]),
  scalar('otherValence', [0, 0.1, 0.2, 0.3, 0.5, 0.75]),
  scalar('lengthExponent', [0, 0.25, 0.5, 0.75, 1]),
  factor('derogatory', [0.7, 1, 1.3, 1.6]),
  factor('label', [0.3, 0.6, 0.9, 1.2]),
  factor('intensifier', [0.2, 0.4, 0.7, 1]),
  factor('hedge', [0, 0.2, 0.4, 0.7]),
  factor('weasel', [0, 0.2, 0.4, 0.7])
]

let current: Parameters = { ...base, categoryFactor: { ...base.categoryFactor } }
let currentAuc = auc(current)
console.log(`${rows.length} tuning sentences; start ROC-AUC ${currentAuc.toFixed(4)}`)
for (let round = 1; round <= 3; round++) {
  let changed = false
  for (const knob of knobs) {
    for (const value of knob.grid) {
      const candidate = knob.set(current, value)
      const value_auc = auc(candidate)
      // A change must earn a clear gain: ties keep the simpler, earlier value.
      if (value_auc > currentAuc + 0.0005) {
        current = candidate
        currentAuc = value_auc
        changed = true
      }
    }
  }
  console.log(`round ${round}: ROC-AUC ${currentAuc.toFixed(4)}`)
  if (!changed) break
}

const scores = rowParts.map((parts) => Math.round(scoreRow(parts, current) * 1000) / 1000)
let bestThreshold = 0.5
let bestMacro = -1
for (let threshold = 0.05; threshold <= 0.951; threshold += 0.01) {
  const rounded = Math.round(threshold * 100) / 100
  const macro = classificationMetrics(confusionMatrix(expected, scores.map((score) => score >= rounded))).macroF1
  if (macro > bestMacro) {
    bestMacro = macro
    bestThreshold = rounded
  }
}
current = { ...current, threshold: bestThreshold }
console.log(`threshold ${bestThreshold}: macro-F1 ${bestMacro.toFixed(4)} on the tuning part`)
console.log('\nexport const SCORING_PARAMETERS: ScoringParameters = ' + JSON.stringify(current, null, 2).replace(/"(\w+)":/g, '$1:'))
