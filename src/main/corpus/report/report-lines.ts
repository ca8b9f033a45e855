/** A non-blank line of a report, trimmed, remembering whether blank lines preceded it. */
export interface ReportLine {
  text: string
  blankBefore: boolean
}

/** Also splits on Unicode line and paragraph separators, which some copy-paste paths produce. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/u

export function reportLines(text: string): ReportLine[] {
  const lines: ReportLine[] = []
  let blankBefore = false
  for (const raw of text.split(LINE_BREAK)) {
    // trim() also strips a byte-order mark and no-break spaces.
    const trimmed = raw.trim()
    if (!trimmed) {
      blankBefore = true
      continue
    }
    lines.push({ text: trimmed, blankBefore })
    blankBefore = false
  }
  return lines
}

/** Wrapped lines rejoin with a space; paragraphs that were separated by a blank line stay separate. */
export function joinLines(lines: readonly ReportLine[]): string {
  let joined = ''
  for (const line of lines) {
    if (joined) joined += line.blankBefore ? '\n\n' : ' '
    joined += line.text
  }
  return joined
}

export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/gu, ' ').toLowerCase() === b.replace(/\s+/gu, ' ').toLowerCase()
}
