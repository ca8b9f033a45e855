import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll } from 'vitest'

export const ROOT = join(import.meta.dirname, '..', '..')
export const CLI = join(ROOT, 'bin', 'slant.mjs')

/** The CLI runs the built bundle: build once before the file's tests if this checkout has not been built. */
export function useBuiltCli(): void {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'out', 'main', 'analysis-worker.js'))) {
      const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' })
      if (build.status !== 0) throw new Error('electron-vite build failed')
    }
  }, 120_000)
}

/** Runs `slant` with these arguments in a child process and waits for it. */
export function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}


