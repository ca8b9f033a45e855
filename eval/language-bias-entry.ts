/**
 * What the evaluation needs from the app, bundled by language-bias-engine.ts: the tokenizer and the
 * language-bias engine, exactly as the app runs them.
 */
export * from '../src/main/analysis/language-bias/index.ts'
export { tokenize } from '../src/main/analysis/text/tokenize.ts'
