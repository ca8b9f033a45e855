import { addToStory, DAY_MS, storySimilarity, STORY_WINDOW_DAYS, type ArticleFeatures, type StoryState } from './story-similarity'
import { storyFromRow, type StoryStore } from './story-store'

/** Stories read around an article's date at once, so a sweep through time rarely goes back to disk. */
const LOAD_MARGIN_MS = 30 * DAY_MS
/**
 * Beyond this many stories in memory, all are dropped and read again as needed: a job over a
 * year of news holds a few months of stories, not the year.
 */
const MAXIMUM_LOADED = 12_000
/** An article's strongest terms used to look up candidate stories (all of them are compared). */
const LOOKUP_TERMS = 8
/**
 * The index is kept per day: a key is looked up only in the days an article's window covers, so a
 * word common across a year of news ("government") still yields only that week's stories.
 */
const dayOf = (time: number) => Math.floor(time / DAY_MS)
/**
 * A term filed under more stories than this in one day says little about which story an article
 * belongs to ("said", "government"); it is left out of the lookup (it still counts in the cosine).
 * Names and figures are always looked up.
 */
const COMMON_TERM_STORIES = 20

export interface Assignment {
  articleId: number
  storyId: number
  similarity: number | null
  /** The story existed before this article joined it. */
  joined: boolean
}

/**
 * Incremental same-story clustering: each article joins the most similar story within the date
 * window if the similarity reaches the threshold, else starts a story of its own. Stories are kept
 * in memory with an index from terms, names and figures to stories, so an article is compared only
 * with stories it shares something with, never with every other article.
 */
export class StoryClusterer {
  private readonly stories = new Map<number, StoryState>()
  /** key -> day -> stories filed under it that day. */
  private readonly index = new Map<string, Map<number, Set<number>>>()
  private loadedFrom = Infinity
  private loadedTo = -Infinity
  private readonly dirty = new Set<number>()

  constructor(
    private readonly store: StoryStore,
    private readonly threshold: number
  ) {}

  private indexKeys(article: ArticleFeatures): string[] {
    return [
      ...article.terms.slice(0, LOOKUP_TERMS).map(([term]) => `t:${term}`),
      ...article.names.map((name) => `n:${name}`),
      ...article.figures.map((figure) => `f:${figure}`)
    ]
  }

  private remember(story: StoryState): void {
    this.stories.set(story.id, story)
    const keys = [
      ...[...story.terms].sort((a, b) => b[1] - a[1]).slice(0, LOOKUP_TERMS * 2).map(([term]) => `t:${term}`),
      ...[...story.names.keys()].map((name) => `n:${name}`),
      ...[...story.figures.keys()].map((figure) => `f:${figure}`)
    ]
    // A stored story is filed under its first and last days (its articles' own days are not stored).
    for (const day of new Set([dayOf(story.firstTime), dayOf(story.lastTime)])) for (const key of keys) this.indexUnder(day, key, story.id)
  }

  private indexUnder(day: number, key: string, storyId: number): void {
    let days = this.index.get(key)
    if (!days) this.index.set(key, (days = new Map()))
    let set = days.get(day)
    if (!set) days.set(day, (set = new Set()))
    set.add(storyId)
  }

  private ensureLoaded(time: number): void {
    const window = STORY_WINDOW_DAYS * DAY_MS
    if (time - window >= this.loadedFrom && time + window <= this.loadedTo) return
    if (this.stories.size > MAXIMUM_LOADED) {
      this.stories.clear()
      this.index.clear()
      this.loadedFrom = Infinity
      this.loadedTo = -Infinity
    }
    const from = time - window - LOAD_MARGIN_MS
    const to = time + window + LOAD_MARGIN_MS
    const overlaps = from <= this.loadedTo && to >= this.loadedFrom
    // Only the part of the range not read yet: a job that meets articles in no date order would
    // otherwise read the same stories again for every article.
    const ranges: [number, number][] = overlaps
      ? [
          ...(from < this.loadedFrom ? [[from, this.loadedFrom] as [number, number]] : []),
          ...(to > this.loadedTo ? [[this.loadedTo, to] as [number, number]] : [])
        ]
      : [[from, to]]
    for (const [start, end] of ranges) for (const row of this.store.storiesAround(start, end)) if (!this.stories.has(row.id)) this.remember(storyFromRow(row))
    this.loadedFrom = overlaps ? Math.min(from, this.loadedFrom) : from
    this.loadedTo = overlaps ? Math.max(to, this.loadedTo) : to
  }

  assign(article: ArticleFeatures): Assignment {
    this.ensureLoaded(article.time)
    const candidates = new Set<number>()
    const keys = this.indexKeys(article)
    const first = dayOf(article.time - STORY_WINDOW_DAYS * DAY_MS)
    const last = dayOf(article.time + STORY_WINDOW_DAYS * DAY_MS)
    for (const key of keys) {
      const days = this.index.get(key)
      if (!days) continue
      const term = key.startsWith('t:')
      for (let day = first; day <= last; day++) {
        const stories = days.get(day)
        if (!stories || (term && stories.size > COMMON_TERM_STORIES)) continue
        for (const id of stories) candidates.add(id)
      }
    }
    let best: StoryState | null = null
    let bestScore = 0
    for (const id of candidates) {
      const story = this.stories.get(id)
      if (!story) continue
      const score = storySimilarity(article, story)
      if (score > bestScore || (score === bestScore && best !== null && story.id < best.id)) {
        best = story
        bestScore = score
      }
    }
    if (best && bestScore >= this.threshold) {
      addToStory(best, article)
      for (const key of keys) this.indexUnder(dayOf(article.time), key, best.id)
      this.dirty.add(best.id)
      this.store.addMember(article.articleId, best.id, bestScore)
      return { articleId: article.articleId, storyId: best.id, similarity: bestScore, joined: true }
    }
    const id = this.store.createStory(article)
    const story: StoryState = { id, firstTime: article.time, lastTime: article.time, terms: new Map(), names: new Map(), figures: new Map() }
    addToStory(story, article)
    this.remember(story)
    this.dirty.add(id)
    this.store.addMember(article.articleId, id, null)
    return { articleId: article.articleId, storyId: id, similarity: null, joined: false }
  }

  /** Writes the centroids and dates of the stories changed since the last call. */
  flush(): void {
    for (const id of this.dirty) {
      const story = this.stories.get(id)
      if (story) this.store.saveStory(story)
    }
    this.dirty.clear()
  }
}
