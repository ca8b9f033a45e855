import type { Passage } from '../../../../shared/story-rows'

/** The CSS highlight a jump marks its passage with (styled as ::highlight(slant-passage)). */
export const PASSAGE_HIGHLIGHT = 'slant-passage'

/**
 * The DOM position of an offset in rendered article text: each piece carries data-offset, its start
 * in the stored text (features/article/highlighted-text.tsx), and holds that text as one text node.
 */
function pointAt(root: HTMLElement, offset: number, preferEnd: boolean): { node: Node; offset: number } | null {
  let best: { element: HTMLElement; start: number } | null = null
  for (const element of root.querySelectorAll<HTMLElement>('[data-offset]')) {
    const start = Number(element.dataset.offset)
    const length = element.textContent?.length ?? 0
    const inside = preferEnd ? start < offset && offset <= start + length : start <= offset && offset < start + length
    if (inside && (!best || start > best.start)) best = { element, start }
  }
  if (!best) return null
  const walker = document.createTreeWalker(best.element, NodeFilter.SHOW_TEXT)
  let remaining = offset - best.start
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (remaining <= length) return { node, offset: remaining }
    remaining -= length
  }
  return null
}

/**
 * Scrolls an article's column to a passage and marks it with a CSS highlight (no element is added to
 * the text, so span annotation and selection offsets work as before). Returns the passage's words.
 */
export function jumpToPassage(root: HTMLElement, passage: Passage): string | null {
  const start = pointAt(root, passage.start, false)
  const end = pointAt(root, passage.end, true)
  if (!start || !end) return null
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(PASSAGE_HIGHLIGHT, new Highlight(range))
  const element = start.node.parentElement
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  return range.toString()
}
