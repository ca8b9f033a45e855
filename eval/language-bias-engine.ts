/**
 * Loads the language-bias engine for the evaluation. The sources use extensionless imports and
 * syntax Node's type stripping cannot run, so they are bundled first, with the same bundler the app
 * is built with (vite; packages stay external as in the app's main bundle). The bundle is rebuilt on
 * every evaluation (about a second), so the figures always describe the code as it is.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import type * as Engine from './language-bias-entry.ts'

export type LanguageBiasEngine = typeof Engine

const root = fileURLToPath(new URL('..', import.meta.url))
const entry = fileURLToPath(new URL('./language-bias-entry.ts', import.meta.url))
// Under out/ (ignored by git) and three levels below the root, so the engine finds resources/ the
// way the app's own bundle does.
const outDir = fileURLToPath(new URL('../out/eval/', import.meta.url))

let loaded: Promise<LanguageBiasEngine> | null = null

async function bundleAndImport(): Promise<LanguageBiasEngine> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'language-bias.mjs' } }
    }
  })
  return (await import(new URL('language-bias.mjs', `file://${outDir}`).href)) as LanguageBiasEngine
}

export function loadLanguageBiasEngine(): Promise<LanguageBiasEngine> {
  loaded ??= bundleAndImport()
  return loaded
}
