/**
 * The renderer's only door to the app: a call function and an event subscription for the contract,
 * plus the path of a file the user chose. No ipcRenderer, no Node, nothing else crosses.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { IPC_CHANNELS, type SlantBridge } from '../shared/bridge'
import type { PushedEvent } from '../shared/contract'

const bridge: SlantBridge = {
  call: (name, input) => ipcRenderer.invoke(IPC_CHANNELS.call, name, input),
  subscribe: (listener) => {
    const forward = (_event: IpcRendererEvent, pushed: PushedEvent) => listener(pushed)
    ipcRenderer.on(IPC_CHANNELS.event, forward)
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.event, forward)
    }
  },
  pathForFile: (file) => webUtils.getPathForFile(file)
}

contextBridge.exposeInMainWorld('slant', bridge)
