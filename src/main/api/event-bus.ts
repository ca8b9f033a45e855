import type { EventName, EventPayload, PushedEvent } from '../../shared/contract'

export type EventListener = (event: PushedEvent) => void

/** Fans pushed events out to every transport that has a listener (IPC windows, SSE clients, the CLI). */
export class EventBus {
  private readonly listeners = new Set<EventListener>()

  emit<Name extends EventName>(name: Name, payload: EventPayload<Name>): void {
    const event = { name, payload } as PushedEvent
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch (error) {
        // One broken listener (a closed window, a dropped socket) must not stop the others.
        console.error(`Event listener failed on ${name}:`, error)
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
