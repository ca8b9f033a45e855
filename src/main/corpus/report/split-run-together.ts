/**
 * Recovers list items whose separators were lost when a report was copied as text, e.g.
 * "BbcUn Security CouncilLazarus Group" → ["Bbc", "Un Security Council", "Lazarus Group"].
 *
 * The core rule: an item starts where an upper-case letter directly follows a lower-case one. Three
 * more places are boundaries too: before the last capital of an all-caps run followed by a word
 * ("NATOBybit", "SpaceXTesla"), after a digit ("Covid-19Vaccines") and after a closing bracket.
 *
 * Names that are themselves written in camel case would be cut by those rules, so they are protected:
 * - a word that starts with one lower-case letter before a capital ("iPhone", "eBay", "mRNA");
 * - surname particles written solid with a capitalised stem ("McDonald", "MacArthur", "DeSantis",
 *   "LeBron", "DiCaprio", "DuPont", "LaGuardia"), see SURNAME_PARTICLES;
 * - a gazetteer of camel-case brands and names (CAMEL_CASE_NAMES).
 *
 * Known limits: a camel-case name missing from the gazetteer is cut ("HubSpot" → "Hub", "Spot"); an
 * item ending in a particle word ("Lady Di") glues to a following item; and a lower-case-initial name
 * right after a lower-case letter is not recognised ("AmazoneBay" → "Amazone", "Bay"), because
 * recognising it would also cut "Marine LifeBay Area" into "Marine Lif" and "eBay Area".
 */

const CAMEL_CASE_NAMES: readonly string[] = [
  'AstraZeneca', 'ArcelorMittal', 'BioNTech', 'BlackBerry', 'BlackRock', 'BuzzFeed', 'ByteDance', 'ChatGPT',
  'CoinDesk', 'ConocoPhillips', 'CrowdStrike', 'DeepMind', 'DeepSeek', 'DoorDash', 'ExxonMobil', 'FaceTime',
  'FedEx', 'GameStop', 'GitHub', 'GlaxoSmithKline', 'HarperCollins', 'HuffPost', 'JetBlue', 'JPMorgan',
  'LinkedIn', 'MrBeast', 'NextEra', 'OnlyFans', 'OpenAI', 'PayPal', 'PepsiCo', 'PlayStation', 'PricewaterhouseCoopers',
  'QAnon', 'SmithKline', 'SoftBank', 'SolarWinds', 'SpaceX', 'ThyssenKrupp', 'TikTok', 'WeChat', 'WhatsApp',
  'WikiLeaks', 'YouTube', 'easyJet', 'eBay', 'iMac', 'iOS', 'iPad', 'iPhone', 'iPod', 'macOS', 'xAI',
  // Also covered by the particle rule; listed so the best-known cases survive any change to that rule.
  'DeSantis', 'LeBron', 'MacArthur', 'McDonald', 'McKinsey'
]

/** Written solid before a capitalised stem; only honoured at the start of a word. */
const SURNAME_PARTICLES: readonly string[] = ['Mac', 'Mc', 'De', 'Di', 'Du', 'La', 'Le']

const UPPER = /^[\p{Lu}\p{Lt}]$/u
const LOWER = /^\p{Ll}$/u
const LETTER = /^\p{L}$/u
const MARK = /^\p{M}$/u
const DIGIT = /^\p{Nd}$/u
const CLOSING_BRACKET = /^[)\]}]$/u

/** Lines and tabs are separators that survived; items never span them. */
const HARD_SEPARATOR = /[\r\n\t\f\v\u2028\u2029]+/u

const gazetteerByFirstChar = groupByFirstChar(CAMEL_CASE_NAMES.map((name) => Array.from(name)))
const PARTICLE_CHARS = SURNAME_PARTICLES.map((particle) => Array.from(particle))

function groupByFirstChar(names: string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>()
  for (const name of names) {
    const first = name[0]
    if (first === undefined) continue
    const group = groups.get(first) ?? []
    group.push(name)
    groups.set(first, group)
  }
  // Longest first, so where two names share a beginning the longer one that fits wins.
  for (const group of groups.values()) group.sort((a, b) => b.length - a.length)
  return groups
}

export function splitRunTogether(text: string): string[] {
  const items: string[] = []
  for (const segment of text.split(HARD_SEPARATOR)) {
    for (const piece of splitSegment(Array.from(segment))) {
      const item = piece.replace(/\s+/gu, ' ').trim()
      if (item) items.push(item)
    }
  }
  return items
}

function splitSegment(chars: string[]): string[] {
  const is = (pattern: RegExp, index: number): boolean => index >= 0 && pattern.test(chars[index] ?? '')
  // Combining marks belong to the letter before them, so "e\u0301" still counts as a lower-case letter.
  const baseBefore = (index: number): number => {
    let j = index - 1
    while (j >= 0 && is(MARK, j)) j--
    return j
  }
  const isWordStart = (index: number): boolean => !is(LETTER, baseBefore(index))
  const lowerRunAfter = (index: number): number => {
    let length = 0
    while (is(LOWER, index + 1 + length)) length++
    return length
  }

  const boundaries = new Set<number>()
  for (let i = 1; i < chars.length; i++) {
    if (!is(UPPER, i)) continue
    const before = baseBefore(i)
    if (is(LOWER, before)) boundaries.add(i)
    // Two lower-case letters keep plural acronyms ("CEOs", "NGOs") whole.
    else if (is(UPPER, before) && lowerRunAfter(i) >= 2) boundaries.add(i)
    else if ((is(DIGIT, before) && lowerRunAfter(i) >= 1) || is(CLOSING_BRACKET, before)) boundaries.add(i)
  }

  for (const i of [...boundaries]) {
    const before = baseBefore(i)
    if (is(LOWER, before) && isWordStart(before)) boundaries.delete(i)
  }

  const protectedChars = protectGazetteerNames(chars, boundaries, isWordStart)

  for (let s = 0; s < chars.length; s++) {
    if (!(isWordStart(s) || boundaries.has(s)) || protectedChars[s]) continue
    for (const particle of PARTICLE_CHARS) {
      const stem = s + particle.length
      if (startsWithAt(chars, s, particle) && is(UPPER, stem) && is(LOWER, stem + 1)) {
        boundaries.delete(stem)
        break
      }
    }
  }

  const pieces: string[] = []
  let start = 0
  for (const boundary of [...boundaries].sort((a, b) => a - b)) {
    pieces.push(chars.slice(start, boundary).join(''))
    start = boundary
  }
  pieces.push(chars.slice(start).join(''))
  return pieces
}

/** Removes the boundaries inside gazetteer names; returns which characters those names cover. */
function protectGazetteerNames(
  chars: string[],
  boundaries: Set<number>,
  isWordStart: (index: number) => boolean
): Uint8Array {
  const covered = new Uint8Array(chars.length)
  let s = 0
  while (s < chars.length) {
    const candidates = gazetteerByFirstChar.get(chars[s] ?? '')
    // A name must begin an item or a word: "eBay" is not inside "TheBay".
    const match =
      candidates && (isWordStart(s) || boundaries.has(s))
        ? candidates.find((name) => matchesAt(chars, s, name))
        : undefined
    if (!match) {
      s++
      continue
    }
    const end = s + match.length
    for (let i = s + 1; i < end; i++) boundaries.delete(i)
    covered.fill(1, s, end)
    s = end
  }
  return covered
}

function startsWithAt(chars: string[], start: number, prefix: string[]): boolean {
  for (let k = 0; k < prefix.length; k++) if (chars[start + k] !== prefix[k]) return false
  return true
}

function matchesAt(chars: string[], start: number, name: string[]): boolean {
  if (!startsWithAt(chars, start, name)) return false
  // The name must end there too: "PayPals" or "eBay\u0301" is some other word.
  const next = chars[start + name.length]
  return next === undefined || !(LOWER.test(next) || MARK.test(next))
}
