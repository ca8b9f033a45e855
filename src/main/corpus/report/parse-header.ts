import { languageCodeForName } from './language-codes'
import { domainOf, isQuestion } from './report-format'
import { joinLines, sameText, type ReportLine } from './report-lines'
import type { ParsedReport, ReportQuestion } from './report-types'
import { splitRunTogether } from './split-run-together'

export type ReportHeader = Omit<ParsedReport, 'scores' | 'sdgs'>

/** The lines a report gives between the language and the questions, in order. */
const METADATA_PARTS = ['country', 'topics', 'organisations', 'people'] as const

/**
 * Reads everything before the bias scores: title (repeated), outlet domain, summary, language,
 * country, the three run-together lists, then questions each followed by its answer.
 *
 * The language line anchors the layout, because the summary before it may wrap over several lines
 * while everything after it is one line per part. Without a recognisable language, the layout is read
 * by position.
 */
export function parseHeader(
  lines: readonly ReportLine[],
  warnings: string[]
): { ok: true; header: ReportHeader } | { ok: false; reason: string } {
  const first = lines[0]
  if (!first) return { ok: false, reason: 'title is missing (nothing before the bias scores)' }
  if (domainOf(first.text)) return { ok: false, reason: 'title is missing (the report starts with the outlet domain)' }
  const title = first.text

  let next = skipRepeats(lines, 1, title)
  let outletDomain: string | null = null
  const candidate = lines[next]
  const domain = candidate ? domainOf(candidate.text) : null
  if (domain) {
    outletDomain = domain
    next = skipRepeats(lines, next + 1, title)
  } else {
    warnings.push('outlet domain is missing')
  }

  const rest = lines.slice(next)
  const firstQuestion = rest.findIndex((line) => isQuestion(line.text))
  const beforeQuestions = firstQuestion >= 0 ? rest.slice(0, firstQuestion) : rest
  const known = beforeQuestions.findIndex((line) => languageCodeForName(line.text) !== null)
  const languageAt = known >= 0 ? known : guessLanguageLine(rest)
  const summaryLines = languageAt >= 0 ? rest.slice(0, languageAt) : rest.slice(0, 1)
  if (summaryLines.length === 0) warnings.push('summary is missing')

  let language = ''
  let languageCode: string | null = null
  if (languageAt >= 0) {
    language = rest[languageAt]?.text ?? ''
    languageCode = languageCodeForName(language)
    if (!languageCode) warnings.push(`language "${language}" has no known ISO 639-1 code`)
  } else {
    warnings.push('language is missing')
  }

  const afterLanguage = rest.slice(languageAt >= 0 ? languageAt + 1 : summaryLines.length)
  const questionAt = afterLanguage.findIndex((line) => isQuestion(line.text))
  const metadataLines = questionAt >= 0 ? afterLanguage.slice(0, questionAt) : afterLanguage
  const metadata = metadataLines.slice(0, METADATA_PARTS.length).map((line) => line.text)
  for (const part of METADATA_PARTS.slice(metadata.length)) warnings.push(`${part} line is missing`)
  if (metadataLines.length > METADATA_PARTS.length) {
    warnings.push(`${metadataLines.length - METADATA_PARTS.length} unexpected line(s) before the questions were ignored`)
  }

  const questions = questionAt >= 0 ? parseQuestions(afterLanguage.slice(questionAt), warnings) : []
  if (questions.length === 0) warnings.push('questions are missing')

  const [country = '', topics = '', organisations = '', people = ''] = metadata
  return {
    ok: true,
    header: {
      title,
      outletDomain,
      summary: joinLines(summaryLines),
      language,
      languageCode,
      country,
      topics: splitRunTogether(topics),
      organisations: splitRunTogether(organisations),
      people: splitRunTogether(people),
      questions
    }
  }
}

function skipRepeats(lines: readonly ReportLine[], from: number, title: string): number {
  let index = from
  for (let line = lines[index]; line && sameText(line.text, title); line = lines[index]) index++
  return index
}

/**
 * An unknown language ("Klingon") still sits on its own short line right after a one-line summary,
 * followed by the country; a longer second line means the language line was left out.
 */
function guessLanguageLine(rest: readonly ReportLine[]): number {
  const candidate = rest[1]?.text
  if (candidate === undefined || isQuestion(candidate)) return -1
  return /^[\p{L}][\p{L}\p{M} ()'-]{0,39}$/u.test(candidate) && candidate.split(' ').length <= 3 ? 1 : -1
}

function parseQuestions(lines: readonly ReportLine[], warnings: string[]): ReportQuestion[] {
  const pairs: Array<{ question: string; answer: ReportLine[] }> = []
  for (const line of lines) {
    const current = pairs.at(-1)
    if (isQuestion(line.text) || !current) pairs.push({ question: line.text, answer: [] })
    else current.answer.push(line)
  }
  return pairs.map(({ question, answer }) => {
    if (answer.length === 0) warnings.push(`question "${question}" has no answer`)
    return { question, answer: joinLines(answer) }
  })
}
