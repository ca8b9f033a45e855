import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Backend } from '../api/backend'
import { startHttpBridge } from '../server/http-bridge'
import { rendererIndexExists } from '../server/static-files'
import { integerOption, stringOption, type ParsedArguments } from './parse-arguments'
import type { Terminal } from './terminal'

export const DEFAULT_PORT = 4310

/** The built renderer: out/renderer beside the bundle this code runs from, wherever the bundler put it. */
export function findRendererDirectory(): string | null {
  if (process.env.SLANT_RENDERER_DIR) return process.env.SLANT_RENDERER_DIR
  let directory = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 5; depth++) {
    for (const candidate of [join(directory, 'renderer'), join(directory, 'out', 'renderer')]) {
      if (existsSync(join(candidate, 'index.html'))) return candidate
    }
    directory = resolve(directory, '..')
  }
  return null
}

/** Runs until SIGINT or SIGTERM; resolves with the exit code. */
export async function serveCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): Promise<number> {
  const port = integerOption(parsed, 'port', DEFAULT_PORT, 0, 65535)
  const host = stringOption(parsed, 'host') ?? '127.0.0.1'
  const staticRoot = findRendererDirectory()
  if (!staticRoot || !rendererIndexExists(staticRoot)) {
    terminal.err('The app has not been built yet (no out/renderer/index.html). Run `npm run build`, then `slant serve` again.')
    return 1
  }
  const bridge = await startHttpBridge(backend, { port, host, staticRoot })
  // An analysis a crash or quit cut off goes on where it stopped; new articles are analysed if the setting says so.
  const { resumed, autoAnalysisJob } = await backend.startBackgroundWork()
  if (resumed.length > 0) terminal.out(`Resuming interrupted analysis job${resumed.length === 1 ? '' : 's'} ${resumed.join(', ')}.`)
  if (autoAnalysisJob !== null) terminal.out(`Automatic analysis is on: analysing the articles not yet analysed (job ${autoAnalysisJob}).`)
  terminal.out(`Slant is serving ${backend.databasePath} at ${bridge.url}`)
  terminal.out('Open that address in a browser. Press Ctrl+C to stop.')
  return new Promise<number>((done) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      void bridge.close().then(() => done(0))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
