/**
 * The Electron shell: one window, locked down, serving the contract over IPC. The services it binds are
 * the same ones `slant serve` and the CLI use; nothing here talks to the corpus directly.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, dialog, ipcMain, session } from 'electron'
import { createBackend, type Backend } from './api/backend'
import { CORPUS_FILE_NAME } from './db/default-location'
import { bindContractToIpc, forwardEventsTo } from './shell/ipc-binding'
import { createMainWindow, rendererPaths } from './shell/main-window'

const mainDirectory = dirname(fileURLToPath(import.meta.url))
const devServerUrl = process.env.ELECTRON_RENDERER_URL

function databasePathFromArguments(): string {
  const index = process.argv.indexOf('--db')
  const fromFlag = index >= 0 ? process.argv[index + 1] : process.argv.find((argument) => argument.startsWith('--db='))?.slice(5)
  return fromFlag || process.env.SLANT_DB || join(app.getPath('userData'), CORPUS_FILE_NAME)
}

function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

let backend: Backend | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.whenReady().then(() => {
    lockDownSessions()
    try {
      backend = createBackend(databasePathFromArguments())
    } catch (error) {
      dialog.showErrorBox('Slant cannot open the corpus', (error as Error).message)
      app.quit()
      return
    }
    const paths = rendererPaths(mainDirectory)
    const trustedPage = devServerUrl ?? pathToFileURL(paths.rendererFile).href
    bindContractToIpc(ipcMain, backend.dispatch, (url) => url === trustedPage || url.startsWith(`${trustedPage}#`) || url.startsWith(`${trustedPage}?`))
    const window = createMainWindow({ ...paths, devServerUrl, statePath: join(app.getPath('userData'), 'window-state.json') })
    forwardEventsTo(window.webContents, backend.events)
    // An analysis a crash or quit cut off goes on where it stopped.
    void backend.startBackgroundWork()
    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore()
      window.focus()
    })
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    void backend?.analysis.close()
    backend?.close()
    backend = null
  })
}
