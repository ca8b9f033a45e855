/**
 * ISO 639-1 codes for the languages reports are likely to name, keyed by the English name and, for the
 * larger ones, the name in the language itself (a report may be produced in the article's language).
 */
const CODES: Readonly<Record<string, string>> = {
  afrikaans: 'af', albanian: 'sq', arabic: 'ar', armenian: 'hy', azerbaijani: 'az', basque: 'eu',
  belarusian: 'be', bengali: 'bn', bosnian: 'bs', bulgarian: 'bg', catalan: 'ca', chinese: 'zh',
  mandarin: 'zh', croatian: 'hr', czech: 'cs', danish: 'da', dutch: 'nl', flemish: 'nl', english: 'en',
  estonian: 'et', filipino: 'tl', tagalog: 'tl', finnish: 'fi', french: 'fr', galician: 'gl',
  georgian: 'ka', german: 'de', greek: 'el', gujarati: 'gu', hebrew: 'he', hindi: 'hi', hungarian: 'hu',
  icelandic: 'is', indonesian: 'id', irish: 'ga', italian: 'it', japanese: 'ja', kazakh: 'kk',
  korean: 'ko', latvian: 'lv', lithuanian: 'lt', macedonian: 'mk', malay: 'ms', maltese: 'mt',
  marathi: 'mr', nepali: 'ne', norwegian: 'no', persian: 'fa', farsi: 'fa', polish: 'pl',
  portuguese: 'pt', punjabi: 'pa', romanian: 'ro', russian: 'ru', serbian: 'sr', slovak: 'sk',
  slovenian: 'sl', somali: 'so', spanish: 'es', swahili: 'sw', swedish: 'sv', tamil: 'ta', telugu: 'te',
  thai: 'th', turkish: 'tr', ukrainian: 'uk', urdu: 'ur', uzbek: 'uz', vietnamese: 'vi', welsh: 'cy',
  deutsch: 'de', français: 'fr', francais: 'fr', español: 'es', espanol: 'es', italiano: 'it',
  português: 'pt', nederlands: 'nl', polski: 'pl', русский: 'ru', українська: 'uk', türkçe: 'tr',
  svenska: 'sv', norsk: 'no', dansk: 'da', suomi: 'fi', 中文: 'zh', 日本語: 'ja', 한국어: 'ko', العربية: 'ar'
}

/** The ISO 639-1 code for a language name such as "English" or "german", or null when unknown. */
export function languageCodeForName(name: string): string | null {
  if (name.length > 40) return null
  const key = name.trim().toLowerCase().replace(/\s+language$/u, '')
  return Object.hasOwn(CODES, key) ? (CODES[key] ?? null) : null
}

/** The English name for an ISO 639-1 code ("en" -> "English"), or the code itself when unknown. */
export function languageNameForCode(code: string): string {
  for (const [name, known] of Object.entries(CODES)) {
    // The table lists each language's English name before its own-language names.
    if (known === code && /^[a-z]+$/u.test(name)) return name.charAt(0).toUpperCase() + name.slice(1)
  }
  return code
}
