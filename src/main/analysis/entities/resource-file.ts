import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import { findResourcesDirectory } from '../../resources/resources-directory'

/**
 * Reads and validates one JSON data file under resources/. The lexicons are edited by researchers, so
 * a mistake must fail loudly with the file's name rather than silently weaken the analysis.
 */
export function readResourceJson<T>(relativePath: string, schema: z.ZodType<T>): T {
  const resources = findResourcesDirectory()
  if (!resources) throw new Error(`Slant's resources folder is missing, so ${relativePath} cannot be read`)
  const path = join(resources, relativePath)
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`, { cause: error })
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${path} is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim())
  }
  return parsed.data
}
