import type { SlantBridge } from '../../../shared/bridge'
import type { CallInput, CallName, CallOutput, PushedEvent, SlantClient } from '../../../shared/contract'
import type { CallResult, ContractError } from '../../../shared/errors'

/** A failed call, carrying the contract's typed error. */
export class ContractCallError extends Error {
  readonly code: ContractError['code']
  readonly issues: ContractError['issues']

  constructor(error: ContractError) {
    super(error.message)
    this.name = 'ContractCallError'
    this.code = error.code
    this.issues = error.issues
  }
}

function unwrap<T>(result: CallResult<T>): T {
  if (result.ok) return result.value
  throw new ContractCallError(result.error)
}

/** Electron: the preload's bridge over IPC. */
function ipcClient(bridge: SlantBridge): SlantClient {
  return {
    call: async (name, input) => unwrap((await bridge.call(name, input)) as CallResult<never>),
    subscribe: (listener) => bridge.subscribe(listener)
  }
}

/** Browser mode: the same contract over HTTP on this page's own origin, events over SSE. */
function httpClient(): SlantClient {
  const listeners = new Set<(event: PushedEvent) => void>()
  let source: EventSource | null = null
  const connect = () => {
    source = new EventSource('/api/events')
    source.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as PushedEvent
      for (const listener of listeners) listener(event)
    }
  }
  return {
    async call<Name extends CallName>(name: Name, input: CallInput<Name>): Promise<CallOutput<Name>> {
      let response: Response
      try {
        response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {})
        })
      } catch (error) {
        throw new ContractCallError({ code: 'unavailable', message: `Slant's server did not answer (${(error as Error).message}). Is \`slant serve\` still running?` })
      }
      let result: CallResult<CallOutput<Name>>
      try {
        result = (await response.json()) as CallResult<CallOutput<Name>>
      } catch {
        throw new ContractCallError({ code: 'internal', message: `The server answered ${response.status} without a result` })
      }
      return unwrap(result)
    },
    subscribe(listener) {
      listeners.add(listener)
      if (!source) connect()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && source) {
          source.close()
          source = null
        }
      }
    }
  }
}

export const client: SlantClient = window.slant ? ipcClient(window.slant) : httpClient()

/** Electron can hand the services a picked file's path; a browser has to send the content. */
export function pathForFile(file: File): string | null {
  if (!window.slant) return null
  const path = window.slant.pathForFile(file)
  return path || null
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
