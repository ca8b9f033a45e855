import type { ArticleFilters } from '../../shared/contract'
import { ContractFailure } from '../../shared/errors'
import type { QueueSample, StratumAllocation } from '../../shared/queue-rows'
import { listArticleIds } from '../corpus/article-queries'
import { listSavedSearches } from '../corpus/saved-searches'
import type { Db } from '../db/open-database'
import { freshSeed, seededRandom, shuffled } from './seeded-random'

export type SampleRequest =
  | { kind: 'random'; size: number; seed?: number | undefined }
  | { kind: 'stratified'; size: number; allocation: StratumAllocation; seed?: number | undefined }
  | { kind: 'search'; savedSearchId: number; size?: number | undefined; seed?: number | undefined }
  | { kind: 'story'; storyId: number; size?: number | undefined; seed?: number | undefined }

export interface DrawnSample {
  sample: QueueSample
  /** Article ids in coding order. */
  articleIds: number[]
}

interface Stratum {
  ids: number[]
  quota: number
}

/**
 * Equal allocation: every outlet gets the same share; an outlet with fewer articles gives all it
 * has and the rest is shared again among the others, so the sample still reaches its size.
 */
function allocateEqually(strata: Stratum[], size: number, random: () => number): void {
  let remaining = Math.min(size, strata.reduce((sum, stratum) => sum + stratum.ids.length, 0))
  while (remaining > 0) {
    const open = strata.filter((stratum) => stratum.quota < stratum.ids.length)
    const share = Math.floor(remaining / open.length)
    if (share === 0) {
      // Fewer units left than outlets: which outlets get one more is the seed's choice, not the alphabet's.
      for (const stratum of shuffled(open, random).slice(0, remaining)) stratum.quota += 1
      return
    }
    for (const stratum of open) {
      const given = Math.min(share, stratum.ids.length - stratum.quota)
      stratum.quota += given
      remaining -= given
    }
  }
}

/** Proportional allocation by largest remainder: each outlet's share of the sample matches its share of the corpus. */
function allocateProportionally(strata: Stratum[], size: number, random: () => number): void {
  const total = strata.reduce((sum, stratum) => sum + stratum.ids.length, 0)
  const wanted = Math.min(size, total)
  const exact = strata.map((stratum) => (wanted * stratum.ids.length) / total)
  strata.forEach((stratum, index) => (stratum.quota = Math.floor(exact[index] as number)))
  let remaining = wanted - strata.reduce((sum, stratum) => sum + stratum.quota, 0)
  const order = shuffled(
    strata.map((stratum, index) => ({ stratum, fraction: (exact[index] as number) - stratum.quota })),
    random
  ).sort((a, b) => b.fraction - a.fraction)
  for (const { stratum } of order) {
    if (remaining === 0) break
    if (stratum.quota < stratum.ids.length) {
      stratum.quota += 1
      remaining -= 1
    }
  }
}

function sampleOf(pool: number[], size: number | undefined, random: () => number): number[] {
  const order = shuffled(pool, random)
  return size === undefined ? order : order.slice(0, size)
}

function emptySample(kind: QueueSample['kind'], seed: number, requestedSize: number | null): QueueSample {
  return { kind, requestedSize, seed, allocation: null, savedSearch: null, story: null }
}

/**
 * Draws a queue's sample. Every kind ends in a seeded shuffle, so units reach coders in an order
 * that neither groups an outlet together nor follows the import, and the same seed on the same
 * corpus gives the same queue.
 */
export function drawSample(db: Db, request: SampleRequest): DrawnSample {
  const seed = request.seed ?? freshSeed()
  const random = seededRandom(seed)
  const allIds = () => (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((row) => row.id)
  switch (request.kind) {
    case 'random': {
      const pool = allIds()
      if (pool.length === 0) throw new ContractFailure('invalid_input', 'The corpus has no articles to sample yet: import some first.')
      return { sample: emptySample('random', seed, request.size), articleIds: sampleOf(pool, request.size, random) }
    }
    case 'stratified': {
      const rows = db.prepare('SELECT id, outlet_id AS outletId FROM articles ORDER BY id').all() as { id: number; outletId: number | null }[]
      if (rows.length === 0) throw new ContractFailure('invalid_input', 'The corpus has no articles to sample yet: import some first.')
      const byOutlet = new Map<number | null, Stratum>()
      for (const row of rows) {
        const stratum = byOutlet.get(row.outletId) ?? { ids: [], quota: 0 }
        stratum.ids.push(row.id)
        byOutlet.set(row.outletId, stratum)
      }
      const strata = [...byOutlet.values()]
      if (request.allocation === 'equal') allocateEqually(strata, request.size, random)
      else allocateProportionally(strata, request.size, random)
      const chosen = strata.flatMap((stratum) => shuffled(stratum.ids, random).slice(0, stratum.quota))
      return { sample: { ...emptySample('stratified', seed, request.size), allocation: request.allocation }, articleIds: shuffled(chosen, random) }
    }
    case 'search': {
      const saved = listSavedSearches(db).find((search) => search.id === request.savedSearchId)
      if (!saved) throw new ContractFailure('not_found', `There is no saved search ${request.savedSearchId}.`)
      const filters: ArticleFilters = saved.filters
      const pool = listArticleIds(db, { query: saved.query, filters })
      if (pool.length === 0) throw new ContractFailure('invalid_input', `The saved search "${saved.name}" matches no article now.`)
      return {
        sample: { ...emptySample('search', seed, request.size ?? null), savedSearch: { id: saved.id, name: saved.name, query: saved.query, filters } },
        articleIds: sampleOf(pool, request.size, random)
      }
    }
    case 'story': {
      const story = db.prepare('SELECT id, label FROM stories WHERE id = ?').get(request.storyId) as { id: number; label: string } | undefined
      if (!story) throw new ContractFailure('not_found', `There is no story ${request.storyId}.`)
      const pool = (db.prepare('SELECT article_id AS id FROM story_articles WHERE story_id = ? ORDER BY article_id').all(story.id) as { id: number }[]).map((row) => row.id)
      if (pool.length === 0) throw new ContractFailure('invalid_input', `The story "${story.label}" has no articles now.`)
      return { sample: { ...emptySample('story', seed, request.size ?? null), story }, articleIds: sampleOf(pool, request.size, random) }
    }
  }
}
