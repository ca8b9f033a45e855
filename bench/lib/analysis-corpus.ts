import { rmSync } from 'node:fs'
import { dataPath, removeDatabase } from './bench-paths.ts'
import { analysisArticles, ANALYSIS_SEED } from './analysis-articles.ts'
import type { SlantServices } from './services.ts'
import { writeJsonl } from './write-jsonl.ts'

export interface AnalysisCorpus {
  path: string
  /** Articles stored; every generated article has its own URL and text, so all of them should be. */
  stored: number
  /** Mean stored text size, in bytes of UTF-8. */
  meanTextBytes: number
  generateMs: number
  importMs: number
}

/**
 * A fresh database holding `articles` generated analysis articles, imported by the app's own
 * importFile (so rows, outlets and indexes are exactly what the analysis job reads in real use). The
 * WAL is checkpointed into the main file before closing, so the file can be copied as a template.
 */
export async function buildAnalysisCorpus(services: SlantServices, name: string, articles: number): Promise<AnalysisCorpus> {
  const path = dataPath(`${name}.sqlite`)
  const jsonlPath = dataPath(`${name}.jsonl`)
  removeDatabase(path)
  let started = performance.now()
  await writeJsonl(jsonlPath, analysisArticles(articles, ANALYSIS_SEED))
  const generateMs = performance.now() - started
  const backend = services.createBackend(path)
  try {
    started = performance.now()
    await services.importFile(backend.importContext, jsonlPath)
    const importMs = performance.now() - started
    const row = backend.db.prepare('SELECT count(*) AS n, avg(length(CAST(text AS BLOB))) AS bytes FROM articles').get() as { n: number; bytes: number }
    backend.db.pragma('wal_checkpoint(TRUNCATE)')
    return { path, stored: row.n, meanTextBytes: row.bytes, generateMs, importMs }
  } finally {
    backend.close()
    rmSync(jsonlPath, { force: true })
  }
}
