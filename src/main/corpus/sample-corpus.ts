import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { ContractFailure } from '../../shared/errors'
import type { ImportResult } from '../../shared/rows'
import type { Db } from '../db/open-database'
import { findResourcesDirectory } from '../resources/resources-directory'
import { importInputs, type ImportContext } from './import-articles'

export { findResourcesDirectory }

const outletsFileSchema = z.array(
  z.object({
    name: z.string().min(1),
    domain: z.string().min(1),
    country: z.string().nullish(),
    language: z.string().nullish(),
    attributes: z.record(z.string(), z.string()).default({})
  })
)

/**
 * Imports the sample corpus that ships with Slant and gives its outlets their country, language and
 * attributes (the lean ratings are fictional, like the outlets). Importing it again adds nothing.
 */
export async function loadSampleCorpus(context: ImportContext): Promise<ImportResult> {
  const resources = findResourcesDirectory()
  if (!resources) throw new ContractFailure('unavailable', 'The sample corpus is missing from this installation (resources/sample-corpus)')
  const folder = join(resources, 'sample-corpus')
  const result = await importInputs(context, [{ kind: 'path', path: join(folder, 'articles.jsonl') }])
  applyOutletDetails(context.db, join(folder, 'outlets.json'))
  return result
}

function applyOutletDetails(db: Db, path: string): void {
  if (!existsSync(path)) return
  const outlets = outletsFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  const find = db.prepare<[string], { id: number }>('SELECT id FROM outlets WHERE name = ? COLLATE NOCASE')
  const mapDomain = db.prepare<[string, number]>('INSERT OR IGNORE INTO outlet_domains (domain, outlet_id) VALUES (?, ?)')
  const details = db.prepare<[string | null, string | null, number]>(
    'UPDATE outlets SET country = coalesce(country, ?), language = coalesce(language, ?) WHERE id = ?'
  )
  const attribute = db.prepare<[number, string, string, string]>(
    'INSERT OR IGNORE INTO outlet_attributes (outlet_id, name, value, source) VALUES (?, ?, ?, ?)'
  )
  db.transaction(() => {
    for (const outlet of outlets) {
      const found = find.get(outlet.name)
      if (!found) continue
      mapDomain.run(outlet.domain.toLowerCase(), found.id)
      details.run(outlet.country ?? null, outlet.language ?? null, found.id)
      const source = outlet.attributes['lean source'] ?? 'Slant sample corpus'
      for (const [name, value] of Object.entries(outlet.attributes)) {
        if (name !== 'lean source') attribute.run(found.id, name, value, source)
      }
    }
  })()
}
