import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const CLI = join(ROOT, 'bin', 'slant.mjs')

/**
 * A corpus of a suite's own, filled with the CLI and served by its own `slant serve` on a free port,
 * so the suite's articles, coders and judgments never reach the other suites (whose first-start
 * checks expect an empty corpus).
 */
export class OwnCorpus {
  readonly directory: string
  readonly databasePath: string
  private server: ChildProcess | null = null

  constructor(name: string) {
    this.directory = mkdtempSync(join(tmpdir(), `slant-e2e-${name}-`))
    this.databasePath = join(this.directory, 'corpus.sqlite')
  }

  /** Runs the slant command line on this corpus and returns what it printed. */
  slant(args: string[]): string {
    const result = spawnSync(process.execPath, [CLI, ...args, '--db', this.databasePath], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
    if (result.status !== 0) throw new Error(`slant ${args.join(' ')} failed: ${result.stderr || result.stdout}`)
    return result.stdout
  }

  /** Writes the articles as JSON Lines in the corpus folder and imports them. */
  importArticles(articles: readonly object[]): void {
    const file = join(this.directory, 'articles.jsonl')
    writeFileSync(file, articles.map((article) => JSON.stringify(article)).join('\n'))
    this.slant(['import', file])
  }

  /** Starts `slant serve` on a free port; resolves with its address once it listens. */
  serve(): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', this.databasePath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
      this.server = child
      let output = ''
      const timer = setTimeout(() => reject(new Error(`slant serve did not start: ${output}`)), 60_000)
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const address = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
        if (address) {
          clearTimeout(timer)
          resolve(address)
        }
      })
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('exit', (code) => reject(new Error(`slant serve exited with ${code}: ${output}`)))
    })
  }

  close(): void {
    this.server?.kill('SIGTERM')
    rmSync(this.directory, { recursive: true, force: true })
  }
}

/** A CSV file as rows of named fields (csv-parse, the parser researchers' own tools agree with). */
export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[]
}

/** Adds a coder from the sidebar's picker and waits until they are the current coder. */
export async function createCoder(page: Page, name: string, initials: string): Promise<void> {
  const picker = page.getByTestId('coder-picker')
  await picker.getByRole('button', { name: 'New coder…' }).click()
  await picker.getByRole('textbox', { name: "New coder's name" }).fill(name)
  await picker.getByRole('button', { name: 'Add' }).click()
  await expect(picker.locator('.coder-badge')).toHaveText(initials)
}
