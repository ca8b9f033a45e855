import { extname } from 'node:path'

import { looksLikeReport } from '../report/parse-report'
import type { ConcreteImportFormat } from './record-source'

const BY_EXTENSION: Readonly<Record<string, ConcreteImportFormat>> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.jsonlines': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'txt',
  '.markdown': 'txt',
  '.xml': 'rss',
  '.rss': 'rss',
  '.atom': 'rss'
}

/** How far into the content the root element of a feed or page is looked for. */
const SNIFF_CHARACTERS = 4096

/**
 * One JSON value per line when the first line is a whole object on its own (or runs past the sample);
 * otherwise one pretty-printed document.
 */
function jsonKind(text: string): 'json' | 'jsonl' {
  if (text.startsWith('[')) return 'json'
  const newline = text.indexOf('\n')
  if (newline === -1) return 'jsonl'
  const firstLine = text.slice(0, newline)
  try {
    JSON.parse(firstLine)
    return 'jsonl'
  } catch {
    return 'json'
  }
}

function sniff(sample: string): ConcreteImportFormat | null {
  const text = sample.replace(/^\ufeff/, '').trimStart()
  if (text.startsWith('[') || text.startsWith('{')) return jsonKind(text)
  const head = text.slice(0, SNIFF_CHARACTERS).toLowerCase()
  // Comments, doctypes and processing instructions can precede the root element.
  const root = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<([a-z][\w:-]*)/.exec(head)?.[1]
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'rss'
  if (root === 'html' || head.startsWith('<!doctype html')) return 'html'
  if (looksLikeReport(sample)) return 'report'
  return null
}

/**
 * The format of a file from its extension, or from its first bytes when it has none (uploads, URLs).
 * A .txt that is an analysis report in the seed's format is a report, not an article.
 */
export function detectFormat(fileName: string, sample: string): ConcreteImportFormat | null {
  const byExtension = BY_EXTENSION[extname(fileName).toLowerCase()]
  if (byExtension === 'txt' && extname(fileName).toLowerCase() === '.txt' && looksLikeReport(sample)) return 'report'
  if (byExtension) return byExtension
  // An extension Slant does not know (.rtf, .docx) is a format it does not read, whatever the first bytes look like.
  return extname(fileName) ? null : sniff(sample)
}
