import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { assertNotNewer, migrate, type MigrationOutcome } from './migrate'
import { bundledMigrations, type Migration } from './migrations'

export type Db = Database.Database

export interface OpenedDatabase {
  db: Db
  path: string
  migration: MigrationOutcome
}

export interface OpenOptions {
  migrations?: Migration[]
}

/**
 * Opens (creating where needed) and migrates a corpus file. A file from a newer Slant is refused
 * before any write, so it stays byte-for-byte as it was.
 */
export function openDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? bundledMigrations
  const absolute = path === ':memory:' ? path : resolve(path)
  if (absolute !== ':memory:') {
    mkdirSync(dirname(absolute), { recursive: true })
    assertNotNewer(absolute, migrations)
  }
  const db = new Database(absolute)
  try {
    db.pragma('journal_mode = WAL')
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commit.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    db.pragma('cache_size = -65536')
    db.pragma('temp_store = MEMORY')
    const migration = migrate(db, absolute, migrations)
    return { db, path: absolute, migration }
  } catch (error) {
    db.close()
    throw error
  }
}
