import { existsSync, rmSync } from 'node:fs'
import { dataPath, removeDatabase } from './bench-paths.ts'
import { savePlantedPairs } from './planted-pairs.ts'
import type { SlantServices } from './services.ts'
import { CORPUS_SEED, syntheticArticles, type PlantedNearDuplicate } from './synthetic-articles.ts'
import { writeJsonl } from './write-jsonl.ts'

/** A few records of the corpus are deliberate duplicates, so slightly fewer than `articles` are stored. */
function looksComplete(services: SlantServices, path: string, articles: number): boolean {
  if (!existsSync(path)) return false
  const { db } = services.openDatabase(path)
  try {
    const stored = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
    return stored >= articles * 0.99 && stored <= articles
  } finally {
    db.close()
  }
}

/**
 * Reuses the corpus the import bench left behind; otherwise builds the same one (same generator,
 * same seed, imported by the app) so the search bench also runs on its own.
 */
export async function ensureCorpusDatabase(services: SlantServices, path: string, articles: number): Promise<string> {
  if (looksComplete(services, path, articles)) return 'reused from the import bench'
  removeDatabase(path)
  const started = performance.now()
  const jsonlPath = dataPath(`search-${articles}.jsonl`)
  const planted: PlantedNearDuplicate[] = []
  await writeJsonl(jsonlPath, syntheticArticles(articles, CORPUS_SEED, (pair) => planted.push(pair)))
  savePlantedPairs(articles, planted)
  const backend = services.createBackend(path)
  try {
    await services.importFile(backend.importContext, jsonlPath)
  } finally {
    backend.close()
    rmSync(jsonlPath, { force: true })
  }
  return `built by generating and importing (${((performance.now() - started) / 1000).toFixed(1)} s)`
}
