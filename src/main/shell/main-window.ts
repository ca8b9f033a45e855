import { join } from 'node:path'
import { BrowserWindow, screen, shell } from 'electron'
import { externalUrlToOpen, isSameDocument } from './external-url'
import { loadWindowState, saveWindowState, type WindowState } from './window-state'

/** Keeps a saved position only if it is still on a connected display. */
function visibleBounds(state: WindowState): WindowState {
  if (state.x === undefined || state.y === undefined) return state
  const { x, y, width, height } = state as Required<WindowState>
  const onScreen = screen.getAllDisplays().some((display) => {
    const area = display.workArea
    return x < area.x + area.width && x + width > area.x && y < area.y + area.height && y + height > area.y
  })
  return onScreen ? state : { width: state.width, height: state.height, maximized: state.maximized }
}

export function createMainWindow(options: { preloadPath: string; rendererFile: string; devServerUrl: string | undefined; statePath: string }): BrowserWindow {
  const state = visibleBounds(loadWindowState(options.statePath))
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Slant',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false
    }
  })
  if (state.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  const remember = () => {
    if (window.isDestroyed()) return
    const bounds = window.getNormalBounds()
    saveWindowState(options.statePath, { ...bounds, maximized: window.isMaximized() })
  }
  window.on('close', remember)

  // Links leave the app only through the system browser, and only after the URL has been parsed.
  window.webContents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url)
    if (external) void shell.openExternal(external)
    return { action: 'deny' }
  })
  window.webContents.on('will-navigate', (event, url) => {
    if (!isSameDocument(window.webContents.getURL(), url)) event.preventDefault()
  })
  window.webContents.on('will-redirect', (event, url) => {
    if (!isSameDocument(window.webContents.getURL(), url)) event.preventDefault()
  })

  if (options.devServerUrl) void window.loadURL(options.devServerUrl)
  else void window.loadFile(options.rendererFile)
  return window
}

export function rendererPaths(mainDirectory: string) {
  return {
    preloadPath: join(mainDirectory, '../preload/index.cjs'),
    rendererFile: join(mainDirectory, '../renderer/index.html')
  }
}
