import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/**
 * The Electron executable, or null where its binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD).
 * Read from path.txt: require('electron') would try to download the binary.
 */
function electronBinary(): string | null {
  const packageDirectory = join(import.meta.dirname, '..', '..', 'node_modules', 'electron')
  const pathFile = join(packageDirectory, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? executable : null
}

const binary = electronBinary()

test.describe('the desktop app', () => {
  // Skipped where the Electron binary could not be downloaded (CI and this sandbox reach only the npm
  // registry); the browser-mode suite covers the same renderer and services there.
  test.skip(binary === null, 'No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); this suite runs where `npm install` could fetch Electron.')

  test('opens a locked-down window on its own corpus', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'slant-electron-'))
    const app = await electron.launch({
      executablePath: binary as string,
      args: ['out/main/index.js', '--db', join(directory, 'corpus.sqlite')],
      env: { ...process.env, XDG_CONFIG_HOME: directory }
    })
    const page = await app.firstWindow()
    await expect(page.getByTestId('empty-corpus')).toBeVisible()
    const exposed = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys(window.slant ?? {}).sort()
    }))
    // No Node in the page and only the contract's bridge: contextIsolation on, nodeIntegration off.
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call', 'pathForFile', 'subscribe'] })
    // Navigation away and new windows are refused.
    const before = page.url()
    await page.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await page.waitForTimeout(300)
    expect(page.url()).toBe(before)
    await page.evaluate(() => window.open('file:///etc/passwd'))
    await page.waitForTimeout(300)
    expect(app.windows()).toHaveLength(1)
    await app.close()
  })
})
