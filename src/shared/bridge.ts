/**
 * The Electron transport's shape, kept apart from contract.ts so the sandboxed preload bundles no
 * schema library: it only forwards, the main process validates.
 */
import type { PushedEvent } from './contract'
import type { CallResult } from './errors'

/** The two IPC channels: calls (invoke) and pushed events (send). */
export const IPC_CHANNELS = { call: 'slant:call', event: 'slant:event' } as const

/** What the preload exposes as window.slant: the contract's transport, nothing more. */
export interface SlantBridge {
  call(name: string, input: unknown): Promise<CallResult<unknown>>
  subscribe(listener: (event: PushedEvent) => void): () => void
  /** The path of a file the user picked or dropped, so large files are read by the services, not sent over IPC. */
  pathForFile(file: File): string
}
