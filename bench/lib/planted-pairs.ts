import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dataPath } from './bench-paths.ts'
import { CORPUS_SEED, syntheticArticles, type PlantedNearDuplicate } from './synthetic-articles.ts'

/** Written next to the corpus by whoever generates it, so the near-duplicate bench need not regenerate. */
export function plantedPairsPath(articles: number): string {
  return dataPath(`planted-${articles}.json`)
}

export function savePlantedPairs(articles: number, planted: PlantedNearDuplicate[]): void {
  writeFileSync(plantedPairsPath(articles), JSON.stringify(planted))
}

/**
 * The wire copies planted in the bench corpus: from the file its builder left, else by running the
 * generator again (same seed, same records) without writing anything.
 */
export function loadPlantedPairs(articles: number): { planted: PlantedNearDuplicate[]; origin: string } {
  const path = plantedPairsPath(articles)
  if (existsSync(path)) return { planted: JSON.parse(readFileSync(path, 'utf8')) as PlantedNearDuplicate[], origin: 'recorded when the corpus was generated' }
  const planted: PlantedNearDuplicate[] = []
  for (const _record of syntheticArticles(articles, CORPUS_SEED, (pair) => planted.push(pair))) {
    // Only the generator's bookkeeping is wanted here.
  }
  return { planted, origin: 'listed by re-running the generator' }
}
