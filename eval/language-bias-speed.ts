/**
 * `node eval/language-bias-speed.ts`: throughput of the per-article pass (tokenize + language bias)
 * on one core, over 5 KB articles made by joining the sample corpus's English texts. Loading the
 * model and the lexicon happens once per worker and is reported apart.
 */
import { readFileSync } from 'node:fs'
import { loadLanguageBiasEngine } from './language-bias-engine.ts'

const TARGET_BYTES = 5 * 1024
const WARM_UP_ROUNDS = 3
const ROUNDS = 10

const engine = await loadLanguageBiasEngine()
let started = performance.now()
const lexicon = engine.loadLexicon()
engine.tokenize('Warm up the model.')
const loadMs = performance.now() - started

const records = readFileSync(new URL('../resources/sample-corpus/articles.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; language?: string })
  .filter((record) => record.language === 'en')
const articles: string[] = []
for (let index = 0; index < records.length; index++) {
  let text = ''
  for (let next = index; Buffer.byteLength(text) < TARGET_BYTES; next++) text += `${text ? '\n\n' : ''}${records[next % records.length]?.text ?? ''}`
  articles.push(text.slice(0, TARGET_BYTES))
}
const meanBytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / articles.length

// Warm-up, so the JIT has compiled the hot paths before anything is timed (the first passes over
// wink are several times slower than the steady state a long analysis job runs at).
for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const text of articles) engine.analyzeLanguageBias(engine.tokenize(text), lexicon)

// Each round times every article, in wall time and in CPU time of this process: on a shared machine
// another process's load stretches the wall time, not the CPU time, which is what one core costs.
// The median round is reported.
interface Round {
  tokenize: number
  bias: number
  cpu: number
}
const cpuMs = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
const rounds: Round[] = []
for (let round = 0; round < ROUNDS; round++) {
  let tokenizeMs = 0
  let biasMs = 0
  const cpuStart = cpuMs()
  for (const text of articles) {
    started = performance.now()
    const tokenized = engine.tokenize(text)
    const middle = performance.now()
    engine.analyzeLanguageBias(tokenized, lexicon)
    biasMs += performance.now() - middle
    tokenizeMs += middle - started
  }
  rounds.push({ tokenize: tokenizeMs / articles.length, bias: biasMs / articles.length, cpu: (cpuMs() - cpuStart) / articles.length })
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
const tokenizeMedian = median(rounds.map((round) => round.tokenize))
const biasMedian = median(rounds.map((round) => round.bias))
const wallMedian = median(rounds.map((round) => round.tokenize + round.bias))
const cpuMedian = median(rounds.map((round) => round.cpu))
console.log(`${articles.length} articles of ${(meanBytes / 1024).toFixed(1)} KB x ${ROUNDS} rounds on one core (model + lexicon of ${lexicon.entries.length} terms loaded once in ${loadMs.toFixed(0)} ms)`)
console.log(`  tokenize       ${tokenizeMedian.toFixed(2)} ms per article (wall, median round)`)
console.log(`  language bias  ${biasMedian.toFixed(2)} ms per article (wall)`)
console.log(`  whole pass     ${wallMedian.toFixed(2)} ms wall = ${(1000 / wallMedian).toFixed(0)} articles/s; ${cpuMedian.toFixed(2)} ms CPU = ${(1000 / cpuMedian).toFixed(0)} articles/s per core (target: well above 150)`)
