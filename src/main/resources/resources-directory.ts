import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * resources/ of the project (lexicons, gazetteer, topics, the sample corpus), wherever this code was
 * bundled to: walks up from this module. SLANT_RESOURCES_DIR overrides it (packaged apps, tests).
 */
export function findResourcesDirectory(): string | null {
  if (process.env.SLANT_RESOURCES_DIR) return process.env.SLANT_RESOURCES_DIR
  let directory = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(directory, 'resources')
    if (existsSync(join(candidate, 'sample-corpus', 'articles.jsonl'))) return candidate
    directory = resolve(directory, '..')
  }
  return null
}

/** A JSON data file under resources/, parsed, with its path for error messages; a clear error when it is missing or not JSON. */
export function readResourceJson(relativePath: string): { path: string; data: unknown } {
  const resources = findResourcesDirectory()
  if (!resources) throw new Error('resources/ was not found beside this installation (set SLANT_RESOURCES_DIR)')
  const path = join(resources, relativePath)
  try {
    return { path, data: JSON.parse(readFileSync(path, 'utf8')) as unknown }
  } catch (error) {
    throw new Error(`${path}: cannot read it as JSON: ${(error as Error).message}`, { cause: error })
  }
}
