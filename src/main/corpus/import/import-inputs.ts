import { readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { ImportFormat } from '../readers/record-source'

/** What an import reads: files or folders on this machine, content sent by the renderer, or URLs. */
export type ImportInput =
  | { kind: 'path'; path: string }
  | { kind: 'content'; fileName: string; content: string }
  | { kind: 'url'; url: string }

export interface ImportOptions {
  format?: ImportFormat | undefined
  /** Outlet for records that name none. */
  outlet?: string | undefined
  /** CSV: design field -> column name. */
  mapping?: Record<string, string> | undefined
}

export function describeInput(input: ImportInput): string {
  return input.kind === 'path' ? input.path : input.kind === 'url' ? input.url : input.fileName
}

/** Extensions a folder import picks up; anything else in a folder is passed over silently. */
const IMPORTABLE = /\.(jsonl|ndjson|jsonlines|json|csv|tsv|html?|xhtml|txt|md|markdown|text|xml|rss|atom)$/i

/**
 * Folders become the importable files inside them, recursively and in a stable order; hidden files
 * and folders (".git", ".DS_Store") are skipped. Explicitly named files are always kept.
 */
export function expandFolders(inputs: ImportInput[]): ImportInput[] {
  const expanded: ImportInput[] = []
  const walk = (directory: string) => {
    let entries: string[]
    try {
      entries = readdirSync(directory).sort()
    } catch {
      expanded.push({ kind: 'path', path: directory })
      return
    }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue
      const path = join(directory, entry)
      let isDirectory: boolean
      try {
        isDirectory = statSync(path).isDirectory()
      } catch {
        continue
      }
      if (isDirectory) walk(path)
      else if (IMPORTABLE.test(entry)) expanded.push({ kind: 'path', path })
    }
  }
  for (const input of inputs) {
    if (input.kind === 'path' && isDirectorySafe(input.path)) walk(input.path)
    else expanded.push(input)
  }
  return expanded
}

function isDirectorySafe(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

export function inputLabel(inputs: ImportInput[]): string {
  if (inputs.length === 0) return 'Import'
  const first = inputs[0] as ImportInput
  const name = first.kind === 'url' ? first.url : basename(describeInput(first))
  return inputs.length === 1 ? `Import ${name}` : `Import ${name} and ${inputs.length - 1} more`
}
