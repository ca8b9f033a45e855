import { existsSync, mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/** The Electron binary's path, or null where it was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD). */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const binary = electronBinary()

test.describe('the desktop app', () => {
  test.skip(binary === null, 'No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); this suite runs where `npm install` could fetch Electron.')

  test('opens a locked-down window on its own corpus', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'slant-electron-'))
    const app = await electron.launch({
      executablePath: binary as string,
      args: ['out/main/index.js', '--db', join(directory, 'corpus.sqlite')],
      env: { ...process.env, XDG_CONFIG_HOME: directory }
    })
    const window = await app.firstWindow()
    await expect(window.getByTestId('empty-corpus')).toBeVisible()
    const exposed = await window.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys(window.slant ?? {}).sort()
    }))
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call', 'pathForFile', 'subscribe'] })
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const preferences = BrowserWindow.getAllWindows()[0]?.webContents.getLastWebPreferences()
      return { contextIsolation: preferences?.contextIsolation, sandbox: preferences?.sandbox, nodeIntegration: preferences?.nodeIntegration }
    })
    expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    // Navigation away and new windows are refused.
    const before = window.url()
    await window.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await window.waitForTimeout(300)
    expect(window.url()).toBe(before)
    await window.evaluate(() => window.open('file:///etc/passwd'))
    await window.waitForTimeout(300)
    expect(app.windows()).toHaveLength(1)
    await app.close()
  })
})
