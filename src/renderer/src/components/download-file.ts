/**
 * Saves generated content as a file through a download link: a browser (`slant serve`) offers it
 * for saving, and Electron does the same through its download handling. The URL is freed once used.
 */
export function downloadFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A file name from a title: lower case, words joined by hyphens, nothing a file system refuses. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 80)
  return `${base || 'slant'}.${extension}`
}
