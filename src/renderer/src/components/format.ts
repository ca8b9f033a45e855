export function formatDate(value: string | null): string {
  if (!value) return ''
  return value.length === 10 ? value : value.slice(0, 10)
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US')
}

export function formatDateTime(value: string | null): string {
  if (!value) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString()
}
