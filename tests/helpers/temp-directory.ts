import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh directory per test, removed afterwards, for real SQLite files. */
export function useTempDirectory(): () => string {
  const created: string[] = []
  afterEach(() => {
    for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true })
  })
  return () => {
    const directory = mkdtempSync(join(tmpdir(), 'slant-test-'))
    created.push(directory)
    return directory
  }
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
