/** Where the CLI writes; tests pass their own to capture output. */
export interface Terminal {
  out(line: string): void
  err(line: string): void
  /** Redraws the status line in place (TTY only; a no-op elsewhere). */
  status(line: string): void
  clearStatus(): void
  isTTY: boolean
}

export function processTerminal(): Terminal {
  const isTTY = Boolean(process.stderr.isTTY)
  let statusShown = false
  return {
    isTTY,
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
    status: (line) => {
      if (!isTTY) return
      const width = process.stderr.columns ?? 100
      process.stderr.write(`\r${line.slice(0, width - 1).padEnd(width - 1)}`)
      statusShown = true
    },
    clearStatus: () => {
      if (!isTTY || !statusShown) return
      process.stderr.write(`\r${' '.repeat((process.stderr.columns ?? 100) - 1)}\r`)
      statusShown = false
    }
  }
}

export function progressBar(fraction: number | null, width = 24): string {
  if (fraction === null) return `[${'?'.repeat(width)}]`
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(fraction * 100)
    .toString()
    .padStart(3)}%`
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US')
}

export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`
}
