import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appDataDirectory, resolveDatabasePath } from '../../src/main/db/default-location'
import { externalUrlToOpen, isSameDocument } from '../../src/main/shell/external-url'
import { loadWindowState, saveWindowState } from '../../src/main/shell/window-state'
import { useTempDirectory } from '../helpers/temp-directory'

describe('externalUrlToOpen', () => {
  it('lets only parsed http(s) URLs leave the app', () => {
    expect(externalUrlToOpen('https://www.bbc.com/news/x')).toBe('https://www.bbc.com/news/x')
    expect(externalUrlToOpen('http://example.com')).toBe('http://example.com/')
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'https://user:pw@example.com/', 'not a url', '//example.com']) {
      expect(externalUrlToOpen(bad), bad).toBeNull()
    }
  })
  it('treats only reloads of the same page as staying in the app', () => {
    expect(isSameDocument('file:///app/index.html', 'file:///app/index.html#x')).toBe(true)
    expect(isSameDocument('file:///app/index.html', 'file:///etc/passwd')).toBe(false)
    expect(isSameDocument('file:///app/index.html', 'https://evil.example/')).toBe(false)
    expect(isSameDocument('file:///app/index.html', 'garbage')).toBe(false)
  })
})

describe('window state', () => {
  const tempDirectory = useTempDirectory()
  it('remembers size and position, and falls back on damage', () => {
    const path = join(tempDirectory(), 'state', 'window.json')
    expect(loadWindowState(path)).toEqual({ width: 1280, height: 820, maximized: false })
    saveWindowState(path, { x: 10, y: 20, width: 900, height: 700, maximized: true })
    expect(loadWindowState(path)).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: true })
    writeFileSync(path, '{"width": "big"')
    expect(loadWindowState(path).width).toBe(1280)
    writeFileSync(path, JSON.stringify({ width: 50, height: 50 }))
    expect(loadWindowState(path).width).toBe(1280)
    expect(readFileSync(path, 'utf8')).toContain('50')
  })
})

describe('default corpus location', () => {
  it('matches where Electron keeps userData for an app named Slant', () => {
    expect(appDataDirectory({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe('/x/config/Slant')
    expect(appDataDirectory({ APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming.Slant$/)
    expect(appDataDirectory({}, 'darwin')).toMatch(/Library\/Application Support\/Slant$/)
  })
  it('prefers --db, then SLANT_DB', () => {
    expect(resolveDatabasePath('/a.sqlite', { SLANT_DB: '/b.sqlite' })).toBe('/a.sqlite')
    expect(resolveDatabasePath(undefined, { SLANT_DB: '/b.sqlite' })).toBe('/b.sqlite')
    expect(resolveDatabasePath(undefined, { XDG_CONFIG_HOME: '/c' })).toMatch(/Slant[/\\]corpus\.sqlite$/)
  })
})
