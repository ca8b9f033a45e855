import type { Backend } from '../api/backend'
import { importJudgmentCsv, readJudgmentFile } from '../annotation/judgment-csv-import'
import { stringOption, UsageError, type ParsedArguments } from './parse-arguments'
import { formatCount, type Terminal } from './terminal'

/** Bad rows printed one by one; the summary counts them all. */
const PRINTED_REJECTIONS = 20

/**
 * `slant judgments import FILE --coder NAME`: a judgments CSV (an exported judgments table edited
 * in Excel or R, or any file with article_id or external_id, dimension and value) becomes the named
 * coder's judgments. Exit status 1 when a file had rows but none could be imported.
 */
export function judgmentsCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): number {
  const [action, ...files] = parsed.positionals
  if (action !== 'import') throw new UsageError(`judgments takes import FILE... --coder NAME${action ? ` (got "${action}")` : ''}`)
  const coder = stringOption(parsed, 'coder')
  if (!coder || files.length === 0) throw new UsageError('judgments import needs one or more CSV files and --coder NAME')
  let failed = 0
  for (const path of files) {
    const result = importJudgmentCsv(backend.db, { coder, ...readJudgmentFile(path) })
    terminal.out(
      `${path}: ${formatCount(result.rows)} rows as ${result.coder}${result.coderCreated ? ' (new coder)' : ''}: ${formatCount(result.added)} added, ` +
        `${formatCount(result.unchanged)} unchanged, ${formatCount(result.alreadyImported)} already imported, ${formatCount(result.rejectedCount)} rejected`
    )
    for (const rejected of result.rejected.slice(0, PRINTED_REJECTIONS)) terminal.out(`  line ${rejected.line}: ${rejected.reason}`)
    if (result.rejectedCount > PRINTED_REJECTIONS) terminal.out(`  ... and ${formatCount(result.rejectedCount - PRINTED_REJECTIONS)} more rejected rows`)
    if (result.rows > 0 && result.added + result.unchanged + result.alreadyImported === 0) failed++
  }
  return failed === files.length ? 1 : 0
}
