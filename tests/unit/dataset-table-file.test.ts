import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { DatasetColumn } from '../../src/main/export/dataset/cell-encoding'
import { writeTableFile } from '../../src/main/export/dataset/table-file'
import { useTempDirectory } from '../helpers/temp-directory'

const COLUMNS: DatasetColumn[] = [
  { name: 'article_id', type: 'integer', meaning: 'the article' },
  { name: 'rationale', type: 'text', meaning: 'why' }
]

describe('a table file', () => {
  const tempDirectory = useTempDirectory()

  it('keeps every row across blocks, rows longer than a block included, and hashes exactly the bytes written', async () => {
    // Enough rows to fill several 1 MiB blocks, two cells far longer than a block, and non-Latin text
    // whose UTF-8 is longer than its string.
    const long = `${'«слово», '.repeat(60_000)}end`
    const rows: unknown[][] = Array.from({ length: 40_000 }, (_, index) => [index + 1, index % 9 === 0 ? 'said "no", twice\nthen left' : `合意 ${index} 😀`])
    rows.splice(10, 0, [-1, long])
    rows.push([-2, long])
    const path = join(tempDirectory(), 'table.csv')
    const written = await writeTableFile(path, COLUMNS, [0, 1], rows, { format: 'csv', profile: 'standard', bom: true, delimiter: ',' })
    const bytes = readFileSync(path)
    expect(written).toEqual({ rows: rows.length, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
    const parsed = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[]
    expect(parsed.map((row) => [Number(row.article_id), row.rationale])).toEqual(rows)
  })
})
