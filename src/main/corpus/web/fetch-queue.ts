export interface FetchQueueOptions {
  /** Tasks running at once, over all hosts. Default 4. */
  concurrency?: number
  /** Least time between the starts of two tasks for the same host name. Default 250 ms. */
  perHostDelayMs?: number
  /** Cancels every task still waiting, now and later (an import being cancelled). */
  signal?: AbortSignal
}

export interface RunOptions {
  /** Cancels this task while it waits; a task already running gets no signal from the queue. */
  signal?: AbortSignal
}

export interface FetchQueue {
  /**
   * Runs the task when a slot is free and its host has rested; a cancelled waiting task rejects
   * with the signal's reason and never runs.
   */
  run<T>(url: string, task: () => Promise<T>, options?: RunOptions): Promise<T>
  /** Tasks running now. */
  readonly active: number
  /** Tasks waiting for a slot or for their host. */
  readonly waiting: number
}

interface Waiting {
  host: string
  start: () => void
  cancel: (reason: unknown) => void
}

/** Spacing is per host name: unparseable URLs fail fast on their own and need no spacing. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return ''
  }
}

/**
 * Limits how many fetches run at once and spaces the starts of fetches to the same host, so an
 * import of many links from one site does not hammer it. Hosts that are resting do not hold up others.
 */
export function createFetchQueue(options: FetchQueueOptions = {}): FetchQueue {
  const concurrency = options.concurrency ?? 4
  const perHostDelayMs = options.perHostDelayMs ?? 250
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1, not ${concurrency}`)
  if (!(perHostDelayMs >= 0) || !Number.isFinite(perHostDelayMs)) throw new RangeError(`perHostDelayMs must be zero or more, not ${perHostDelayMs}`)

  const queue: Waiting[] = []
  const lastStart = new Map<string, number>()
  let active = 0
  let wakeTimer: ReturnType<typeof setTimeout> | null = null

  function readyAt(host: string): number {
    const last = host ? lastStart.get(host) : undefined
    return last === undefined ? 0 : last + perHostDelayMs
  }

  function pump(): void {
    if (wakeTimer) {
      clearTimeout(wakeTimer)
      wakeTimer = null
    }
    const now = performance.now()
    for (const [host, last] of lastStart) if (now - last >= perHostDelayMs) lastStart.delete(host)
    let earliest = Infinity
    for (let index = 0; index < queue.length && active < concurrency; ) {
      const entry = queue[index]
      if (!entry) break
      const at = readyAt(entry.host)
      if (at > now) {
        earliest = Math.min(earliest, at)
        index += 1
        continue
      }
      queue.splice(index, 1)
      if (entry.host) lastStart.set(entry.host, now)
      active += 1
      entry.start()
    }
    if (active < concurrency && Number.isFinite(earliest)) {
      wakeTimer = setTimeout(pump, Math.max(1, Math.ceil(earliest - now)))
    }
  }

  function cancelWaiting(reason: unknown): void {
    for (const entry of queue.splice(0)) entry.cancel(reason)
    pump()
  }
  options.signal?.addEventListener('abort', () => cancelWaiting(options.signal?.reason), { once: true })

  function run<T>(url: string, task: () => Promise<T>, runOptions: RunOptions = {}): Promise<T> {
    const signals = [options.signal, runOptions.signal].filter((signal) => signal !== undefined)
    const aborted = signals.find((signal) => signal.aborted)
    if (aborted) return Promise.reject(aborted.reason)

    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        const index = queue.indexOf(entry)
        if (index < 0) return
        queue.splice(index, 1)
        entry.cancel(runOptions.signal?.reason)
        pump()
      }
      const entry: Waiting = {
        host: hostOf(url),
        start: () => {
          runOptions.signal?.removeEventListener('abort', onAbort)
          // A task that throws synchronously must still free its slot.
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              active -= 1
              pump()
            })
        },
        cancel: (reason) => {
          runOptions.signal?.removeEventListener('abort', onAbort)
          reject(reason)
        }
      }
      runOptions.signal?.addEventListener('abort', onAbort, { once: true })
      queue.push(entry)
      pump()
    })
  }

  return {
    run,
    get active() {
      return active
    },
    get waiting() {
      return queue.length
    }
  }
}
