import { createWriteStream, renameSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { stringify } from 'csv-stringify'

export type ExportFormat = 'csv' | 'jsonl'

/**
 * Streams rows to a file under a temporary name and renames it into place only when complete, so a
 * failed or cancelled export never leaves a half-written file under the name the researcher chose.
 */
export async function writeTable(path: string, format: ExportFormat, columns: string[], rows: Iterable<Record<string, unknown>>): Promise<number> {
  const temporary = `${path}.partial-${process.pid}`
  const file = createWriteStream(temporary, { encoding: 'utf8' })
  let count = 0
  try {
    if (format === 'csv') {
      const csv = stringify({ header: true, columns, cast: { boolean: (value) => (value ? 'true' : 'false') } })
      csv.pipe(file)
      for (const row of rows) {
        if (!csv.write(row)) await once(csv, 'drain')
        count++
      }
      csv.end()
    } else {
      for (const row of rows) {
        const line = `${JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column] ?? null])))}\n`
        if (!file.write(line)) await once(file, 'drain')
        count++
      }
      file.end()
    }
    await once(file, 'finish')
    renameSync(temporary, path)
    return count
  } catch (error) {
    file.destroy()
    rmSync(temporary, { force: true })
    throw error
  }
}
