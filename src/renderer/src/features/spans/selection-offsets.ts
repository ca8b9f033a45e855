/**
 * Turns a DOM selection inside the article text into offsets into the stored text. Every rendered
 * piece of the text carries data-offset, the stored-text index where it starts; an offset inside a
 * text node is counted in UTF-16 code units, as JavaScript strings are, so piece start plus node
 * offset is exact in any script and across the highlight markup. innerText is never used: it drops
 * the paragraph breaks the rendering leaves out and would shift every later offset.
 */

const PIECE = '[data-offset]'

function pieceStart(node: Node): number | null {
  const element = node instanceof Element ? node : node.parentElement
  const piece = element?.closest<HTMLElement>(PIECE)
  if (!piece?.dataset.offset) return null
  return Number(piece.dataset.offset)
}

/** The text nodes of the rendered text in document order, each with its stored-text start. */
function textNodes(root: HTMLElement): { node: Text; start: number }[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: { node: Text; start: number }[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = pieceStart(node)
    // A piece renders one text node; text outside pieces (none today) has no place in the stored text.
    if (start !== null) nodes.push({ node: node as Text, start })
  }
  return nodes
}

/**
 * The stored-text offset of a selection boundary. A boundary inside a text node maps directly; one
 * between elements (a triple click, a selection dragged past a paragraph's end) maps to the start of
 * the next piece, or the end of the last when nothing follows.
 */
function boundaryOffset(nodes: { node: Text; start: number }[], container: Node, offset: number): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const found = nodes.find((entry) => entry.node === container)
    if (found) return found.start + offset
  }
  const point = container.ownerDocument?.createRange()
  if (!point) return null
  point.setStart(container, offset)
  for (const entry of nodes) {
    // The first text node that lies after the boundary point.
    if (point.comparePoint(entry.node, 0) >= 0) return entry.start
  }
  const last = nodes.at(-1)
  return last ? last.start + last.node.data.length : null
}

/** The selected span of the stored text, with surrounding whitespace left out; null when nothing inside the root is selected. */
export function offsetsOfRange(root: HTMLElement, range: Range, text: string): { start: number; end: number } | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null
  const nodes = textNodes(root)
  let start = boundaryOffset(nodes, range.startContainer, range.startOffset)
  let end = boundaryOffset(nodes, range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return start < end ? { start, end } : null
}
