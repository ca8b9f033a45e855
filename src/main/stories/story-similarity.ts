/**
 * How alike an article and a story are: TF-IDF cosine of their terms, plus the names and figures
 * they share, inside a date window. The parts are weighted so that wording alone can join an
 * article to a story, but two stories on one topic (two strikes in one week) stay apart unless
 * they also share the people, organisations or numbers.
 */

export interface ArticleFeatures {
  articleId: number
  /** Milliseconds since the epoch: published, else imported. */
  time: number
  title: string
  terms: [string, number][]
  names: string[]
  figures: string[]
}

export interface StoryState {
  /** What comparing needs; the label and the article count live in the stories table (kept by triggers). */
  id: number
  firstTime: number
  lastTime: number
  /** Summed (normalised) term weights of its articles. */
  terms: Map<string, number>
  names: Map<string, number>
  figures: Map<string, number>
  /** Length of the term vector, kept until the story next changes. */
  termNorm?: number | undefined
}

export const DAY_MS = 86_400_000
/** Articles more than this far from every article of a story are not about the same event. */
export const STORY_WINDOW_DAYS = 4

const TERM_WEIGHT = 0.55
const NAME_WEIGHT = 0.3
const FIGURE_WEIGHT = 0.15
/** Names and figures that, shared, count as full agreement: a short article names few. */
const NAMES_FOR_FULL = 4
const FIGURES_FOR_FULL = 2
/**
 * Subtracted when neither of the article's two most-mentioned names is in the story: two rate
 * decisions or two cyberattacks in one week share their vocabulary, but each is about its own bank
 * or company, even where one article mentions the other's in passing.
 */
const OTHER_ACTOR_PENALTY = 0.2
const LEADING_NAMES = 2

export function withinWindow(article: ArticleFeatures, story: StoryState): boolean {
  const window = STORY_WINDOW_DAYS * DAY_MS
  return article.time >= story.firstTime - window && article.time <= story.lastTime + window
}

function norm(values: Iterable<number>): number {
  let sum = 0
  for (const value of values) sum += value * value
  return Math.sqrt(sum)
}

export function termCosine(terms: [string, number][], story: StoryState): number {
  const storyNorm = (story.termNorm ??= norm(story.terms.values()))
  const articleNorm = norm(terms.map(([, weight]) => weight))
  if (storyNorm === 0 || articleNorm === 0) return 0
  let dot = 0
  for (const [term, weight] of terms) dot += weight * (story.terms.get(term) ?? 0)
  return dot / (storyNorm * articleNorm)
}

/** Shared items over what the article could share: an item counts when a story article used it. */
function sharedShare(items: string[], storyItems: Map<string, number>, forFull: number, matches: (item: string, storyItems: Map<string, number>) => boolean): number {
  if (items.length === 0 || storyItems.size === 0) return 0
  let shared = 0
  for (const item of items) if (matches(item, storyItems)) shared++
  return Math.min(1, shared / Math.min(forFull, items.length, storyItems.size))
}

const exactly = (item: string, storyItems: Map<string, number>) => storyItems.has(item)

/**
 * Outlets and the name finder write one name several ways ("Westerly" and "Westerly Health Board",
 * "Pressmark" and "Pressmark Ltd"): a name matches one that contains it word for word.
 */
export function nameInStory(name: string, names: Map<string, number>): boolean {
  if (names.has(name)) return true
  if (name.length < 4) return false
  const padded = ` ${name} `
  for (const other of names.keys()) {
    if (other.length < 4) continue
    // A longer name holding a one-word story name is not enough: "Kestmark National Bank" is not
    // about Kestmark, which a story on its neighbour may mention in passing.
    if (` ${other} `.includes(padded) || (other.includes(' ') && padded.includes(` ${other} `))) return true
  }
  return false
}

export function storySimilarity(article: ArticleFeatures, story: StoryState): number {
  if (!withinWindow(article, story)) return 0
  const leading = article.names.slice(0, LEADING_NAMES)
  const otherActor = leading.length > 0 && story.names.size > 0 && !leading.some((name) => nameInStory(name, story.names))
  return (
    TERM_WEIGHT * termCosine(article.terms, story) +
    NAME_WEIGHT * sharedShare(article.names, story.names, NAMES_FOR_FULL, nameInStory) +
    FIGURE_WEIGHT * sharedShare(article.figures, story.figures, FIGURES_FOR_FULL, exactly) -
    (otherActor ? OTHER_ACTOR_PENALTY : 0)
  )
}

/** Terms a story keeps in memory; beyond twice this, the weakest are dropped (as stored centroids are). */
const STORY_TERMS = 60

/** Adds an article to a story's centroid and dates. */
export function addToStory(story: StoryState, article: ArticleFeatures): void {
  for (const [term, weight] of article.terms) story.terms.set(term, (story.terms.get(term) ?? 0) + weight)
  story.termNorm = undefined
  if (story.terms.size > STORY_TERMS * 2) {
    const kept = [...story.terms].sort((a, b) => b[1] - a[1]).slice(0, STORY_TERMS)
    story.terms = new Map(kept)
  }
  for (const name of article.names) story.names.set(name, (story.names.get(name) ?? 0) + 1)
  for (const figure of article.figures) story.figures.set(figure, (story.figures.get(figure) ?? 0) + 1)
  story.firstTime = Math.min(story.firstTime, article.time)
  story.lastTime = Math.max(story.lastTime, article.time)
}
