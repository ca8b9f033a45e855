import { extname } from 'node:path'

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const

const SAMPLE_LINES = 20

function occurrences(line: string, character: string): number {
  let count = 0
  for (const each of line) if (each === character) count++
  return count
}

/**
 * The delimiter that splits the header into the most columns and the following lines into the same
 * number. Quoted text is ignored, so commas inside an article do not vote. A .tsv file gets a tab
 * whenever its header has one.
 */
export function detectDelimiter(sample: string, fileName = ''): string {
  const unquoted = sample.replace(/"(?:[^"]|"")*"/g, '""')
  const lines = unquoted
    .split(/\r\n?|\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_LINES)
  const header = lines[0]
  const fallback = extname(fileName).toLowerCase() === '.tsv' ? '\t' : ','
  if (header === undefined) return fallback
  if (fallback === '\t' && header.includes('\t')) return '\t'
  let best: { delimiter: string; score: number } | null = null
  for (const delimiter of CSV_DELIMITERS) {
    const columns = occurrences(header, delimiter)
    if (columns === 0) continue
    const consistent = lines.filter((line) => occurrences(line, delimiter) === columns).length / lines.length
    const score = consistent * 1000 + columns
    if (!best || score > best.score) best = { delimiter, score }
  }
  return best?.delimiter ?? fallback
}
