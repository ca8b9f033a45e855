import { createHash } from 'node:crypto'

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export function countWords(text: string): number {
  let count = 0
  WORD.lastIndex = 0
  while (WORD.exec(text) !== null) count++
  return count
}

/** Line endings unified and trailing space dropped, so the same text from two sources compares equal. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Hash of the text with all white space folded, to catch exact duplicates that differ only in layout. */
export function contentHash(text: string): string {
  // Runs of two or more, and single white space other than a plain space: the same result as
  // replacing every run, at half the cost, since the many single spaces are left alone.
  return createHash('sha256').update(text.replace(/\s\s+|[^\S ]/g, ' ').trim().toLowerCase()).digest('hex')
}
