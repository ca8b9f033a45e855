import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Backend } from '../api/backend'
import { exportCoderFile, mergeCoderFile } from '../annotation/coder-file'
import { listCoders } from '../annotation/coders'
import { stringOption, UsageError, type ParsedArguments } from './parse-arguments'
import type { Terminal } from './terminal'

/**
 * `slant coders`: list the coders; `slant coders export --coder NAME --out FILE` writes a coder's
 * judgments to carry to another corpus; `slant coders merge FILE...` merges coder files.
 */
export function codersCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): number {
  const [action, ...files] = parsed.positionals
  if (action === undefined || action === 'list') {
    const coders = listCoders(backend.db)
    if (coders.length === 0) terminal.out('No coders yet: pick or create one in the app (bottom left), or merge a coder file.')
    for (const coder of coders) {
      const judgments = (backend.db.prepare('SELECT count(*) AS n FROM judgments WHERE coder_id = ?').get(coder.id) as { n: number }).n
      terminal.out(`${coder.initials.padEnd(4)} ${coder.name}: ${judgments} judgment${judgments === 1 ? '' : 's'}`)
    }
    return 0
  }
  if (action === 'export') {
    const name = stringOption(parsed, 'coder')
    const out = stringOption(parsed, 'out')
    if (!name || !out) throw new UsageError('coders export needs --coder NAME and --out FILE')
    const coder = listCoders(backend.db).find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())
    if (!coder) throw new UsageError(`there is no coder named "${name}" (slant coders lists them)`)
    const file = exportCoderFile(backend.db, coder.id)
    writeFileSync(out, file.content)
    const count = (JSON.parse(file.content) as { judgments: unknown[] }).judgments.length
    terminal.out(`Wrote ${count} judgment${count === 1 ? '' : 's'} by ${coder.name} to ${out}`)
    return 0
  }
  if (action === 'merge') {
    if (files.length === 0) throw new UsageError('coders merge needs one or more coder files')
    let failed = 0
    for (const path of files) {
      try {
        const result = mergeCoderFile(backend.db, basename(path), readFileSync(path, 'utf8'))
        terminal.out(
          `${path}: ${result.coder}${result.coderAdded ? ' (new coder)' : ''}: ${result.added} judgment${result.added === 1 ? '' : 's'} added, ` +
            `${result.alreadyMerged} already merged, ${result.unmatched.length} on articles not in this corpus`
        )
        for (const unmatched of result.unmatched.slice(0, 10)) terminal.out(`  not merged: "${unmatched.title}": ${unmatched.reason}`)
      } catch (error) {
        failed++
        terminal.err(`slant: ${(error as Error).message}`)
      }
    }
    return failed === files.length ? 1 : 0
  }
  throw new UsageError(`coders takes list, export or merge (got "${action}")`)
}
