const UNITS = ['bytes', 'KiB', 'MiB', 'GiB'] as const

/** Sizes as a researcher reads them in a report: "1 MiB", "20.5 MiB", "512 bytes". */
export function formatByteSize(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  const rounded = unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(1)
  return `${rounded} ${UNITS[unit] ?? 'bytes'}`
}
