/**
 * How names are compared. Curly and straight apostrophes, runs of white space and (for the folded
 * key) letter case must not split one name into two entities.
 */
export function exactKey(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim()
}

export function foldedKey(text: string): string {
  return exactKey(text).toLowerCase()
}

/** Acronyms and short all-capital forms ("US", "WHO", "IS") that must only match in capitals. */
export function isCapitalsOnly(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text)
}
