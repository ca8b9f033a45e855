import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** Git-ignored; the launcher empties it after a run unless told to keep it. */
export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url))
export const CLI_PATH = fileURLToPath(new URL('../../bin/slant.mjs', import.meta.url))

export function dataPath(name: string): string {
  mkdirSync(DATA_DIR, { recursive: true })
  return `${DATA_DIR}${name}`
}

/** Article count of the benches; SLANT_BENCH_ARTICLES shrinks it for a quick trial of the scripts themselves. */
export function articleCount(): number {
  const value = Number(process.env.SLANT_BENCH_ARTICLES ?? 100_000)
  return Number.isInteger(value) && value > 0 ? value : 100_000
}

/** A SQLite database is its file plus, while open or after a crash, its WAL. */
export function databaseBytes(path: string): number {
  return [path, `${path}-wal`].reduce((total, file) => total + (existsSync(file) ? statSync(file).size : 0), 0)
}

export function removeDatabase(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true })
}

/** The database the in-process import leaves behind, which the search bench reuses. */
export function corpusDatabasePath(articles: number): string {
  return dataPath(`corpus-${articles}.sqlite`)
}
