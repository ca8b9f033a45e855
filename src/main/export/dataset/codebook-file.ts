import { CODEBOOK } from '../../../shared/codebook'
import type { FileOptions } from '../../../shared/export-schemas'
import { csvEncoder, csvHeader, type DatasetColumn } from './cell-encoding'

export interface CodebookEntry {
  fileName: string
  describes: string
  rows: number
  columns: readonly DatasetColumn[]
}

const CODEBOOK_COLUMNS: DatasetColumn[] = [
  { name: 'file', type: 'text', meaning: '' },
  { name: 'column', type: 'text', meaning: '' },
  { name: 'type', type: 'text', meaning: '' },
  { name: 'meaning', type: 'text', meaning: '' },
  { name: 'dimension', type: 'text', meaning: '' },
  { name: 'level', type: 'integer', meaning: '' },
  { name: 'level_meaning', type: 'text', meaning: '' }
]

const DIMENSIONS = ['framing', 'language', 'omission'] as const

/** The score columns whose levels the codebook spells out, with the dimension each scores (null: the row's dimension column says). */
function scoredDimensions(column: string): readonly (typeof DIMENSIONS)[number][] {
  const match = /^(framing|language|omission)_bias$/.exec(column)
  if (match) return [match[1] as (typeof DIMENSIONS)[number]]
  return column === 'value' ? DIMENSIONS : []
}

/**
 * codebook.csv: a row per file (what one row is and how many), a row per column (name, type,
 * meaning), and after each score column the rubric of each level for its dimension (design: "The
 * codebook"), so the dataset explains itself without Slant at hand.
 */
export function codebookText(entries: readonly CodebookEntry[], options: FileOptions): { text: string; rows: number } {
  const csv: FileOptions = { ...options, format: 'csv' }
  const encode = csvEncoder(CODEBOOK_COLUMNS, csv)
  let text = (options.bom ? '\uFEFF' : '') + csvHeader(CODEBOOK_COLUMNS, csv)
  let rows = 0
  const add = (cells: unknown[]) => {
    text += encode(cells)
    rows++
  }
  for (const entry of entries) {
    add([entry.fileName, null, 'file', `${entry.describes}; ${entry.rows} row${entry.rows === 1 ? '' : 's'}`, null, null, null])
    for (const column of entry.columns) {
      add([entry.fileName, column.name, column.type, column.meaning, null, null, null])
      for (const dimension of scoredDimensions(column.name)) {
        CODEBOOK[dimension].forEach((meaning, index) => {
          add([entry.fileName, column.name, null, null, dimension, index + 1, meaning])
        })
      }
    }
  }
  return { text, rows }
}
