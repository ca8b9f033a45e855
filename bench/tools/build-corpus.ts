/**
 * Builds the bench corpus database (or finds the import bench's) in a process of its own. The
 * near-duplicate bench runs this when it has no corpus, so the import's memory never counts towards
 * the scan's peak RSS.
 */
import { articleCount, corpusDatabasePath } from '../lib/bench-paths.ts'
import { ensureCorpusDatabase } from '../lib/corpus-database.ts'
import { loadServices } from '../lib/services.ts'

const articles = articleCount()
console.log(`corpus ${corpusDatabasePath(articles)}: ${await ensureCorpusDatabase(await loadServices(), corpusDatabasePath(articles), articles)}`)
