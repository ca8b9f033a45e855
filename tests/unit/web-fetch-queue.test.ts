import { describe, expect, it } from 'vitest'
import { createFetchQueue } from '../../src/main/corpus/web/fetch-queue'

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** A task the test finishes by hand, to hold a slot for as long as it needs. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {}
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

/** Timers may fire a millisecond early against performance.now(); the queue itself re-checks, a measurement cannot. */
const CLOCK_SLACK_MS = 3

describe('createFetchQueue', () => {
  it('never runs more tasks at once than its concurrency', async () => {
    const queue = createFetchQueue({ concurrency: 3, perHostDelayMs: 0 })
    let inFlight = 0
    let peak = 0
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        queue.run(`https://host-${index}.example/`, async () => {
          inFlight += 1
          peak = Math.max(peak, inFlight)
          await delay(15)
          inFlight -= 1
          return index
        })
      )
    )
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(peak).toBe(3)
    expect(queue.active).toBe(0)
    expect(queue.waiting).toBe(0)
  })

  it('spaces starts to one host without holding up other hosts', async () => {
    const queue = createFetchQueue({ concurrency: 4, perHostDelayMs: 80 })
    const origin = performance.now()
    const starts: Record<string, number[]> = { a: [], b: [] }
    const task = (host: 'a' | 'b') => async () => {
      starts[host]?.push(performance.now() - origin)
    }
    await Promise.all([
      queue.run('https://a.example/1', task('a')),
      queue.run('https://A.example/2', task('a')),
      queue.run('https://a.example:8443/3', task('a')),
      queue.run('https://b.example/1', task('b'))
    ])
    const [first = NaN, second = NaN, third = NaN] = starts.a ?? []
    expect(second - first).toBeGreaterThanOrEqual(80 - CLOCK_SLACK_MS)
    expect(third - second).toBeGreaterThanOrEqual(80 - CLOCK_SLACK_MS)
    expect(starts.b?.[0]).toBeLessThan(40)
  })

  it('frees the slot of a task that fails', async () => {
    const queue = createFetchQueue({ concurrency: 1, perHostDelayMs: 0 })
    const failing = queue.run('https://a.example/', () => {
      throw new Error('broken task')
    })
    const next = queue.run('https://b.example/', async () => 'ran')
    await expect(failing).rejects.toThrow('broken task')
    await expect(next).resolves.toBe('ran')
  })

  it('cancels a waiting task when its signal aborts, and it never runs', async () => {
    const queue = createFetchQueue({ concurrency: 1, perHostDelayMs: 0 })
    const first = gate()
    const running = queue.run('https://a.example/', () => first.promise)
    const controller = new AbortController()
    let ran = false
    const waiting = queue.run(
      'https://b.example/',
      async () => {
        ran = true
      },
      { signal: controller.signal }
    )
    expect(queue.waiting).toBe(1)
    controller.abort()
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' })
    expect(queue.waiting).toBe(0)
    first.open()
    await running
    await delay(10)
    expect(ran).toBe(false)
    expect(queue.active).toBe(0)
  })

  it('refuses a task whose signal is already aborted', async () => {
    const queue = createFetchQueue()
    let ran = false
    const reason = new Error('cancelled by the user')
    const refused = queue.run(
      'https://a.example/',
      async () => {
        ran = true
      },
      { signal: AbortSignal.abort(reason) }
    )
    await expect(refused).rejects.toBe(reason)
    expect(ran).toBe(false)
  })

  it('cancels everything waiting when the queue’s signal aborts, and lets the running task finish', async () => {
    const controller = new AbortController()
    const queue = createFetchQueue({ concurrency: 1, perHostDelayMs: 0, signal: controller.signal })
    const first = gate()
    const running = queue.run('https://a.example/', async () => {
      await first.promise
      return 'finished'
    })
    const waiting = [queue.run('https://b.example/', async () => 'b'), queue.run('https://c.example/', async () => 'c')]
    controller.abort()
    for (const task of waiting) await expect(task).rejects.toMatchObject({ name: 'AbortError' })
    await expect(queue.run('https://d.example/', async () => 'd')).rejects.toMatchObject({ name: 'AbortError' })
    first.open()
    await expect(running).resolves.toBe('finished')
  })

  it('cancels a task waiting on its host’s delay', async () => {
    const queue = createFetchQueue({ concurrency: 4, perHostDelayMs: 10_000 })
    await queue.run('https://a.example/1', async () => {})
    const controller = new AbortController()
    const resting = queue.run('https://a.example/2', async () => 'too soon', { signal: controller.signal })
    expect(queue.waiting).toBe(1)
    controller.abort()
    await expect(resting).rejects.toMatchObject({ name: 'AbortError' })
    expect(queue.waiting).toBe(0)
  })

  it('rejects impossible settings', () => {
    expect(() => createFetchQueue({ concurrency: 0 })).toThrow(RangeError)
    expect(() => createFetchQueue({ perHostDelayMs: -1 })).toThrow(RangeError)
  })
})
