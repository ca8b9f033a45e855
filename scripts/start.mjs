// `npm start`: builds, then opens the desktop app where Electron is installed; where it is not (its
// binary could not be downloaded), serves the same app to a browser on this machine instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const forwarded = process.argv.slice(2)
const shell = process.platform === 'win32'

const build = spawnSync('electron-vite', ['build'], { stdio: 'inherit', shell })
if (build.status !== 0) process.exit(build.status ?? 1)

/**
 * The Electron executable if its binary was downloaded. Read from the package's path.txt rather than
 * require('electron'), which would try (and, offline, fail) to download it.
 */
function electronBinary() {
  const packageDirectory = 'node_modules/electron'
  const pathFile = join(packageDirectory, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? resolve(executable) : null
}

/**
 * Electron 45 fetches its binary on first use rather than at install. Fetch it here, once, unless the
 * machine has said it cannot (ELECTRON_SKIP_BINARY_DOWNLOAD).
 */
function ensureElectron() {
  const found = electronBinary()
  if (found || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return found
  console.log('Fetching the Electron binary (first start only)...')
  const download = spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'inherit' })
  if (download.status !== 0) console.log('The Electron binary could not be fetched.')
  return electronBinary()
}

const electron = ensureElectron()
const child = electron
  ? spawn(electron, ['.', ...forwarded], { stdio: 'inherit' })
  : (console.log('Electron is not available here, so Slant starts in browser mode: the same app, in your browser.'),
    spawn(process.execPath, ['bin/slant.mjs', 'serve', ...forwarded], { stdio: 'inherit' }))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
