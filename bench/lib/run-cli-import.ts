import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { CLI_PATH, REPO_ROOT } from './bench-paths.ts'

export interface CliRun {
  milliseconds: number
  exitCode: number | null
  /** The CLI's own summary line. */
  output: string
  peakRssBytes: number | null
  peakRssSource: string
}

const GNU_TIME = '/usr/bin/time'
/** Without GNU time the child reports its own peak from process.resourceUsage() as it exits. */
const SELF_REPORT = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nSLANT_MAX_RSS_KB='+process.resourceUsage().maxRSS+'\\n'))`

function peakRss(stderr: string, usingTime: boolean): number | null {
  const match = usingTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /SLANT_MAX_RSS_KB=(\d+)/.exec(stderr)
  return match ? Number(match[1]) * 1024 : null
}

/**
 * `slant import` exactly as a user runs it, in its own process with the same Node: the wall time
 * includes start-up, opening the database and the final checkpoint.
 */
export function runCliImport(jsonlPath: string, databasePath: string): CliRun {
  const usingTime = existsSync(GNU_TIME)
  const node = [process.execPath, ...(usingTime ? [] : ['--import', SELF_REPORT]), CLI_PATH, 'import', jsonlPath, '--db', databasePath]
  const [command, ...args] = usingTime ? [GNU_TIME, '-v', ...node] : node
  const started = performance.now()
  const child = spawnSync(command as string, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const milliseconds = performance.now() - started
  if (child.error) throw child.error
  const lines = child.stdout.trim().split('\n')
  const errors = child.stderr.split('\n').filter((line) => line.startsWith('slant:') || line.includes('rejected'))
  return {
    milliseconds,
    exitCode: child.status,
    output: [lines[lines.length - 1] ?? '', ...errors.slice(0, 5)].join('\n'),
    peakRssBytes: peakRss(child.stderr, usingTime),
    peakRssSource: usingTime ? '/usr/bin/time -v' : 'process.resourceUsage() in the child'
  }
}
