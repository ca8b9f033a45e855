import type { SlantServices } from './services.ts'
import type { PlantedNearDuplicate } from './synthetic-articles.ts'

type Db = ReturnType<SlantServices['openDatabase']>['db']

export interface PlantedRecall {
  /** Planted copies whose copy and original are both stored. */
  planted: number
  /** Copies flagged against their original or another copy of the same story. */
  found: number
  /** Copies flagged against exactly the article they were copied from. */
  exact: number
  flagged: number
  /** Flags on articles that are not planted copies: false positives, since other texts are unrelated. */
  unplanted: number
}

/**
 * How many of the generator's rewritten wire copies the stored flags catch. A copy of a copy may
 * rightly be flagged against any article of its story, so the stories are joined first (union-find).
 */
export function plantedRecall(services: SlantServices, db: Db, planted: PlantedNearDuplicate[]): PlantedRecall {
  const byCanonicalUrl = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE canonical_url = ?')
  const idOf = (url: string): number | null => {
    const normalized = services.normalizeArticleRecord({ text: 'url only', url })
    const canonical = normalized.ok ? normalized.article.canonicalUrl : null
    return canonical ? (byCanonicalUrl.get(canonical)?.id ?? null) : null
  }
  const story = new Map<number, number>()
  const root = (id: number): number => {
    let current = id
    while ((story.get(current) ?? current) !== current) current = story.get(current) as number
    return current
  }
  const pairs: Array<{ copy: number; original: number }> = []
  for (const pair of planted) {
    const copy = idOf(pair.copyUrl)
    const original = idOf(pair.originalUrl)
    if (copy === null || original === null) continue
    pairs.push({ copy, original })
    for (const id of [copy, original]) if (!story.has(id)) story.set(id, id)
    story.set(root(copy), root(original))
  }
  const flags = new Map(
    (db.prepare('SELECT article_id, duplicate_of FROM near_duplicates').all() as Array<{ article_id: number; duplicate_of: number }>).map((row) => [
      row.article_id,
      row.duplicate_of
    ])
  )
  const copies = new Set(pairs.map((pair) => pair.copy))
  let found = 0
  let exact = 0
  for (const { copy, original } of pairs) {
    const of = flags.get(copy)
    if (of === undefined) continue
    if (story.has(of) && root(of) === root(copy)) found++
    if (of === original) exact++
  }
  const unplanted = [...flags.keys()].filter((id) => !copies.has(id)).length
  return { planted: pairs.length, found, exact, flagged: flags.size, unplanted }
}
