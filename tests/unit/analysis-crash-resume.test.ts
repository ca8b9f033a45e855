import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { CLI, cli, ROOT, useBuiltCli } from '../helpers/cli'
import { useTempDirectory } from '../helpers/temp-directory'

useBuiltCli()

const count = (path: string, sql: string) => {
  const db = new Database(path, { readonly: true })
  try {
    return (db.prepare(sql).get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('an analysis killed mid-job', () => {
  const tempDirectory = useTempDirectory()

  it('resumes after the process is killed, losing and doubling nothing', async () => {
    const directory = tempDirectory()
    const db = join(directory, 'c.sqlite')
    const sample = join(ROOT, 'resources', 'sample-corpus', 'articles.jsonl')
    expect(cli(['import', sample, '--db', db]).status).toBe(0)
    // More articles than the sample holds, so the job is still running when it is killed.
    const extra = join(directory, 'extra.jsonl')
    const paragraphs = (n: number) =>
      Array.from({ length: 8 }, (_, p) => `Paragraph ${p} of report ${n}: officials said the council slammed the plan, calling it a massive failure, while residents reportedly welcomed the decision.`).join('\n\n')
    writeFileSync(extra, Array.from({ length: 150 }, (_, n) => JSON.stringify({ title: `Report ${n}`, text: `${paragraphs(n)} Unique marker ${n}-${n * 7919}.` })).join('\n'))
    expect(cli(['import', extra, '--db', db]).status).toBe(0)
    const total = count(db, 'SELECT count(*) AS n FROM articles')

    const child = spawn(process.execPath, [CLI, 'analyze', '--all', '--workers', '1', '--db', db], { cwd: ROOT, stdio: 'ignore' })
    // Wait until some results are committed, then kill the whole process without warning.
    const deadline = Date.now() + 60_000
    let committed = 0
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      committed = existsSync(db) ? count(db, 'SELECT count(*) AS n FROM article_analyses') : 0
      if (committed >= 20) break
    }
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    expect(committed).toBeGreaterThanOrEqual(20)
    const before = count(db, 'SELECT count(*) AS n FROM article_analyses')
    expect(before).toBeLessThan(total)
    expect(count(db, "SELECT count(*) AS n FROM jobs WHERE kind = 'analyze' AND state = 'running'")).toBe(1)

    const resumed = cli(['analyze', '--db', db])
    expect(resumed.status).toBe(0)
    expect(resumed.stdout).toMatch(/Resuming analysis job \d+/)
    // The summary counts the whole job, the articles analysed before the crash included.
    expect(resumed.stdout).toMatch(new RegExp(`Analysed ${total.toLocaleString('en-US')} articles`))
    expect(count(db, 'SELECT count(*) AS n FROM article_analyses')).toBe(total)
    expect(count(db, 'SELECT count(DISTINCT run_id) AS n FROM article_analyses')).toBe(1)
    expect(count(db, "SELECT count(*) AS n FROM jobs WHERE kind = 'analyze' AND state = 'done'")).toBe(1)
    // Every article's sentences were written exactly once.
    expect(count(db, 'SELECT count(*) AS n FROM (SELECT article_id, sentence_index FROM article_sentences GROUP BY run_id, article_id, sentence_index HAVING count(*) > 1)')).toBe(0)

    const exported = join(directory, 'sentences.csv')
    const exportRun = cli(['export', 'sentences', '--format', 'csv', '--out', exported, '--db', db])
    expect(exportRun.status).toBe(0)
    expect(exportRun.stdout).toMatch(/^Exported [\d,]+ sentences rows to /)
  }, 180_000)
})
