import { ContractFailure } from '../../../shared/errors'
import type { ArticleDifferences, ComparedArticle, CoverageCell, CoverageKind, CoverageRow, HeadlineWord, Passage, SpeakerQuotes, StoryComparison } from '../../../shared/story-rows'
import type { Db } from '../../db/open-database'
import { ArticleFactsReader, type ArticleFacts } from '../omission/article-facts'
import { claimWords, locateClaim, locateFigure, locateName, locateVoice, sentencesOf } from './locate-facts'

/** Claims each article contributes as rows, and rows of claims in all: a matrix, not the articles again. */
const CLAIMS_PER_ARTICLE = 8
const CLAIM_ROWS = 30
const QUOTE_CHARACTERS = 400
const KIND_ORDER: Record<CoverageKind, number> = { name: 0, figure: 1, voice: 2, claim: 3 }

interface Compared {
  meta: ComparedArticle
  text: string
  facts: ArticleFacts
  runId: number | null
  sentences: Passage[]
}

function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/u)
  return words[words.length - 1] ?? ''
}

function shorten(text: string, limit: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  return flat.length > limit ? `${flat.slice(0, limit - 1).trimEnd()}…` : flat
}

function readArticles(db: Db, articleIds: number[]): Compared[] {
  const statement = db.prepare<[number], { id: number; title: string | null; outlet: string | null; publishedAt: string | null; storyId: number | null; text: string; runId: number | null }>(
    `SELECT a.id, a.title, o.name AS outlet, a.published_at AS publishedAt, m.story_id AS storyId, a.text,
       (SELECT max(x.run_id) FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id WHERE x.article_id = a.id AND r.origin = 'slant') AS runId
     FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN story_articles m ON m.article_id = a.id WHERE a.id = ?`
  )
  const reader = new ArticleFactsReader(db)
  return articleIds.map((articleId) => {
    const row = statement.get(articleId)
    if (!row) throw new ContractFailure('not_found', `No article ${articleId} in this corpus; it may have been deleted.`)
    const facts = reader.read(articleId)
    return {
      meta: { articleId, title: row.title ?? '', outlet: row.outlet, publishedAt: row.publishedAt, storyId: row.storyId, analysed: facts !== null },
      text: row.text,
      // An article Slant has not analysed is still searched for names and reported speech in its text.
      facts: facts ?? { articleId, title: row.title ?? '', outlet: row.outlet, searchText: row.text.toLowerCase(), names: [], figures: [], voices: [], unattributedClaims: [] },
      runId: row.runId,
      sentences: sentencesOf(row.text)
    }
  })
}

function row(key: string, kind: CoverageKind, item: string, detail: string | null, cells: CoverageCell[]): CoverageRow {
  return { key, kind, item, detail, carriedBy: cells.filter((cell) => cell.mentioned).length, cells }
}

/** Names across the articles, outlets' own names left out; a lone surname joins the person it belongs to. */
function nameRows(articles: Compared[]): CoverageRow[] {
  const outlets = new Set(articles.map((article) => article.meta.outlet?.toLowerCase()).filter(Boolean))
  const names = new Map<string, { display: string; kind: string }>()
  for (const article of articles) for (const name of article.facts.names) if (!outlets.has(name.key) && !names.has(name.key)) names.set(name.key, { display: name.display, kind: name.kind })
  const people = [...names].filter(([key, name]) => name.kind === 'person' && key.includes(' '))
  for (const [key, name] of [...names]) {
    if (name.kind === 'person' && !key.includes(' ') && people.some(([other]) => lastWord(other) === key)) names.delete(key)
  }
  return [...names].map(([key, name]) => row(`name:${key}`, 'name', name.display, name.kind, articles.map((article) => locateName(article.facts, article.text, key, name.kind))))
}

function figureRows(articles: Compared[]): CoverageRow[] {
  const figures = new Map<string, string>()
  for (const article of articles) for (const figure of article.facts.figures) if (!figures.has(figure.value)) figures.set(figure.value, article.text.slice(figure.start, figure.end) || figure.value)
  return [...figures].map(([value, written]) =>
    row(`figure:${value}`, 'figure', written, null, articles.map((article) => {
      const passage = locateFigure(article.facts, value)
      return { mentioned: passage !== null, passage }
    }))
  )
}

/** Speakers across the articles; one person quoted by full name in one and by surname in another is one voice. */
function voiceRows(articles: Compared[]): CoverageRow[] {
  const voices = new Map<string, { display: string; type: string | null }>()
  for (const article of articles) {
    for (const voice of article.facts.voices) {
      const surname = lastWord(voice.key)
      const same = [...voices.keys()].find((key) => key === voice.key || (surname.length >= 3 && lastWord(key) === surname))
      if (!same) voices.set(voice.key, { display: voice.display, type: voice.type })
      else if (voice.display.length > (voices.get(same)?.display.length ?? 0)) voices.set(same, { display: voice.display, type: voice.type ?? voices.get(same)?.type ?? null })
    }
  }
  return [...voices].map(([key, voice]) =>
    row(`voice:${key}`, 'voice', voice.display, voice.type, articles.map((article) => {
      const passage = locateVoice(article.facts, article.text, key)
      return { mentioned: passage !== null, passage }
    }))
  )
}

/**
 * Check-worthy claims (sentences stating a figure or attributing a statement), one row per claim
 * however many articles make it: an article carries a claim when one of its sentences holds most of
 * the claim's figures and content words.
 */
function claimRows(db: Db, articles: Compared[]): CoverageRow[] {
  const claims = db.prepare<[number, number], { start: number; end: number; reasons: string }>(
    'SELECT start_offset AS start, end_offset AS end, reasons FROM article_claims WHERE run_id = ? AND article_id = ? ORDER BY start_offset'
  )
  const rows: CoverageRow[] = []
  articles.forEach((article, index) => {
    if (article.runId === null) return
    const own = claims
      .all(article.runId, article.meta.articleId)
      .filter((claim) => {
        const reasons = JSON.parse(claim.reasons) as string[]
        return reasons.includes('figure') || reasons.includes('attribution')
      })
      .slice(0, CLAIMS_PER_ARTICLE)
    for (const claim of own) {
      if (rows.length >= CLAIM_ROWS) return
      // Already a row: an earlier article's claim found this very sentence.
      if (rows.some((existing) => existing.cells[index]?.passage && (existing.cells[index]?.passage?.start ?? 0) < claim.end && (existing.cells[index]?.passage?.end ?? 0) > claim.start)) continue
      const sentence = article.text.slice(claim.start, claim.end)
      const words = claimWords(sentence)
      const cells = articles.map((other, otherIndex): CoverageCell => {
        if (otherIndex === index) return { mentioned: true, passage: { start: claim.start, end: claim.end } }
        const passage = locateClaim(other.text, other.sentences, words)
        return { mentioned: passage !== null, passage }
      })
      rows.push(row(`claim:${article.meta.articleId}:${claim.start}`, 'claim', shorten(sentence, 160), null, cells))
    }
  })
  return rows
}

function quotesBySpeaker(db: Db, article: Compared): SpeakerQuotes[] {
  if (article.runId === null) return []
  const quotes = db
    .prepare<[number, number], { start: number; end: number; speaker: string | null; speakerType: string | null }>(
      'SELECT start_offset AS start, end_offset AS end, speaker, speaker_type AS speakerType FROM article_quotes WHERE run_id = ? AND article_id = ? ORDER BY start_offset'
    )
    .all(article.runId, article.meta.articleId)
  const bySpeaker = new Map<string, SpeakerQuotes>()
  for (const quote of quotes) {
    const key = quote.speaker?.toLowerCase() ?? ''
    let entry = bySpeaker.get(key)
    if (!entry) bySpeaker.set(key, (entry = { speaker: quote.speaker ?? '', speakerType: quote.speakerType, quotes: [] }))
    entry.quotes.push({ start: quote.start, end: quote.end, text: shorten(article.text.slice(quote.start, quote.end), QUOTE_CHARACTERS) })
  }
  return [...bySpeaker.values()].sort((a, b) => Number(a.speaker === '') - Number(b.speaker === '') || b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker))
}

/** What only one article carries, and what one leaves out that at least half of the others carry. */
function differences(articles: Compared[], rows: CoverageRow[]): ArticleDifferences[] {
  return articles.map((article, index) => {
    const others = articles.length - 1
    const only: ArticleDifferences['only'] = []
    const leftOut: ArticleDifferences['leftOut'] = []
    for (const coverage of rows) {
      const here = coverage.cells[index]?.mentioned ?? false
      if (here && coverage.carriedBy === 1 && articles.length > 1) only.push({ kind: coverage.kind, item: coverage.item })
      if (!here && coverage.carriedBy > 0 && coverage.carriedBy / others >= 0.5) leftOut.push({ kind: coverage.kind, item: coverage.item, carriedBy: coverage.carriedBy })
    }
    leftOut.sort((a, b) => b.carriedBy - a.carriedBy || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
    return { articleId: article.meta.articleId, only, leftOut }
  })
}

const normalise = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/** Each headline's words, marking those no other compared headline uses. */
function headlines(articles: Compared[]): StoryComparison['headlines'] {
  const words = articles.map((article) => article.meta.title.split(/\s+/u).filter(Boolean))
  const sets = words.map((list) => new Set(list.map(normalise).filter(Boolean)))
  return articles.map((article, index) => ({
    articleId: article.meta.articleId,
    words: (words[index] ?? []).map((text): HeadlineWord => {
      const key = normalise(text)
      // Short words ("of", "to", "in") say nothing about how a headline frames the story.
      return { text, unique: key.length >= 3 && articles.length > 1 && sets.every((set, other) => other === index || !set.has(key)) }
    })
  }))
}

/**
 * Two to four articles compared: a coverage matrix of their names, figures, voices and claims (each
 * cell with the passage that says it), their quotes by speaker, what each alone says or leaves out,
 * and their headlines word by word.
 */
export function compareArticles(db: Db, articleIds: number[]): StoryComparison {
  const articles = readArticles(db, articleIds)
  const rows = [...nameRows(articles), ...figureRows(articles), ...voiceRows(articles), ...claimRows(db, articles)]
  rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.carriedBy - a.carriedBy || a.item.localeCompare(b.item))
  return {
    articles: articles.map((article) => article.meta),
    rows,
    quotes: articles.map((article) => quotesBySpeaker(db, article)),
    differences: differences(articles, rows),
    headlines: headlines(articles)
  }
}
