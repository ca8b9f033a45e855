import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/index'
import { parseArguments, UsageError } from '../../src/main/cli/parse-arguments'
import type { Terminal } from '../../src/main/cli/terminal'
import { FIXTURES, useTempDirectory } from '../helpers/temp-directory'

function captureTerminal(isTTY = false): Terminal & { stdout: string[]; stderr: string[]; statuses: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  const statuses: string[] = []
  return {
    isTTY,
    stdout,
    stderr,
    statuses,
    out: (line) => void stdout.push(line),
    err: (line) => void stderr.push(line),
    status: (line) => void statuses.push(line),
    clearStatus: () => undefined
  }
}

describe('the slant command line', () => {
  const tempDirectory = useTempDirectory()

  it('imports a JSONL file, prints each rejection with its line and a one-line summary', async () => {
    const db = join(tempDirectory(), 'c.sqlite')
    const terminal = captureTerminal()
    expect(await runCli(['import', join(FIXTURES, 'articles.jsonl'), '--db', db], terminal)).toBe(0)
    expect(terminal.stdout[0]).toMatch(/articles\.jsonl: 9 records, 4 added, 2 duplicates, 3 rejected$/)
    expect(terminal.stdout[terminal.stdout.length - 1]).toMatch(/^Imported 1 source into .*c\.sqlite: 4 added, 2 duplicates, 3 rejected in \d+\.\d s$/)
    expect(terminal.stderr).toEqual([
      expect.stringMatching(/articles\.jsonl: line 4 rejected: not valid JSON/),
      expect.stringMatching(/articles\.jsonl: line 5 rejected: text is missing/),
      expect.stringMatching(/articles\.jsonl: line 6 rejected: published_at "yesterday"/)
    ])
  })

  it('shows progress on a terminal', async () => {
    const db = join(tempDirectory(), 'c.sqlite')
    const terminal = captureTerminal(true)
    await runCli(['import', join(FIXTURES, 'articles.jsonl'), '--db', db], terminal)
    expect(terminal.statuses.some((line) => /\[#+-*\]\s+\d+%/.test(line))).toBe(true)
  })

  it('exits non-zero only when nothing could be read', async () => {
    const directory = tempDirectory()
    const db = join(directory, 'c.sqlite')
    const missing = captureTerminal()
    expect(await runCli(['import', join(directory, 'missing.jsonl'), '--db', db], missing)).toBe(1)
    expect(missing.stderr[0]).toMatch(/missing\.jsonl: file not found/)
    const allBad = join(directory, 'bad.jsonl')
    writeFileSync(allBad, 'nope\n{"title": "x"}\n')
    expect(await runCli(['import', allBad, '--db', db], captureTerminal())).toBe(1)
    const mixed = captureTerminal()
    expect(await runCli(['import', join(directory, 'missing.jsonl'), join(FIXTURES, 'articles.jsonl'), '--db', db], mixed)).toBe(0)
    expect(mixed.stdout[mixed.stdout.length - 1]).toMatch(/Imported 2 sources .* 4 added, 2 duplicates, 3 rejected, 1 unreadable in/)
  })

  it('searches with highlighted snippets and a count', async () => {
    const db = join(tempDirectory(), 'c.sqlite')
    await runCli(['import', join(FIXTURES, 'articles.jsonl'), '--db', db], captureTerminal())
    const terminal = captureTerminal()
    expect(await runCli(['search', 'fake', 'identities', '--db', db, '--limit', '5'], terminal)).toBe(0)
    expect(terminal.stdout[0]).toBe('#1  North Korean IT workers funnel millions to Pyongyang  (2025-06-01  bbc.com)')
    expect(terminal.stdout[1]).toContain('[fake] [identities]')
    expect(terminal.stdout[2]).toBe('1 article match "fake identities"')
  })

  it('uses SLANT_DB when --db is absent', async () => {
    const db = join(tempDirectory(), 'from-env.sqlite')
    process.env.SLANT_DB = db
    try {
      const terminal = captureTerminal()
      await runCli(['search', 'anything'], terminal)
      expect(terminal.stdout[0]).toBe('0 articles match "anything"')
      const info = captureTerminal()
      await runCli(['import', join(FIXTURES, 'articles.jsonl')], info)
      expect(info.stdout[info.stdout.length - 1]).toContain(db)
    } finally {
      delete process.env.SLANT_DB
    }
  })

  it('prints help and version, and exits 2 on usage errors', async () => {
    const help = captureTerminal()
    expect(await runCli(['--help'], help)).toBe(0)
    expect(help.stdout[0]).toMatch(/^Slant: a workbench for media-bias research/)
    const version = captureTerminal()
    expect(await runCli(['--version'], version)).toBe(0)
    expect(version.stdout[0]).toMatch(/^\d+\.\d+\.\d+$/)
    const db = join(tempDirectory(), 'c.sqlite')
    expect(await runCli(['frobnicate', '--db', db], captureTerminal())).toBe(2)
    expect(await runCli(['import', '--db', db], captureTerminal())).toBe(2)
    expect(await runCli(['search', '--db', db], captureTerminal())).toBe(2)
    expect(await runCli(['search', 'x', '--limit', 'many', '--db', db], captureTerminal())).toBe(2)
    expect(await runCli(['search', 'x', '--db'], captureTerminal())).toBe(2)
  })

  it('refuses a corpus from a newer Slant with exit 1 and the reason', async () => {
    const db = join(tempDirectory(), 'c.sqlite')
    await runCli(['search', 'x', '--db', db], captureTerminal())
    const { default: Database } = await import('better-sqlite3')
    const raw = new Database(db)
    raw.pragma('user_version = 99')
    raw.close()
    const terminal = captureTerminal()
    expect(await runCli(['search', 'x', '--db', db], terminal)).toBe(1)
    expect(terminal.stderr[0]).toMatch(/newer version of Slant \(schema version 99/)
  })
})

describe('parseArguments', () => {
  const values = new Set(['db', 'limit'])
  it('reads values, flags and positionals in any order', () => {
    const parsed = parseArguments(['search', '--limit=5', 'climate', '--db', 'x.sqlite', '--verbose', '--', '--literal'], values)
    expect(parsed.positionals).toEqual(['search', 'climate', '--literal'])
    expect(Object.fromEntries(parsed.options)).toEqual({ limit: '5', db: 'x.sqlite', verbose: true })
  })
  it('refuses a value option without its value and a flag with one', () => {
    expect(() => parseArguments(['--db'], values)).toThrow(UsageError)
    expect(() => parseArguments(['--db', '--limit', '3'], values)).toThrow(/--db needs a value/)
    expect(() => parseArguments(['--verbose=yes'], values)).toThrow(/takes no value/)
  })
})
