import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * A bundled worker script (out/main/NAME.js), wherever the bundle put the calling module: beside it
 * in out/main, one level up from out/main/chunks, or under out/main when running from the sources.
 */
export function findWorkerScript(name: string): string | null {
  let directory = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 6; depth++) {
    for (const candidate of [join(directory, `${name}.js`), join(directory, 'out', 'main', `${name}.js`)]) {
      if (existsSync(candidate)) return candidate
    }
    directory = resolve(directory, '..')
  }
  return null
}
