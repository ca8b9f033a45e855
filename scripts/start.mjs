// `npm start`: builds, then opens the desktop app where Electron is installed; where it is not (its
// binary could not be downloaded), serves the same app to a browser on this machine instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const forwarded = process.argv.slice(2)
const shell = process.platform === 'win32'

const build = spawnSync('electron-vite', ['build'], { stdio: 'inherit', shell })
if (build.status !== 0) process.exit(build.status ?? 1)

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron')
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const electron = electronBinary()
const child = electron
  ? spawn(electron, ['.', ...forwarded], { stdio: 'inherit' })
  : (console.log('Electron is not installed here (its binary could not be downloaded), so Slant starts in browser mode.'),
    spawn(process.execPath, ['bin/slant.mjs', 'serve', ...forwarded], { stdio: 'inherit' }))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
