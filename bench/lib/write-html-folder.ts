import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { newsPage } from './news-page.ts'
import { seededRandom } from './prng.ts'
import { syntheticArticles } from './synthetic-articles.ts'

/**
 * Writes `count` saved news pages into a fresh `folder`, one file each. The stories come from the
 * corpus generator (so the folder holds its few exact and near-duplicate copies too); the page
 * chrome draws from its own PRNG, so changing the chrome never changes the stories.
 */
export function writeHtmlFolder(folder: string, count: number, seed: number): { pages: number; bytes: number } {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const records = [...syntheticArticles(count, seed)]
  const headlines = records.map((record) => record.title)
  const random = seededRandom(seed ^ 0x5eed)
  let bytes = 0
  records.forEach((record, index) => {
    const page = newsPage(record, index + 1, headlines, random)
    writeFileSync(join(folder, page.fileName), page.html)
    bytes += Buffer.byteLength(page.html)
  })
  return { pages: records.length, bytes }
}
