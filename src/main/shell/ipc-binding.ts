import { IPC_CHANNELS } from '../../shared/bridge'
import type { Dispatch } from '../api/dispatcher'
import type { EventBus } from '../api/event-bus'

/** The parts of Electron's ipcMain this binding uses, so it can be tested without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown): void
  removeHandler(channel: string): void
}

export interface WebContentsLike {
  send(channel: string, ...args: unknown[]): void
  isDestroyed(): boolean
}

/**
 * Serves the contract over IPC: one channel for calls, answered with the dispatcher's CallResult, and
 * one for pushed events. Calls from any frame that is not the app's own page are refused.
 */
export function bindContractToIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: (url: string) => boolean): () => void {
  ipcMain.handle(IPC_CHANNELS.call, (event, name, input) => {
    const url = event.senderFrame?.url ?? ''
    if (!isTrustedSender(url)) {
      return { ok: false, error: { code: 'forbidden', message: 'calls are accepted only from the Slant window' } }
    }
    return dispatch(name, input)
  })
  return () => ipcMain.removeHandler(IPC_CHANNELS.call)
}

export function forwardEventsTo(webContents: WebContentsLike, events: EventBus): () => void {
  const unsubscribe = events.subscribe((event) => {
    if (webContents.isDestroyed()) {
      unsubscribe()
      return
    }
    webContents.send(IPC_CHANNELS.event, event)
  })
  return unsubscribe
}
