import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NewerDatabaseError } from '../../src/main/db/migrate'
import { bundledMigrations, parseMigrationFiles, type Migration } from '../../src/main/db/migrations'
import { openDatabase } from '../../src/main/db/open-database'
import { useTempDirectory } from '../helpers/temp-directory'

const first: Migration = { version: 1, name: 'notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);' }
const second: Migration = { version: 2, name: 'tags', sql: 'ALTER TABLE notes ADD COLUMN tag TEXT; CREATE INDEX notes_by_tag ON notes(tag);' }
const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE half_done (id INTEGER); THIS IS NOT SQL;' }

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

describe('migrations', () => {
  const tempDirectory = useTempDirectory()

  it('creates a new corpus with every bundled migration recorded, in WAL mode with foreign keys', () => {
    const path = join(tempDirectory(), 'corpus.sqlite')
    const { db, migration } = openDatabase(path)
    expect(migration).toEqual({ fromVersion: 0, toVersion: bundledMigrations.length, backupPath: null })
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()
    expect(recorded).toEqual(bundledMigrations.map(({ version, name }) => ({ version, name })))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name)
    expect(tables).toEqual(expect.arrayContaining(['outlets', 'outlet_domains', 'articles', 'articles_fts', 'tags', 'article_tags', 'jobs']))
    db.close()
  })

  it('reopening a current corpus applies nothing and makes no backup', () => {
    const directory = tempDirectory()
    const path = join(directory, 'corpus.sqlite')
    openDatabase(path).db.close()
    const again = openDatabase(path)
    expect(again.migration).toEqual({ fromVersion: bundledMigrations.length, toVersion: bundledMigrations.length, backupPath: null })
    again.db.close()
    expect(readdirSync(directory).filter((name) => name.endsWith('.backup'))).toEqual([])
  })

  it('backs up an existing corpus before migrating it, and keeps its data', () => {
    const path = join(tempDirectory(), 'corpus.sqlite')
    const old = openDatabase(path, { migrations: [first] })
    old.db.prepare('INSERT INTO notes (body) VALUES (?)').run('kept')
    old.db.close()

    const upgraded = openDatabase(path, { migrations: [first, second] })
    expect(upgraded.migration.fromVersion).toBe(1)
    expect(upgraded.migration.toVersion).toBe(2)
    expect(upgraded.migration.backupPath).not.toBeNull()
    expect(upgraded.db.prepare('SELECT body, tag FROM notes').all()).toEqual([{ body: 'kept', tag: null }])
    upgraded.db.close()

    const backup = openDatabase(upgraded.migration.backupPath as string, { migrations: [first] })
    expect(backup.db.prepare('SELECT body FROM notes').all()).toEqual([{ body: 'kept' }])
    expect(backup.db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 })
    backup.db.close()
  })

  it('upgrades a corpus of the previous schema, rebuilding the jobs table without losing job errors or search', () => {
    const path = join(tempDirectory(), 'corpus.sqlite')
    const old = openDatabase(path, { migrations: bundledMigrations.slice(0, 3) })
    old.db.prepare("INSERT INTO articles (title, text, content_hash, word_count) VALUES ('Budget vote', 'The council passed the budget.', 'h1', 5)").run()
    old.db.prepare("INSERT INTO jobs (kind, label, state, counts) VALUES ('analyze', 'Analyse 1 article', 'done', '{\"failed\":1}')").run()
    old.db.prepare("INSERT INTO job_errors (job_id, article_id, error) VALUES (1, 1, 'it failed')").run()
    old.db.close()

    const upgraded = openDatabase(path)
    const { db } = upgraded
    expect(upgraded.migration).toMatchObject({ fromVersion: 3, toVersion: bundledMigrations.length })
    expect(db.prepare('SELECT article_id, error FROM job_errors').all()).toEqual([{ article_id: 1, error: 'it failed' }])
    expect(db.prepare('SELECT label, state FROM jobs').all()).toEqual([{ label: 'Analyse 1 article', state: 'done' }])
    db.prepare("UPDATE jobs SET state = 'paused' WHERE id = 1").run()
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    // Deleting the job still cascades to its errors: the rebuilt table kept the reference.
    db.prepare('DELETE FROM jobs WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) AS n FROM job_errors').get()).toEqual({ n: 0 })
    expect(db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'budget'").all()).toEqual([{ rowid: 1 }])
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name IN ('minhash_bands', 'articles_fts_after_insert')").all()).toEqual([])
    db.close()
  })

  it('refuses a corpus from a newer version and leaves the file byte for byte as it was', () => {
    const directory = tempDirectory()
    const path = join(directory, 'corpus.sqlite')
    const newer = openDatabase(path, { migrations: [first, second] })
    newer.db.prepare('INSERT INTO notes (body, tag) VALUES (?, ?)').run('from the future', 'x')
    newer.db.close()
    const before = sha256(path)
    const filesBefore = readdirSync(directory).sort()

    expect(() => openDatabase(path, { migrations: [first] })).toThrow(NewerDatabaseError)
    expect(() => openDatabase(path, { migrations: [first] })).toThrow(/newer version of Slant \(schema version 2; this version knows up to 1\)/)
    expect(sha256(path)).toBe(before)
    expect(readdirSync(directory).sort()).toEqual(filesBefore)
  })

  it('rolls a failed migration back completely and says which one failed', () => {
    const path = join(tempDirectory(), 'corpus.sqlite')
    openDatabase(path, { migrations: [first] }).db.close()
    expect(() => openDatabase(path, { migrations: [first, broken] })).toThrow(/Migration 2 \(broken\) failed.*left at version 1/)
    const reopened = openDatabase(path, { migrations: [first] })
    const tables = (reopened.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name)
    expect(tables).not.toContain('half_done')
    expect(reopened.migration.fromVersion).toBe(1)
    reopened.db.close()
  })

  it('insists on migration files numbered without gaps', () => {
    expect(() => parseMigrationFiles({ './migrations/001-a.sql': '', './migrations/003-c.sql': '' })).toThrow(/without gaps/)
    expect(() => parseMigrationFiles({ './migrations/first.sql': '' })).toThrow(/must look like/)
    expect(parseMigrationFiles({ './migrations/002-b.sql': 'B', './migrations/001-a.sql': 'A' }).map((m) => m.sql)).toEqual(['A', 'B'])
  })

  it('refuses a file that is not a SQLite database without changing it', () => {
    const path = join(tempDirectory(), 'notes.txt')
    writeFileSync(path, 'these are my notes, not a corpus')
    expect(() => openDatabase(path)).toThrow(/is not a SQLite database/)
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a corpus')
  })

  it('creates the folder of a corpus path that does not exist yet', () => {
    const path = join(tempDirectory(), 'nested', 'deeper', 'corpus.sqlite')
    openDatabase(path).db.close()
    expect(existsSync(path)).toBe(true)
  })
})
