/**
 * The numbered migrations shipped with this build. They are .sql files beside this module, inlined
 * at build time so the bundled CLI, the Electron main process and the tests all carry the same set.
 */
export interface Migration {
  version: number
  name: string
  sql: string
}

const files = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>

export function parseMigrationFiles(sources: Record<string, string>): Migration[] {
  const migrations = Object.entries(sources).map(([path, sql]) => {
    const fileName = path.split('/').pop() ?? path
    const match = /^(\d+)-([a-z0-9-]+)\.sql$/.exec(fileName)
    if (!match) throw new Error(`Migration file name "${fileName}" must look like 001-some-name.sql`)
    return { version: Number(match[1]), name: match[2] as string, sql }
  })
  migrations.sort((a, b) => a.version - b.version)
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrations must be numbered 1, 2, 3... without gaps; found ${migration.version} at position ${index + 1}`)
    }
  })
  return migrations
}

export const bundledMigrations: Migration[] = parseMigrationFiles(files)
