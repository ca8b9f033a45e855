import type { Token } from '../text/tokenize'

/**
 * Whether a sentence states a figure: a number, a percentage, an amount of money, a fraction ("a
 * third"), a multiple ("doubled") or an ordinal used as a rank ("the third strike", "21st"). Dates and
 * codes are not figures: "in 2023", "on 5 March", "Covid-19".
 */

const NUMERIC = /^[£$€¥]?\d[\d,.]*(?:%|k|m|bn|tn|st|nd|rd|th|s)?\.?$/iu
const YEAR = /^(?:1[89]|20)\d\d$/u

const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'dozen', 'dozens', 'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'percent', '%', 'twice',
  'doubled', 'tripled', 'halved', 'quadrupled', 'fourfold', 'threefold', 'twofold', 'tenfold'
])

/** Ordinals from "second" up: "first" is mostly "for the first time" or "at first", not a figure. */
const ORDINALS = new Set([
  'second', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'twentieth',
  'hundredth'
])

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/** Words before a year that make it a date: "in 2021", "since 2008". */
const DATE_LEAD = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'of', 'during', 'early', 'late', 'mid', 'to', 'through', 'between', 'and'])

function lower(token: Token | undefined): string {
  return token ? token.value.toLowerCase() : ''
}

function isDate(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const previous = lower(tokens[index - 1])
  const next = lower(tokens[index + 1])
  if (MONTHS.has(previous) || MONTHS.has(next)) return /^\d{1,4}(?:st|nd|rd|th)?$/u.test(token.value)
  return YEAR.test(token.value) && (DATE_LEAD.has(previous) || MONTHS.has(lower(tokens[index - 2])))
}

/** "Covid-19", "G7": digits glued to letters are a name. */
function isCode(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const hyphen = tokens[index - 1]
  const word = tokens[index - 2]
  return hyphen?.value === '-' && hyphen.end === token.start && word !== undefined && word.end === hyphen.start && /\p{L}$/u.test(word.value)
}

export function isFigureToken(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const word = token.value.toLowerCase()
  if (/\d/u.test(word)) return NUMERIC.test(token.value) && !isDate(tokens, index) && !isCode(tokens, index)
  if (NUMBER_WORDS.has(word) || ORDINALS.has(word)) return true
  // "per cent" is two words; "one in five" needs the pattern to be a figure.
  if (word === 'per' && lower(tokens[index + 1]) === 'cent') return true
  return word === 'one' && lower(tokens[index + 1]) === 'in'
}

export function hasFigure(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isFigureToken(tokens, index)) return true
  return false
}
