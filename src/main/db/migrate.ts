import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import type Database from 'better-sqlite3'
import type { Migration } from './migrations'

export class NewerDatabaseError extends Error {
  constructor(
    readonly databasePath: string,
    readonly databaseVersion: number,
    readonly knownVersion: number
  ) {
    super(
      `${databasePath} was written by a newer version of Slant (schema version ${databaseVersion}; this version knows up to ${knownVersion}). ` +
        'Update Slant to open it. The file was not changed.'
    )
    this.name = 'NewerDatabaseError'
  }
}

export interface MigrationOutcome {
  fromVersion: number
  toVersion: number
  /** Path of the copy made before migrating an existing corpus, or null when nothing needed it. */
  backupPath: string | null
}

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)`

function appliedVersions(db: Database.Database): number[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get()
  if (!table) return []
  return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map(
    (row) => row.version
  )
}

const SQLITE_MAGIC = 'SQLite format 3\u0000'
/** Byte offset of PRAGMA user_version in the SQLite file header (big-endian 32-bit). */
const USER_VERSION_OFFSET = 60

/**
 * Reads the schema version of an existing file straight from its header, without opening it with
 * SQLite: even a read-only open of a WAL database creates side files, and a database from a newer
 * Slant must be refused before anything touches it. migrate() sets user_version to match.
 */
export function readSchemaVersion(databasePath: string): number {
  if (!existsSync(databasePath) || statSync(databasePath).size === 0) return 0
  const header = Buffer.alloc(100)
  const descriptor = openSync(databasePath, 'r')
  try {
    readSync(descriptor, header, 0, 100, 0)
  } finally {
    closeSync(descriptor)
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new Error(`${databasePath} is not a SQLite database, so it cannot be a Slant corpus. The file was not changed.`)
  }
  return header.readUInt32BE(USER_VERSION_OFFSET)
}

export function assertNotNewer(databasePath: string, migrations: Migration[]): number {
  const version = readSchemaVersion(databasePath)
  const known = migrations.length
  if (version > known) throw new NewerDatabaseError(databasePath, version, known)
  return version
}

function backupPathFor(databasePath: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  return `${databasePath}.v${version}-${stamp}.backup`
}

/**
 * Applies the pending migrations in one transaction and records each. An existing corpus is copied
 * first (a consistent snapshot via VACUUM INTO), so a failed or regretted upgrade can be undone by hand.
 */
export function migrate(db: Database.Database, databasePath: string, migrations: Migration[]): MigrationOutcome {
  const applied = appliedVersions(db)
  applied.forEach((version, index) => {
    if (version !== index + 1) {
      throw new Error(`${databasePath} has an unexpected migration history (${applied.join(', ')}); it was not changed.`)
    }
  })
  const fromVersion = applied.length
  if (fromVersion > migrations.length) throw new NewerDatabaseError(databasePath, fromVersion, migrations.length)
  const pending = migrations.slice(fromVersion)
  if (pending.length === 0) return { fromVersion, toVersion: fromVersion, backupPath: null }

  let backupPath: string | null = null
  if (fromVersion > 0 && databasePath !== ':memory:') {
    backupPath = backupPathFor(databasePath, fromVersion)
    db.prepare('VACUUM INTO ?').run(backupPath)
  }

  const record = () => db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)')
  // Foreign keys off while migrating (SQLite cannot switch them inside a transaction), so a migration
  // may rebuild a table without cascading deletes into the tables that refer to it; they are checked
  // before the commit instead.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number
  db.pragma('foreign_keys = OFF')
  try {
    applyPending(db, pending, record, fromVersion)
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)
  }
  db.pragma(`user_version = ${migrations.length}`)
  return { fromVersion, toVersion: migrations.length, backupPath }
}

function applyPending(db: Database.Database, pending: Migration[], record: () => Database.Statement, fromVersion: number): void {
  db.transaction(() => {
    db.exec(CREATE_MIGRATIONS_TABLE)
    const insert = record()
    for (const migration of pending) {
      try {
        db.exec(migration.sql)
      } catch (error) {
        throw new Error(
          `Migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}. The corpus was left at version ${fromVersion}.`,
          { cause: error }
        )
      }
      insert.run(migration.version, migration.name)
    }
    const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[]
    if (broken.length > 0) {
      const first = broken[0] as { table: string; parent: string }
      throw new Error(
        `The migrations left ${broken.length} row(s) pointing at missing rows (first: ${first.table} -> ${first.parent}). The corpus was left at version ${fromVersion}.`
      )
    }
  })()
}
