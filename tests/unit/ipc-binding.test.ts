import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IPC_CHANNELS } from '../../src/shared/bridge'
import { createBackend } from '../../src/main/api/backend'
import { bindContractToIpc, forwardEventsTo, type IpcMainLike } from '../../src/main/shell/ipc-binding'
import { useTempDirectory } from '../helpers/temp-directory'

type Listener = Parameters<IpcMainLike['handle']>[1]

/** Stands in for Electron's ipcMain: records the handler so the test can invoke it as a renderer would. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>()
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, listener)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  invoke(senderUrl: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(IPC_CHANNELS.call)
    if (!handler) throw new Error('no handler')
    return Promise.resolve(handler({ senderFrame: { url: senderUrl } }, ...args))
  }
}

const APP_PAGE = 'file:///opt/slant/out/renderer/index.html'

describe('the Electron IPC transport', () => {
  const tempDirectory = useTempDirectory()

  it('serves the same contract as the HTTP bridge, with the same validation', async () => {
    const backend = createBackend(join(tempDirectory(), 'c.sqlite'))
    const ipc = new FakeIpcMain()
    const unbind = bindContractToIpc(ipc, backend.dispatch, (url) => url === APP_PAGE)
    expect(await ipc.invoke(APP_PAGE, 'import.upload', { files: [{ fileName: 'x.jsonl', content: '{"text": "Over IPC."}' }] })).toMatchObject({
      ok: true,
      value: { totals: { added: 1 } }
    })
    expect(await ipc.invoke(APP_PAGE, 'articles.list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await ipc.invoke(APP_PAGE, 'nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
    unbind()
    expect(ipc.handlers.size).toBe(0)
    backend.close()
  })

  it('refuses calls from any frame that is not the app page', async () => {
    const backend = createBackend(join(tempDirectory(), 'c.sqlite'))
    const ipc = new FakeIpcMain()
    bindContractToIpc(ipc, backend.dispatch, (url) => url === APP_PAGE)
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', '']) {
      expect(await ipc.invoke(url, 'corpus.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    backend.close()
  })

  it('forwards pushed events to the window until it is destroyed', async () => {
    const backend = createBackend(join(tempDirectory(), 'c.sqlite'))
    const sent: unknown[][] = []
    let destroyed = false
    forwardEventsTo({ send: (...args) => void sent.push(args), isDestroyed: () => destroyed }, backend.events)
    backend.events.emit('corpus.changed', { added: 3 })
    expect(sent).toEqual([[IPC_CHANNELS.event, { name: 'corpus.changed', payload: { added: 3 } }]])
    destroyed = true
    backend.events.emit('corpus.changed', { added: 1 })
    backend.events.emit('corpus.changed', { added: 2 })
    expect(sent).toHaveLength(1)
    backend.close()
  })
})
