import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_DIRECTORY_NAME = 'Slant'
export const CORPUS_FILE_NAME = 'corpus.sqlite'

/**
 * The app's data directory, computed the way Electron computes userData for an app named "Slant",
 * so the CLI and `slant serve` open the same corpus as the desktop app without importing Electron.
 */
export function appDataDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIRECTORY_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIRECTORY_NAME)
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_DIRECTORY_NAME)
}

/** --db wins, then SLANT_DB, then the app's data directory. */
export function resolveDatabasePath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit
  if (env.SLANT_DB) return env.SLANT_DB
  return join(appDataDirectory(env), CORPUS_FILE_NAME)
}
