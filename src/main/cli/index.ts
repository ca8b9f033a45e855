import { version } from '../../../package.json'
import { createBackend, type Backend } from '../api/backend'
import { resolveDatabasePath } from '../db/default-location'
import { agreementCommand } from './agreement-command'
import { analyzeCommand } from './analyze-command'
import { codersCommand } from './coders-command'
import { exportCommand } from './export-command'
import { HELP } from './help'
import { importCommand } from './import-command'
import { judgmentsCommand } from './judgments-command'
import { parseArguments, stringOption, UsageError } from './parse-arguments'
import { searchCommand } from './search-command'
import { serveCommand } from './serve-command'
import { storiesCommand } from './stories-command'
import { processTerminal, type Terminal } from './terminal'

const VALUE_OPTIONS = new Set(['db', 'limit', 'port', 'host', 'format', 'outlet', 'map', 'ids', 'workers', 'out', 'query', 'resume', 'dimension', 'coder', 'story', 'tag', 'scores', 'columns', 'delimiter'])

const COMMANDS: Record<string, (backend: Backend, parsed: ReturnType<typeof parseArguments>, terminal: Terminal) => number | Promise<number>> = {
  import: importCommand,
  analyze: analyzeCommand,
  agreement: agreementCommand,
  coders: codersCommand,
  export: exportCommand,
  judgments: judgmentsCommand,
  search: searchCommand,
  stories: storiesCommand,
  serve: serveCommand
}

/** Runs one command line; resolves with the process exit code. Never calls process.exit itself. */
export async function runCli(argv: string[], terminal: Terminal = processTerminal()): Promise<number> {
  let parsed
  try {
    parsed = parseArguments(argv, VALUE_OPTIONS)
  } catch (error) {
    terminal.err(`slant: ${(error as Error).message}\nRun slant --help for usage.`)
    return 2
  }
  if (parsed.options.has('version')) {
    terminal.out(version)
    return 0
  }
  const [command, ...rest] = parsed.positionals
  if (!command || parsed.options.has('help') || command === 'help') {
    terminal.out(HELP)
    return command || parsed.options.has('help') || command === 'help' ? 0 : 2
  }
  const run = COMMANDS[command]
  if (!run) {
    terminal.err(`slant: unknown command "${command}".\n\n${HELP}`)
    return 2
  }
  let backend: Backend
  try {
    backend = createBackend(resolveDatabasePath(stringOption(parsed, 'db')))
  } catch (error) {
    terminal.err(`slant: ${(error as Error).message}`)
    return 1
  }
  try {
    return await run(backend, { ...parsed, positionals: rest }, terminal)
  } catch (error) {
    terminal.clearStatus()
    if (error instanceof UsageError) {
      terminal.err(`slant: ${error.message}`)
      return 2
    }
    terminal.err(`slant: ${(error as Error).message}`)
    return 1
  } finally {
    await backend.analysis.close()
    backend.close()
  }
}
