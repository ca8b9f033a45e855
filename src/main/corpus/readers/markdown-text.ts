/**
 * Markdown to plain prose: the stored text is what a reader sees, not the syntax around it. Code
 * blocks keep their content; images, reference definitions and rules go.
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/
const CLOSING_HASHES = /\s+#+\s*$/
const SETEXT_OR_RULE = /^\s{0,3}(?:=+|-+|(?:[-*_]\s*){3,})\s*$/
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+/
const BLOCKQUOTE = /^\s*(?:>\s?)+/
const BULLET = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?/
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/

/**
 * Inline syntax: images, links, code, emphasis, HTML tags and backslash escapes. Spans are bounded
 * so a long line full of stray brackets or asterisks stays linear.
 */
function stripInlineMarkdown(line: string): string {
  return (
    line
      .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, '')
      .replace(/!\[[^\]\n]{0,500}\]\[[^\]\n]{0,500}\]/g, '')
      .replace(/\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)/g, '$1')
      .replace(/\[([^\]\n]{1,500})\]\[[^\]\n]{0,500}\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]{1,2000})>/g, '$1')
      .replace(/<!--[\s\S]{0,2000}?-->/g, '')
      .replace(/<\/?[a-z][a-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?\/?>/gi, '')
      .replace(/(`+)([^`\n]{1,500}?)\1/g, '$2')
      .replace(/(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1/g, '$2')
      .replace(/~~(?=\S)(.{1,500}?)(?<=\S)~~/g, '$1')
      .replace(/(^|[^\w*])\*(?=\S)(.{1,500}?)(?<=\S)\*(?![\w*])/g, '$1$2')
      // Underscores inside words (snake_case) are not emphasis.
      .replace(/(^|[^\w])_(?=\S)(.{1,500}?)(?<=\S)_(?!\w)/g, '$1$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
  )
}

function tableRow(line: string): string | null {
  if (!/^\s*\|.*\|\s*$/.test(line)) return null
  return line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0)
    .join(' ')
}

export function markdownToText(markdown: string): string {
  const out: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const fenceMatch = FENCE.exec(line)
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) fence = null
      else out.push(line)
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1] ?? '```'
      continue
    }
    if (SETEXT_OR_RULE.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) {
      // A rule or underline between paragraphs still separates them.
      if (SETEXT_OR_RULE.test(line)) out.push('')
      continue
    }
    let text = line.replace(BLOCKQUOTE, '')
    if (HEADING.test(text)) text = text.replace(HEADING, '').replace(CLOSING_HASHES, '')
    text = tableRow(text) ?? text.replace(BULLET, '')
    out.push(stripInlineMarkdown(text))
  }
  return out.join('\n').replace(/\n(?:[ \t]*\n){2,}/g, '\n\n')
}

/** A Markdown title line as text: no leading #'s, emphasis or link syntax. */
export function markdownTitle(line: string): string {
  return stripInlineMarkdown(line.replace(BLOCKQUOTE, '').replace(HEADING, '').replace(CLOSING_HASHES, '')).trim()
}
