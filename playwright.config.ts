import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests run the real app in browser mode (`slant serve`) on a fresh corpus, in Debian's
 * Chromium: Playwright never downloads a browser here. The Electron suite skips itself where no
 * Electron binary is installed.
 */
const PORT = Number(process.env.SLANT_E2E_PORT ?? 4319)
// The runner and its workers share one temporary corpus through the environment.
process.env.SLANT_E2E_DIR ??= mkdtempSync(join(tmpdir(), 'slant-e2e-'))
const corpusPath = join(process.env.SLANT_E2E_DIR, 'corpus.sqlite')
/** A second server on its own corpus, for the corpus-building suite, so the suites do not see each other's articles. */
export const BUILDING_PORT = PORT + 1
const buildingCorpusPath = join(process.env.SLANT_E2E_DIR, 'building.sqlite')
const chromium = process.env.SLANT_CHROMIUM ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: chromium,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        }
      }
    },
    { name: 'electron', testDir: 'tests/electron' }
  ],
  webServer: [
    {
      command: `"${process.execPath}" bin/slant.mjs serve --port ${PORT} --db "${corpusPath}"`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe'
    },
    {
      command: `"${process.execPath}" bin/slant.mjs serve --port ${BUILDING_PORT} --db "${buildingCorpusPath}"`,
      url: `http://127.0.0.1:${BUILDING_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe'
    }
  ]
})
