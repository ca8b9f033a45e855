/**
 * Regular English inflections of a lexicon word, so one entry ("slam") matches "slams", "slammed" and
 * "slamming". wink's lemmas alone are not enough: it leaves capitalised words at the start of a
 * sentence untouched ("Thugs" stays "thugs") because it tags them as proper nouns. Forms that are not
 * real words ("lefted") cost nothing: they never occur in text.
 */

// Words too short or too grammatical to inflect: "of" must not become "ofs".
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'but', 'as', 'so', 'up', 'out', 'off', 'it', 'its', 'is', 'be', 'with', 'from', 'that', 'this', 'than', 'not', 'no', 'all', 'some', 'many', 'most', 'who', 'what', 'say', 'says', 'said'])

const CONSONANT_Y = /[^aeiou]y$/
// Short stressed closed syllable: "slam", "rip", "gut" double their last consonant ("slammed").
const DOUBLES = /(^|[^aeiou])[aeiou][bdgklmnprtv]$/

function verbAndNounForms(base: string, out: Set<string>): void {
  const last = base.at(-1) ?? ''
  if (/(s|x|z|ch|sh)$/.test(base)) out.add(`${base}es`)
  else if (CONSONANT_Y.test(base)) out.add(`${base.slice(0, -1)}ies`)
  else out.add(`${base}s`)

  if (base.endsWith('e')) out.add(`${base}d`)
  else if (CONSONANT_Y.test(base)) out.add(`${base.slice(0, -1)}ied`)
  else out.add(`${base}ed`)

  if (base.endsWith('ie')) out.add(`${base.slice(0, -2)}ying`)
  else if (base.endsWith('e') && !base.endsWith('ee')) out.add(`${base.slice(0, -1)}ing`)
  else out.add(`${base}ing`)

  if (DOUBLES.test(base)) {
    out.add(`${base}${last}ed`)
    out.add(`${base}${last}ing`)
  }
}

/** British and American spellings are the same word to a reader: "criticise" and "criticize". */
function spellingVariants(word: string): string[] {
  const variants = [word]
  if (/is(e|ed|es|ing|ation|ations)$/.test(word)) variants.push(word.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1'))
  else if (/iz(e|ed|es|ing|ation|ations)$/.test(word)) variants.push(word.replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1'))
  if (/our$/.test(word) && word.length > 5) variants.push(word.replace(/our$/, 'or'))
  return variants
}

/** The word, its lemma and their regular inflections, all lower case. */
export function wordForms(word: string, lemma: string | null = null): Set<string> {
  const out = new Set<string>()
  const bases = new Set([word, ...(lemma ? [lemma] : [])].flatMap(spellingVariants))
  for (const base of bases) {
    out.add(base)
    if (base.length >= 3 && !FUNCTION_WORDS.has(base) && /^[a-z]+$/.test(base)) verbAndNounForms(base, out)
    // Hyphenated compounds inflect at the end: "gun-grabber" -> "gun-grabbers".
    else if (/^[a-z'-]+-[a-z]+$/.test(base) && !base.endsWith('s')) out.add(`${base}s`)
  }
  return out
}
