import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'

export type BiasLabel = 'Biased' | 'Non-biased' | 'No agreement'

/** One BABE sentence with the experts' judgement. */
export interface BabeSentence {
  id: string
  text: string
  outlet: string
  topic: string
  /** The outlet's political lean (the `type` column): left, center or right. */
  outletLean: string
  label: BiasLabel
  opinion: string
  /** Words the experts marked as biased, as written in the sentence. */
  biasedWords: string[]
}

export const BABE_FILE = 'babe-sg1-dev.csv'
const LABELS = new Set<string>(['Biased', 'Non-biased', 'No agreement'])
const REQUIRED_COLUMNS = ['id', 'text', 'label_bias', 'biased_words']

/**
 * The evaluation data lives beside the repository, never in it (its licence and size keep it out):
 * ../shared/eval/ from the repository root, or the folder SLANT_EVAL_DIR names.
 */
export function babeDataPath(environment: NodeJS.ProcessEnv = process.env): string {
  const folder = environment.SLANT_EVAL_DIR ? resolve(environment.SLANT_EVAL_DIR) : fileURLToPath(new URL('../../shared/eval/', import.meta.url))
  return join(folder, BABE_FILE)
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' }

/**
 * Reads the `biased_words` column, a Python list literal such as "['tragedy', 'stubborn']". Python
 * writes a word containing ' between double quotes and escapes with backslashes, so this is a small
 * literal reader rather than a JSON.parse after swapping quotes. It never throws: a malformed cell
 * gives what could be read, since one bad cell must not stop an evaluation.
 */
export function parseBiasedWords(cell: string): string[] {
  const source = cell.trim()
  if (!source.startsWith('[')) {
    return source
      .split(',')
      .map((word) => word.trim().replace(/^['"]|['"]$/g, '').trim())
      .filter(Boolean)
  }
  const words: string[] = []
  let index = 1
  while (index < source.length) {
    const char = source[index] as string
    if (char === ']') break
    if (char === ',' || /\s/.test(char)) {
      index++
      continue
    }
    let word = ''
    if (char === "'" || char === '"') {
      index++
      while (index < source.length && source[index] !== char) {
        if (source[index] === '\\' && index + 1 < source.length) {
          const escaped = source[index + 1] as string
          word += ESCAPES[escaped] ?? escaped
          index += 2
        } else {
          word += source[index]
          index++
        }
      }
      index++
    } else {
      while (index < source.length && source[index] !== ',' && source[index] !== ']') word += source[index++]
    }
    if (word.trim()) words.push(word.trim())
  }
  return words
}

type CsvRow = Record<string, string | undefined>

export function parseBabeCsv(content: string | Buffer): BabeSentence[] {
  const rows = parse(content, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[]
  const first = rows[0]
  const missing = first ? REQUIRED_COLUMNS.filter((column) => !(column in first)) : REQUIRED_COLUMNS
  if (missing.length > 0) throw new Error(`the BABE file lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`)
  return rows.map((row, index) => {
    const label = (row.label_bias ?? '').trim()
    if (!LABELS.has(label)) throw new Error(`row ${index + 2} (id ${row.id}): unknown label_bias "${label}"`)
    return {
      id: row.id ?? String(index + 1),
      text: row.text ?? '',
      outlet: row.outlet ?? '',
      topic: row.topic ?? '',
      outletLean: row.type ?? '',
      label: label as BiasLabel,
      opinion: row.label_opinion ?? '',
      biasedWords: parseBiasedWords(row.biased_words ?? '')
    }
  })
}

export function loadBabe(path: string): BabeSentence[] {
  return parseBabeCsv(readFileSync(path))
}
