/**
 * Peak resident memory while a piece of async work runs, sampled every `intervalMs` in this process.
 * A timer only fires when the work yields, so a scan that runs synchronously per batch is sampled
 * between its batches: process.resourceUsage().maxRSS, the kernel's own high-water mark for the
 * process, is the figure that cannot miss a peak.
 */
export interface RssSamples {
  before: number
  peakSampled: number
  /** Where the sampled peak sat: the V8 heap, Buffers and typed arrays, and the rest (native: SQLite's cache, code). */
  atPeak: { heapUsed: number; heapTotal: number; external: number; native: number }
  samples: number
  /** Lifetime high-water mark of the process, in bytes. */
  maxRss: number
}

export async function sampleRss<T>(work: () => Promise<T>, intervalMs = 100): Promise<{ result: T; rss: RssSamples }> {
  const before = process.memoryUsage.rss()
  let peak = process.memoryUsage()
  let samples = 0
  const sample = () => {
    const usage = process.memoryUsage()
    if (usage.rss > peak.rss) peak = usage
  }
  const timer = setInterval(() => {
    samples++
    sample()
  }, intervalMs)
  try {
    const result = await work()
    sample()
    return {
      result,
      rss: {
        before,
        peakSampled: peak.rss,
        atPeak: { heapUsed: peak.heapUsed, heapTotal: peak.heapTotal, external: peak.external, native: peak.rss - peak.heapTotal - peak.external },
        samples,
        maxRss: process.resourceUsage().maxRSS * 1024
      }
    }
  } finally {
    clearInterval(timer)
  }
}
