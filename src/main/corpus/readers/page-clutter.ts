import type { HtmlDocument } from '../html-text'

/** Never content, whatever their size. */
const STRUCTURAL_CLUTTER = 'nav, [role="navigation"], [role="dialog"], [role="alertdialog"], [aria-modal="true"], [hidden]'
const CONSENT_NAME = /cookie|consent|gdpr|onetrust|didomi|cookiebot|truste|cmp-|privacy-banner/i
/** An article that merely has "cookie" in a class name is longer than any banner. */
const MAX_BANNER_CHARACTERS = 2000
const NEVER_CLUTTER = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'ARTICLE'])

/**
 * Removes consent banners, dialogs and navigation, which Readability can take for content on a short
 * page (it keeps a banner that sits beside a few paragraphs).
 */
export function removeClutter(document: HtmlDocument): void {
  const body = document.body
  if (!body) return
  const doomed = [...body.querySelectorAll(STRUCTURAL_CLUTTER)]
  for (const element of body.querySelectorAll('[id], [class]')) {
    const name = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`
    if (CONSENT_NAME.test(name) && (element.textContent ?? '').length <= MAX_BANNER_CHARACTERS) doomed.push(element)
  }
  for (const element of doomed) {
    if (!NEVER_CLUTTER.has(element.tagName.toUpperCase())) element.remove()
  }
}
