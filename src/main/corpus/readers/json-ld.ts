/** What a page's schema.org JSON-LD says about its article. */
export interface JsonLdArticle {
  headline: string | null
  authors: string[]
  datePublished: string | null
  publisher: string | null
  url: string | null
  language: string | null
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SatiricalArticle',
  'ScholarlyArticle',
  'TechArticle',
  'Report'
])

/** Bounds on the walk, so a huge or hostile block costs little. */
const MAX_NODES = 5000
const MAX_DEPTH = 12

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseBlock(source: string): unknown {
  // Some sites wrap the block in an HTML comment or CDATA, which JSON.parse refuses.
  const cleaned = source.replace(/^\s*(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)\s*$/, '')
  try {
    return JSON.parse(cleaned)
  } catch {
    return undefined
  }
}

/** Every object in the blocks, including those inside @graph and nested values such as WebPage.mainEntity. */
function collectNodes(blocks: unknown[]): JsonObject[] {
  const nodes: JsonObject[] = []
  const stack: Array<{ value: unknown; depth: number }> = blocks.map((value) => ({ value, depth: 0 })).reverse()
  while (stack.length > 0 && nodes.length < MAX_NODES) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number }
    if (depth > MAX_DEPTH) continue
    const children = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : []
    if (isObject(value)) nodes.push(value)
    for (let index = children.length - 1; index >= 0; index--) stack.push({ value: children[index], depth: depth + 1 })
  }
  return nodes
}

function typeNames(node: JsonObject): string[] {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']]
  // "schema:NewsArticle" and "https://schema.org/NewsArticle" name the same type.
  return types.filter((type): type is string => typeof type === 'string').map((type) => type.split(/[/:#]/).pop() ?? type)
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0])
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  return null
}

/**
 * Reads the JSON-LD blocks (the text of each `<script type="application/ld+json">`) and returns the
 * first article described there, with references by @id followed.
 */
export function jsonLdArticle(blocks: string[]): JsonLdArticle | null {
  const nodes = collectNodes(blocks.map(parseBlock).filter((value) => value !== undefined))
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) {
    const id = node['@id']
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node)
  }
  const resolve = (value: unknown): unknown => (isObject(value) && typeof value['@id'] === 'string' ? (byId.get(value['@id']) ?? value) : value)
  const nameOf = (value: unknown): string | null => {
    const target = resolve(value)
    return isObject(target) ? text(target.name) : text(target)
  }

  const article = nodes.find((node) => typeNames(node).some((type) => ARTICLE_TYPES.has(type)))
  if (!article) return null
  const authors = (Array.isArray(article.author) ? article.author : [article.author])
    .map(nameOf)
    .filter((name): name is string => name !== null)
  const page = resolve(article.mainEntityOfPage)
  const url = text(article.url) ?? (isObject(page) ? (text(page.url) ?? text(page['@id'])) : text(page))
  const language = resolve(article.inLanguage)
  return {
    headline: text(article.headline) ?? text(article.name),
    authors: [...new Set(authors)],
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    publisher: nameOf(article.publisher) ?? nameOf(article.sourceOrganization),
    url,
    language: isObject(language) ? (text(language.alternateName) ?? text(language.name)) : text(language)
  }
}
