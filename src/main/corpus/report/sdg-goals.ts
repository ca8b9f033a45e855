import { SDG_GOALS } from '../../../shared/labels'

// The list lives in src/shared so the renderer's goal pickers use the same names.
export { SDG_GOALS, sdgName } from '../../../shared/labels'

/**
 * Shortened names that reports use but that are not a word-prefix of the official name, so the
 * prefix rule in goalNumberForName would miss them.
 */
const ALIASES: ReadonlyArray<readonly [string, number]> = [
  ['poverty', 1],
  ['end poverty', 1],
  ['hunger', 2],
  ['end hunger', 2],
  ['health', 3],
  ['well-being', 3],
  ['health and well-being', 3],
  ['education', 4],
  ['gender', 5],
  ['water and sanitation', 6],
  ['clean energy', 7],
  ['energy', 7],
  ['economic growth', 8],
  ['infrastructure', 9],
  ['innovation', 9],
  ['inequality', 10],
  ['reduce inequality', 10],
  ['sustainable communities', 11],
  ['responsible consumption', 12],
  ['sustainable consumption and production', 12],
  ['climate', 13],
  ['climate change', 13],
  ['oceans', 14],
  ['marine life', 14],
  ['biodiversity', 15],
  ['justice', 16],
  ['peace and justice', 16],
  ['strong institutions', 16],
  ['partnerships', 17],
  ['global partnership', 17]
]

/**
 * Lower-case words without punctuation, "and"/"&" or plural endings, so "Peace, Justice & Strong
 * Institutions", "Reduced Inequality" and "Good Health and Well-Being" compare equal to the official
 * names. "Well-being" and "wellbeing" both become one word.
 */
function normalisedWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/well[\s-]+being/gu, 'wellbeing')
    .replace(/&/gu, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && word !== 'and')
    .map(singular)
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

const byKey = new Map<string, number>()
for (const goal of SDG_GOALS) byKey.set(normalisedWords(goal.name).join(' '), goal.number)
for (const [alias, number] of ALIASES) byKey.set(normalisedWords(alias).join(' '), number)

const officialWords = SDG_GOALS.map((goal) => ({ number: goal.number, words: normalisedWords(goal.name) }))

/**
 * The goal number for a name as reports write it, or null when it names no goal. Accepts "SDG 10" /
 * "Goal 10: …", the official names with case, punctuation, "&" and singular/plural differences, the
 * aliases above, and the first two or more words of an official name ("Clean Water", "Decent Work").
 */
export function goalNumberForName(name: string): number | null {
  // No goal name is this long; the cap also keeps the patterns below linear on hostile input.
  if (name.length > 200) return null
  const numbered = /^\s*(?:un\s+)?(?:sdg|goal)\s*#?\s*(\d{1,2})\b/iu.exec(name)
  if (numbered) {
    const number = Number(numbered[1])
    return number >= 1 && number <= 17 ? number : null
  }
  const words = normalisedWords(name)
  if (words.length === 0) return null
  const exact = byKey.get(words.join(' '))
  if (exact !== undefined) return exact
  // One word is too little to go on: "Life" or "Clean" could be either of two goals.
  if (words.length < 2) return null
  const prefixed = officialWords.filter((goal) => words.every((word, i) => goal.words[i] === word))
  return prefixed.length === 1 && prefixed[0] ? prefixed[0].number : null
}
